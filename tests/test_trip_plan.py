"""The trip plan: the form, the plan for a country with a page and without, the
wallet card, bad input, and that nothing about the reader is kept."""

import logging
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from pages.blocks import ChecklistBlock
from pages.models import HomePage, HotlineContacts, TripPlanPage
from tests.page_factories import lang_fields, make_page, make_poland, texts
from tests.shared_data import reloaded
from tests.support import CONTACTS, LANGUAGES, assert_contains, page_html

pytestmark = pytest.mark.django_db

PLAN_URLS = {"ru": "/ru/plan/", "be": "/be/plan-be/", "en": "/en/plan-en/"}
POLAND = {"ru": "Польша", "be": "Польшча", "en": "Poland"}
THAILAND = {"ru": "Таиланд", "be": "Тайланд", "en": "Thailand"}
NO_PAGE = {
    "ru": "У нас пока нет страницы о стране Таиланд",
    "be": "У нас пакуль няма старонкі пра краіну Тайланд",
    "en": "We have no page about Thailand yet",
}
CHECK_ON_ARRIVAL = {
    "ru": "Проверьте их по приезде",
    "be": "Праверце іх па прыездзе",
    "en": "Check them on arrival",
}


def checklist(title, *items):
    block = TripPlanPage._meta.get_field("work_checklist").stream_block
    return block.to_python([{"type": "checklist", "value": {"title": title, "items": items}}])


@pytest.fixture(scope="module")
def plan_site(module_db):
    """The trip plan page and Poland, built once for the module."""
    home_page = HomePage.objects.get()
    fields = {}
    for code in LANGUAGES:
        fields[f"work_checklist_{code}"] = checklist(f"Before work {code}", f"Work contract {code}")
        fields[f"study_checklist_{code}"] = checklist(f"Before study {code}", f"Admission {code}")
        fields[f"family_documents_{code}"] = checklist(f"Copies {code}", f"Passport copy {code}")
    plan = make_page(
        home_page,
        TripPlanPage,
        "Plan",
        "plan",
        **lang_fields("intro", texts("Plan intro")),
        **fields,
    )
    return {"plan": plan, "country": make_poland(home_page)}


@pytest.fixture
def trip_plan(plan_site):
    """The trip plan page, read afresh: what a test changes is rolled back after it."""
    return reloaded(plan_site["plan"])


@pytest.fixture
def country(plan_site):
    """Poland (as the shared `country` fixture makes it), built once for the module."""
    return reloaded(plan_site["country"])


@pytest.fixture
def contacts(home_page):
    setting = HotlineContacts.for_site(Site.objects.get(is_default_site=True))
    for name, value in CONTACTS.items():
        setattr(setting, name, value)
    setting.save()
    return setting


def main_of(html):
    """The page's own content, without the site's header and footer."""
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def get(client, path, language, **data):
    return client.get(path, data, HTTP_ACCEPT_LANGUAGE=language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_lists_the_purposes_and_the_country_pages(client, trip_plan, country, language):
    html = page_html(client, PLAN_URLS[language])

    assert_contains(html, 'method="get"', 'value="work"', 'value="tourism"', 'value="pl"')
    assert_contains(html, f">{POLAND[language]}</option>", f'value="th">{THAILAND[language]}<')
    # Countries with a page first, then every other one, in two groups that need no script.
    first, others = html.split("<optgroup")[1:3]
    assert 'value="pl"' in first and 'value="th"' not in first
    assert 'value="pl"' not in others and 'value="zz"' not in html
    assert others.count("<option") > 240


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_goes_on_to_the_short_address(client, trip_plan, country, language):
    response = get(client, f"{PLAN_URLS[language]}go/", language, purpose="work", country="PL")

    assert response.status_code == 302
    assert response["Location"] == f"{PLAN_URLS[language]}work/pl/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_changing_a_plan_opens_the_form_with_its_choices_ticked(
    client, trip_plan, country, language
):
    plan = page_html(client, f"{PLAN_URLS[language]}marriage/pl/")
    change = f"{PLAN_URLS[language]}marriage/pl/change/"
    assert f'href="{change}"' in plan

    html = page_html(client, change)
    assert re.search(r'value="marriage"[^>]*checked', html)
    assert not re.search(r'value="work"[^>]*checked', html)
    assert re.search(r'value="pl"[^>]*selected', html)
    assert '<meta name="robots" content="noindex">' in html
    # The plain form stays a page for search engines, with nothing ticked.
    form = page_html(client, PLAN_URLS[language])
    assert "checked" not in form and "selected" not in form and "noindex" not in form


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_plan_for_poland_has_its_numbers_the_checklist_and_the_hotline(
    client, trip_plan, country, contacts, language
):
    response = get(client, f"{PLAN_URLS[language]}work/pl/", language)
    html = response.content.decode()

    assert response.status_code == 200
    assert_contains(html, POLAND[language], "<p>112</p>", f"Work contract {language}")
    assert_contains(html, f"Passport copy {language}", CONTACTS["phone_abroad"])
    assert 'class="trip-plan__blanks"' in html
    assert f"Admission {language}" not in html  # another purpose's list
    assert '<meta name="robots" content="noindex">' in html
    assert f'href="{PLAN_URLS[language]}work/pl/card/"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_plan_for_a_country_without_a_page_gives_its_own_numbers_to_check(
    client, trip_plan, country, contacts, language
):
    html = page_html(client, f"{PLAN_URLS[language]}study/th/")

    assert_contains(html, NO_PAGE[language], CHECK_ON_ARRIVAL[language], THAILAND[language])
    assert_contains(html, "<strong>191</strong>", "<strong>1669</strong>", CONTACTS["phone_abroad"])
    assert_contains(html, f'href="/{language}/hotline/"', f"Admission {language}")
    assert not re.search(r"\b112\b", re.sub(r"<[^>]+>", " ", main_of(html)))


