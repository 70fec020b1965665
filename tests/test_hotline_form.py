"""The public request form: what a person sees, sends and gets back, in ru, be and en."""

import re

import pytest

from hotline.models import (
    REFERENCE_ALPHABET,
    ConsultationRequest,
    HotlineFormSettings,
    generate_reference_code,
)
from tests.hotline_support import (
    PERSONAL_MARKERS,
    form_token,
    in_language,
    set_contacts,
    text_of,
    token_in,
    valid_data,
)
from tests.support import LANGUAGES

FORM_TITLES = {
    "ru": "Получить консультацию",
    "be": "Атрымаць кансультацыю",
    "en": "Request a consultation",
}
THANKS_TITLES = {
    "ru": "Ваше обращение отправлено",
    "be": "Ваш зварот адпраўлены",
    "en": "Your request has been sent",
}


@pytest.fixture
def site_contacts(home_page):
    from wagtail.models import Site

    return set_contacts(Site.objects.get(is_default_site=True))


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_form_page_shows_numbers_emergency_line_and_every_field(client, site_contacts, language):
    response = client.get(f"/{language}/hotline/")
    html = text_of(response)
    assert response.status_code == 200
    assert f"<h1>{FORM_TITLES[language]}</h1>" in html
    assert 'href="tel:88011008801"' in html
    assert "+375 17 000 00 01" in html
    assert (
        in_language(language, "In immediate danger, call 112 or the local emergency number.")
        in html
    )
    for name in ("topic", "country", "contact_channel", "contact_value", "message", "consent"):
        assert f'name="{name}"' in html
    # The form's own token, and no CSRF field: opening the form sets no cookie.
    assert 'name="form_token"' in html and 'name="csrfmiddlewaretoken"' not in html
    # The honeypot is out of sight for people; the form never relies on JavaScript.
    assert re.search(r'<div class="hotline-form__trap" hidden aria-hidden="true">', html)
    assert "<script>" not in html and 'style="' not in html
    assert (
        response["Cache-Control"].startswith("max-age=0") or "no-store" in response["Cache-Control"]
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_header_links_to_the_form(client, home_page, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'href="/{language}/hotline/"' in response.content.decode()
    assert in_language(language, "Request a consultation") in text_of(response)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_valid_request_is_stored_and_thanks_page_shows_only_the_code(client, home_page, language):
    response = client.post(
        f"/{language}/hotline/",
        valid_data(
            topic="crisis",
            country="PL",
            is_urgent="on",
            contact_channel="whatsapp",
            contact_value="+48 601 234 567",
            may_call="yes",
            may_leave_message="on",
        ),
    )
    assert response.status_code == 303
    stored = ConsultationRequest.objects.get()
    assert stored.language == language
    assert (stored.topic, stored.country, stored.is_urgent, stored.is_abroad) == (
        "crisis",
        "PL",
        True,
        True,
    )
    assert stored.contact_channel == "whatsapp"
    assert stored.contact_value == "+48601234567"
    assert (stored.may_call, stored.may_leave_message, stored.may_say_who_we_are) == (
        "yes",
        True,
        False,
    )
    assert stored.name == "Alesia Testname"
    assert stored.message.startswith("My employer keeps my passport.")
    assert stored.status == "new" and stored.consented_at is not None
    assert re.fullmatch(
        rf"LS-[{REFERENCE_ALPHABET}]{{4}}-[{REFERENCE_ALPHABET}]{{4}}", stored.reference_code
    )

    location = response["Location"]
    assert location.startswith(f"/{language}/hotline/thanks/")
    assert stored.reference_code not in location
    for marker in PERSONAL_MARKERS:
        assert marker not in location

    thanks = client.get(location)
    html = text_of(thanks)
    assert thanks.status_code == 200
    assert THANKS_TITLES[language] in html
    assert stored.reference_code in html
    for marker in PERSONAL_MARKERS:
        assert marker not in html
    assert "no-store" in thanks["Cache-Control"]


@pytest.mark.django_db
def test_anonymous_request_without_a_name(client, home_page):
    response = client.post(
        "/en/hotline/",
        valid_data(name="", contact_channel="telegram", contact_value="@safe_user"),
    )
    assert response.status_code == 303
    stored = ConsultationRequest.objects.get()
    assert stored.name == ""
    assert stored.contact_value == "@safe_user"


@pytest.mark.django_db
def test_line_breaks_count_once_as_the_browser_counts_them(client, home_page):
    # A browser's maxlength counts a line break as one character but sends it as CR LF:
    # a 5,000-character message with 39 line breaks arrives as 5,039 characters.
    typed = "y" + "\n".join(["x" * 124] * 40)
    assert len(typed) == 5000
    sent = typed.replace("\n", "\r\n")
    response = client.post("/en/hotline/", valid_data(message=sent, safe_times="after\r18:00"))
    assert response.status_code == 303
    stored = ConsultationRequest.objects.get()
    assert stored.message == typed
    assert stored.safe_times == "after\n18:00"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "channel,value,stored_as",
    [
        ("email", "Person@Example.org", "Person@Example.org"),
        ("phone", "+375 29 123-45-67", "+375291234567"),
        ("sms", "0049 1512 3456789", "+4915123456789"),
        ("viber", "8 029 123 45 67", "+375291234567"),
        ("telegram", "+7 912 345 67 89", "+79123456789"),
        ("telegram", "safe_user", "@safe_user"),
        ("whatsapp", "+90 532 123 45 67", "+905321234567"),
    ],
)
def test_contact_is_validated_and_normalised_per_channel(
    client, home_page, channel, value, stored_as
):
    response = client.post("/ru/hotline/", valid_data(contact_channel=channel, contact_value=value))
    assert response.status_code == 303
    assert ConsultationRequest.objects.get().contact_value == stored_as


# (overrides, field with the error, English message or None for Django's own)
INVALID_CASES = {
    "topic missing": ({"topic": ""}, "topic", "Choose what your question is about."),
    "topic unknown": ({"topic": "weapons"}, "topic", None),
    "country missing": (
        {"country": ""},
        "country",
        "Choose a country, or “Another country / I don't know”.",
    ),
    "country unknown": ({"country": "QQ"}, "country", "Choose a country from the list."),
    "channel missing": (
        {"contact_channel": ""},
        "contact_channel",
        "Choose how we should contact you.",
    ),
    "channel unknown": ({"contact_channel": "pigeon"}, "contact_channel", None),
    "contact missing": ({"contact_value": ""}, "contact_value", "Enter how we can reach you."),
    "e-mail malformed": (
        {"contact_channel": "email", "contact_value": "name@@example"},
        "contact_value",
        "Enter an e-mail address like name@example.com.",
    ),
    "phone malformed": (
        {"contact_channel": "phone", "contact_value": "+12"},
        "contact_value",
        "Enter the phone number in international format: a plus, the country code and the "
        "number, for example +375 29 123 45 67.",
    ),
    "sms is letters": (
        {"contact_channel": "sms", "contact_value": "call me"},
        "contact_value",
        "Enter the phone number in international format: a plus, the country code and the "
        "number, for example +375 29 123 45 67.",
    ),
    "telegram malformed": (
        {"contact_channel": "telegram", "contact_value": "@ab"},
        "contact_value",
        "Enter your Telegram username (for example @name, 5 to 32 letters, digits or "
        "underscores) or your phone number with the country code.",
    ),
    "contact too long": ({"contact_value": "a" * 250 + "@example.org"}, "contact_value", None),
    "name too long": ({"name": "N" * 101}, "name", None),
    "may_call unknown": ({"may_call": "maybe"}, "may_call", None),
    "safe times too long": ({"safe_times": "t" * 201}, "safe_times", None),
    "message missing": ({"message": "   "}, "message", "Write your question or what happened."),
    "message too long": ({"message": "m" * 5001}, "message", None),
    "consent missing": (
        {"consent": ""},
        "consent",
        "To send the request, agree to the processing of your data.",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", list(INVALID_CASES))
def test_invalid_field_gets_a_translated_message_and_keeps_the_input(
    client, home_page, language, case
):
    overrides, field, message = INVALID_CASES[case]
    data = valid_data(**overrides)
    response = client.post(f"/{language}/hotline/", data)
    html = text_of(response)
    assert response.status_code == 200
    assert ConsultationRequest.objects.count() == 0
    assert in_language(language, "Please correct the following") in html
    # The summary links to the field with the problem.
    anchor = f"id_{field}_0" if field in ("topic", "contact_channel", "may_call") else f"id_{field}"
    assert f'href="#{anchor}"' in html
    assert f'id="id_{field}_error"' in html
    if message:
        assert in_language(language, message) in html
    else:
        error = re.search(rf'id="id_{field}_error">(.*?)</p>', html, re.S).group(1)
        if language != "en":
            assert not re.search(r"\b(Select|Ensure|Enter)\b", error), error
    # What the person wrote is still there.
    assert "Unique-message-marker-7731" in html or case.startswith("message")
    assert in_language(language, "Error:") in html


@pytest.mark.django_db
def test_repost_of_the_same_form_creates_nothing_new(client, home_page):
    data = valid_data()
    first = client.post("/ru/hotline/", data)
    second = client.post("/ru/hotline/", data)
    third = client.post("/ru/hotline/", {**data, "message": "edited and sent again"})
    assert first.status_code == second.status_code == third.status_code == 303
    assert ConsultationRequest.objects.count() == 1
    code = ConsultationRequest.objects.get().reference_code
    for response in (first, second, third):
        assert code in text_of(client.get(response["Location"]))
    assert ConsultationRequest.objects.get().message.startswith("My employer")


@pytest.mark.django_db
def test_two_forms_make_two_requests(client, home_page):
    client.post("/ru/hotline/", valid_data())
    client.post("/ru/hotline/", valid_data())
    assert ConsultationRequest.objects.count() == 2
    codes = set(ConsultationRequest.objects.values_list("reference_code", flat=True))
    assert len(codes) == 2


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_too_fast_send_comes_back_filled_in_and_can_be_sent_again(
    client, home_page, settings, language
):
    settings.HOTLINE_MIN_FILL_SECONDS = 5
    response = client.post(f"/{language}/hotline/", valid_data(form_token=form_token(age=0)))
    html = text_of(response)
    assert response.status_code == 200
    assert ConsultationRequest.objects.count() == 0
    assert (
        in_language(
            language,
            "Your request has not been sent yet. Please check what you wrote below and press "
            "“Send request” again.",
        )
        in html
    )
    assert "Unique-message-marker-7731" in html
    assert 'value="alesia.private@example.org"' in html

    settings.HOTLINE_MIN_FILL_SECONDS = 0
    again = client.post(f"/{language}/hotline/", valid_data(form_token=token_in(html)))
    assert again.status_code == 303
    assert ConsultationRequest.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("token", ["", "forged-token", form_token()[:-3] + "abc"])
def test_missing_or_forged_token_stores_nothing_and_keeps_the_text(
    client, home_page, settings, token
):
    response = client.post("/en/hotline/", valid_data(form_token=token))
    html = text_of(response)
    assert response.status_code == 200
    assert ConsultationRequest.objects.count() == 0
    assert "has not been sent yet" in html
    assert "Unique-message-marker-7731" in html
    # A fresh, valid token is given, so pressing the button again (a moment later) works.
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    assert client.post("/en/hotline/", valid_data(form_token=token_in(html))).status_code == 303
    assert ConsultationRequest.objects.count() == 1


@pytest.mark.django_db
def test_csrf_failure_elsewhere_is_djangos_plain_403(home_page):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/ru/", {"a": "b"})
    assert response.status_code == 403
    assert b"CSRF" in response.content


@pytest.mark.django_db
def test_tampered_or_old_thanks_link_says_so_in_the_language(client, home_page):
    response = client.get("/be/hotline/thanks/not-a-real-token/")
    assert response.status_code == 404
    assert "Гэтая старонка пацвярджэння больш недаступная" in text_of(response)


@pytest.mark.django_db
def test_consent_links_to_the_privacy_page_when_one_is_chosen(client, home_page):
    from wagtail.models import Site

    form_settings = HotlineFormSettings.for_site(Site.objects.get(is_default_site=True))
    assert "privacy policy</a>" not in text_of(client.get("/en/hotline/"))
    form_settings.privacy_page = home_page
    form_settings.save()
    html = text_of(client.get("/en/hotline/"))
    assert re.search(r'as described in the <a href="/en/[^"]*">privacy policy</a>', html)


@pytest.mark.django_db
def test_editors_intro_is_shown_per_language_with_a_default_otherwise(client, home_page):
    from wagtail.models import Site

    assert "Consultations are free and confidential." in text_of(client.get("/en/hotline/"))
    assert "Кансультацыі бясплатныя" in text_of(client.get("/be/hotline/"))
    form_settings = HotlineFormSettings.for_site(Site.objects.get(is_default_site=True))
    form_settings.intro_ru = "<p>Вступление редактора</p>"
    form_settings.intro_en = "<p>Editor's own introduction</p>"
    form_settings.save()
    assert "Вступление редактора" in text_of(client.get("/ru/hotline/"))
    assert "Editor's own introduction" in text_of(client.get("/en/hotline/"))


def test_reference_codes_are_readable_and_unambiguous():
    codes = {generate_reference_code() for _ in range(500)}
    assert len(codes) == 500
    for code in codes:
        assert re.fullmatch(r"LS-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", code)
        assert not set(code[3:]) & set("01OIL")


@pytest.mark.django_db
def test_reference_code_collision_is_retried(client, home_page, monkeypatch):
    client.post("/ru/hotline/", valid_data())
    taken = ConsultationRequest.objects.get().reference_code
    codes = iter([taken, taken, "LS-2222-3333"])
    monkeypatch.setattr("hotline.models.requests.generate_reference_code", lambda: next(codes))
    response = client.post("/ru/hotline/", valid_data())
    assert response.status_code == 303
    assert ConsultationRequest.objects.filter(reference_code="LS-2222-3333").exists()
    assert ConsultationRequest.objects.count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_safe_times_hint_uses_minsk_time_not_moscow(client, home_page, language):
    html = client.get(f"/{language}/hotline/").content.decode()

    assert {"ru": "по минскому времени", "be": "па мінскім часе", "en": "Minsk time"}[
        language
    ] in html
    for moscow in ("Moscow", "Москв", "московск", "Маскоў", "маскоўск"):
        assert moscow not in html
