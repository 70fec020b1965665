"""The page after sending: what a person in danger or abroad is told, what others are
promised, and an address that leads to no stored request."""

import base64
import re
from importlib import import_module

import pytest
from django.core.cache import cache
from django.test import Client
from wagtail.models import Site

from hotline.models import ConsultationRequest, HotlineFormSettings
from pages.demo.content.countries_overseas import COUNTRIES as OVERSEAS
from pages.tools.emergency_numbers import emergency_numbers
from tests.hotline_support import in_language, set_contacts, text_of, valid_data
from tests.page_factories import lang_fields, make_country, make_country_index
from tests.support import LANGUAGES

UAE = next(country for country in OVERSEAS if country["iso_code"] == "AE")
UAE_TITLES = {"ru": "ОАЭ", "be": "ААЭ", "en": "United Arab Emirates"}
UAE_SLUGS = {"ru": "oae", "be": "aae", "en": "uae"}
ABROAD = "+375 17 000 00 01"
IN_BELARUS = "8 801 100 8 801"


@pytest.fixture
def uae(home_page):
    """The UAE page with the demo content's emergency numbers."""
    page = make_country(make_country_index(home_page), UAE_TITLES, UAE_SLUGS, iso_code="AE")
    for field, value in lang_fields("emergency_numbers", UAE["emergency_numbers"]).items():
        setattr(page, field, value)
    page.save_revision().publish()
    return page


@pytest.fixture
def site(home_page):
    site = Site.objects.get(is_default_site=True)
    set_contacts(site)
    return site


def send(client, language, **fields):
    response = client.post(f"/{language}/hotline/", valid_data(**fields))
    assert response.status_code == 303, response.status_code
    return response["Location"]


def thanks_text(client, language, **fields):
    response = client.get(send(client, language, **fields))
    assert response.status_code == 200
    return text_of(response)


def position(html, text):
    found = html.find(text)
    assert found >= 0, text
    return found


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_urgent_request_from_the_uae_is_told_to_call_its_numbers_now(
    client, site, uae, language
):
    html = thanks_text(client, language, country="AE", is_urgent="on", is_abroad="")
    assert in_language(language, "Call now if you can") in html
    urgent = html[position(html, 'class="hotline-thanks__urgent"') :]
    for number in ("999", "998", "997", "112"):
        assert re.search(rf"<strong>{number}</strong>", urgent), number
    # The number that works from abroad comes first; no waiting time is promised.
    assert position(urgent, ABROAD) < position(urgent, IN_BELARUS)
    assert "working days" not in html
    assert "рабочих дней" not in html and "працоўных дзён" not in html
    everywhere = "In immediate danger, call 112 or the local emergency number."
    main = html[position(html, "<main") : position(html, "</main>")]
    assert in_language(language, everywhere) not in main


@pytest.mark.django_db
def test_a_person_abroad_in_a_country_without_a_page_gets_the_numbering_datas_numbers(client, site):
    assert emergency_numbers("TH") == ("191", "199", "1669")
    html = thanks_text(client, "en", country="TH", is_abroad="on", is_urgent="")
    urgent = html[position(html, 'class="hotline-thanks__urgent"') :]
    for number in emergency_numbers("TH"):
        assert f"<strong>{number}</strong>" in urgent
    assert position(urgent, ABROAD) < position(urgent, IN_BELARUS)


@pytest.mark.django_db
def test_a_person_who_does_not_name_a_country_is_still_told_to_call(client, site):
    html = thanks_text(client, "ru", country="ZZ", is_urgent="on", is_abroad="on")
    urgent = html[position(html, 'class="hotline-thanks__urgent"') :]
    assert in_language("ru", "In immediate danger, call the local emergency number.") in urgent
    assert position(urgent, ABROAD) < position(urgent, IN_BELARUS)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_calm_request_reads_the_response_time_editors_set(client, site, language):
    form_settings = HotlineFormSettings.for_site(site)
    for code in LANGUAGES:
        setattr(form_settings, f"response_time_{code}", f"within 3 days ({code})")
    form_settings.save()
    html = thanks_text(client, language, country="BY", is_abroad="", is_urgent="")
    assert f"within 3 days ({language})" in html
    assert 'class="hotline-thanks__urgent"' not in html
    # The usual order in the page's own contacts: Belarus first.
    main = html[position(html, "<main") : position(html, "</main>")]
    assert position(main, IN_BELARUS) < position(main, ABROAD)


@pytest.mark.django_db
def test_without_a_response_time_no_time_is_promised(client, site):
    html = thanks_text(client, "en", country="BY", is_abroad="", is_urgent="")
    assert "The consultant contacts you the way you chose, at the time you said is safe." in html
    assert "working days" not in html


@pytest.mark.django_db
def test_the_promise_made_so_far_is_kept_for_existing_sites(site):
    from django.apps import apps

    migration = import_module("hotline.migrations.0012_response_time_setting")
    form_settings = HotlineFormSettings.for_site(site)
    form_settings.response_time = ""
    form_settings.save()
    migration.keep_the_promise_made_so_far(apps, None)
    form_settings.refresh_from_db()
    assert form_settings.response_time_en == "usually within two working days"
    assert form_settings.response_time_be == "звычайна на працягу двух працоўных дзён"


# The address of the page.


@pytest.mark.django_db
def test_the_address_holds_nothing_stored(client, site):
    location = send(client, "en")
    stored = ConsultationRequest.objects.get()
    value = location.rstrip("/").rsplit("/", 1)[1]
    for column in (stored.form_token, stored.reference_code, str(stored.pk)):
        assert column not in value
    decoded = base64.urlsafe_b64decode(value.split(":")[0] + "==").decode(errors="replace")
    assert stored.form_token not in decoded and stored.reference_code not in decoded


@pytest.mark.django_db
def test_the_address_opens_only_in_the_browser_that_sent_the_form(client, site):
    location = send(client, "en")
    assert client.get(location).status_code == 200
    assert Client().get(location).status_code == 404


@pytest.mark.django_db
def test_once_the_cache_forgets_the_address_it_opens_nothing(client, site):
    location = send(client, "en")
    cache.clear()
    assert client.get(location).status_code == 404


@pytest.mark.django_db
def test_a_purged_request_is_not_shown_even_within_the_day(client, site):
    location = send(client, "en")
    ConsultationRequest.objects.get().erase_personal_data()
    assert client.get(location).status_code == 404


@pytest.mark.django_db
def test_without_a_cache_the_page_is_shown_in_answer_to_the_send(client, site, settings):
    data = valid_data()
    # The rate limit's own fallback is not what this test is about.
    settings.HOTLINE_RATE_LIMIT = ""
    # A cache server nobody listens on: storing the address fails at once.
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        },
        "pages": settings.CACHES["pages"],
    }
    response = client.post("/en/hotline/", data)
    assert response.status_code == 200
    assert ConsultationRequest.objects.get().reference_code in text_of(response)