@pytest.mark.parametrize("path", ["work/ae/", "work/ae/card/"])
def test_the_emirates_without_a_page_get_all_four_numbers(client, trip_plan, country, path):
    html = page_html(client, f"/en/plan-en/{path}")

    for number in ("999", "998", "997", "112"):
        assert f"<strong>{number}</strong>" in html


@pytest.mark.parametrize("code", ["th", "eg", "il", "ae", "fr", "us", "bv", "aq"])
@pytest.mark.parametrize("page", ["", "card/"])
def test_no_plan_without_a_country_page_promises_112_everywhere(
    client, trip_plan, country, contacts, code, page
):
    main = main_of(page_html(client, f"/en/plan-en/work/{code}/{page}"))

    assert "almost everywhere" not in main and "every country" not in main
    assert "from any phone" not in main
    # 112 appears only where the country's own data lists it, next to its other numbers.
    numbers = re.findall(r"<strong>(\d+)</strong>", main.split("trip-plan__emergency", 1)[1])
    assert numbers != ["112"]


def test_a_country_the_data_knows_no_number_for_says_so_and_gives_the_hotline(
    client, trip_plan, country, contacts
):
    html = page_html(client, "/en/plan-en/work/bv/")

    assert "We do not know the emergency numbers of Bouvet Island." in html
    assert CONTACTS["phone_abroad"] in html


@pytest.mark.parametrize("path", ["work/zz/", "work/xx/", "study/zz/card/", "work/zz/change/"])
def test_a_code_that_names_no_country_leads_to_the_form(client, trip_plan, path):
    response = get(client, f"/en/plan-en/{path}", "en")

    assert response.status_code == 302
    assert response["Location"] == "/en/plan-en/"


def test_an_empty_checklist_says_it_is_being_written(client, trip_plan, country):
    html = page_html(client, "/en/plan-en/tourism/pl/")

    assert "The checklist for this purpose is being written." in html


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"purpose": "smuggling", "country": "pl"}, "Choose the purpose of your trip."),
        ({"purpose": "work", "country": "P1"}, "Choose a country from the list."),
        ({"purpose": "work", "country": ""}, "Choose a country from the list."),
        ({"purpose": "work", "country": "zz"}, "Choose a country from the list."),
        ({"purpose": "work", "country": "xx"}, "Choose a country from the list."),
        ({"country": "pl"}, "Choose the purpose of your trip."),
    ],
)
def test_bad_choices_show_a_message_on_the_form(client, trip_plan, country, data, message):
    response = get(client, "/en/plan-en/go/", "en", **data)

    assert response.status_code == 200
    assert message in response.content.decode()


def test_bad_choices_are_translated(client, trip_plan, country):
    html = get(client, "/ru/plan/go/", "ru", purpose="x", country="1").content.decode()

    assert_contains(html, "Выберите цель поездки.", "Выберите страну из списка.")


@pytest.mark.parametrize("path", ["smuggling/pl/", "work/p1/", "work/pol/", "work/PL/card/x/"])
def test_unknown_addresses_under_the_plan_are_not_found(client, trip_plan, country, path):
    response = get(client, f"/en/plan-en/{path}", "en")

    assert response.status_code == 404


def contact(block_type, name, phone, needs_checking=False):
    value = {"name": name, "phone": phone, "needs_checking": needs_checking}
    return {"type": block_type, "value": value}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_wallet_card_has_the_emergency_numbers_helplines_embassy_and_hotline(
    client, trip_plan, country, contacts, language
):
    country.embassy_en = "<p>The Embassy of Belarus is in Warsaw. The consul can help.</p>"
    country.contacts_en = country._meta.get_field("contacts").stream_block.to_python(
        [
            contact("embassy", "Embassy in Warsaw", "+48 1"),
            contact("embassy", "Consulate, unsure", "+48 2", needs_checking=True),
            contact("contact_card", "La Strada Poland", "+48 3"),
        ]
    )
    country.save_revision().publish()
    html = page_html(client, f"{PLAN_URLS[language]}work/pl/card/")

    assert_contains(html, 'class="wallet-card"', "<p>112</p>", CONTACTS["phone_abroad"])
    assert '<meta name="robots" content="noindex">' in html
    if language == "en":
        helplines, embassy = html.split("National helplines")[1].split("Embassy or consulate")
        assert "La Strada Poland" in helplines and "+48 3" in helplines
        assert "Embassy in Warsaw" in embassy and "+48 1" in embassy
        assert "+48 2" not in html and "The consul can help" not in html


def test_the_card_shows_no_embassy_without_a_confirmed_number(client, trip_plan, country):
    country.embassy_en = "<p>The Embassy of Belarus is in Warsaw.</p>"
    country.contacts_en = country._meta.get_field("contacts").stream_block.to_python(
        [contact("embassy", "Embassy in Warsaw", "+48 1", needs_checking=True)]
    )
    country.save_revision().publish()
    html = page_html(client, "/en/plan-en/work/pl/card/")

    assert "Ask the hotline for the current address" in html
    assert "Warsaw" not in html.split('class="wallet-card"', 1)[1]


def test_the_card_without_a_country_page_gives_its_numbers_and_asks_the_hotline(client, trip_plan):
    html = page_html(client, "/en/plan-en/work/th/card/")

    assert_contains(html, "<strong>191</strong>", "check on arrival")
    assert "Ask the hotline for the current address" in html


def test_example_contacts_show_as_demo_on_the_plan(client, trip_plan, country, contacts):
    contacts.are_examples = True
    contacts.save()

    html = page_html(client, "/en/plan-en/work/pl/")

    assert "(demo)" in html
    assert f'href="tel:{CONTACTS["phone_abroad"]}' not in html


@pytest.mark.parametrize(
    "path", ["go/", "work/pl/", "work/fr/", "work/pl/card/", "work/pl/change/", "work/th/card/"]
)
def test_nothing_is_stored_and_no_cookie_is_set(client, trip_plan, country, contacts, caplog, path):
    caplog.set_level(logging.DEBUG)
    with CaptureQueriesContext(connection) as queries:
        response = get(
            client, f"/en/plan-en/{path}", "en", **({"purpose": "work"} if path == "go/" else {})
        )

    assert response.status_code == 200
    assert not response.cookies
    writes = [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
    assert "work/pl" not in caplog.text and "purpose" not in caplog.text


def test_plans_are_cached_apart_per_language(client, trip_plan, country, page_cache_on):
    first = get(client, "/en/plan-en/work/pl/", "en")
    again = get(client, "/en/plan-en/work/pl/", "en")
    russian = get(client, "/ru/plan/work/pl/", "ru")

    assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit")
    assert russian["X-Cache"] == "miss"
    assert "Польша" in russian.content.decode() and "Poland" in again.content.decode()


def test_a_query_is_sent_on_and_never_cached(client, trip_plan, country, page_cache_on):
    response = get(client, "/en/plan-en/go/", "en", purpose="work", country="pl")

    assert response.status_code == 302
    assert "X-Cache" not in response or response["X-Cache"] != "hit"
    assert "public" not in response.get("Cache-Control", "")


def test_the_checklists_use_the_sites_checklist_block():
    block = TripPlanPage._meta.get_field("tourism_checklist").stream_block

    assert isinstance(block.child_blocks["checklist"], ChecklistBlock)


def test_the_answer_address_without_a_query_sends_back_to_the_form(client, trip_plan):
    response = get(client, "/en/plan-en/go/", "en")

    assert response.status_code == 302
    assert response["Location"] == "/en/plan-en/"
