"""Form tokens, cross-site sends and the bot trap, tried as an attacker would.

The attacker here controls a web page the person can be made to open, or has
fetched a form (and its token) of their own; they must never plant a field in
the person's request, learn its reference code, or make it vanish.
"""

from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from hotline import thanks
from hotline.models import ConsultationRequest, Status
from tests.hotline_support import (
    REFERENCE,
    browser_secret,
    form_token,
    in_language,
    text_of,
    token_in,
    valid_data,
)
from tests.support import LANGUAGES

NOT_SENT = "Your request has not been sent. Please fill in the form and press “Send request”."
RESEND = (
    "Your request has not been sent yet. Please check what you wrote below and press "
    "“Send request” again."
)
PLANTED = {
    "contact_channel": "email",
    "contact_value": "planted.contact@attacker.example",
    "name": "Planted Name",
    "message": "Planted message text",
    "website": "http://trap.attacker.example",
}


def open_form(client, language="en"):
    """GET the form as a browser does: its form token."""
    return token_in(text_of(client.get(f"/{language}/hotline/")))


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    # These tests resend at once with the token they were just given.
    settings.HOTLINE_MIN_FILL_SECONDS = 0


@pytest.fixture
def attacker():
    return Client()


@pytest.fixture
def victim():
    return Client()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "https://attacker.example"},
        {"HTTP_SEC_FETCH_SITE": "same-site", "HTTP_ORIGIN": "https://sub.testserver"},
        {"HTTP_ORIGIN": "https://attacker.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://attacker.example/page"},
    ],
    ids=["fetch-site", "subdomain", "origin", "null-origin", "referer"],
)
def test_cross_site_post_plants_nothing_and_the_victims_request_arrives(
    home_page, attacker, victim, language, headers
):
    attacker_token = open_form(attacker, language)
    forged = {**valid_data(**PLANTED), "form_token": attacker_token}
    response = victim.post(f"/{language}/hotline/", forged, **headers)
    html = text_of(response)
    assert response.status_code == 403
    assert in_language(language, NOT_SENT) in html
    for value in (*(v for k, v in PLANTED.items() if k != "contact_channel"), attacker_token):
        assert value not in html
    assert not response.cookies
    new_token = token_in(html)
    assert new_token != attacker_token
    assert ConsultationRequest.objects.count() == 0

    # The victim fills in the form they now see and sends it, from this site.
    sent = victim.post(
        f"/{language}/hotline/",
        {**valid_data(), "form_token": new_token},
        HTTP_SEC_FETCH_SITE="same-origin",
        HTTP_ORIGIN="http://testserver",
    )
    assert sent.status_code == 303
    stored = ConsultationRequest.objects.get()
    assert stored.status == Status.NEW
    assert stored.contact_value == "alesia.private@example.org"
    assert stored.reference_code in text_of(victim.get(sent["Location"]))
    # The victim's thank-you link leads the attacker nowhere.
    assert attacker.get(sent["Location"]).status_code == 404
    assert stored.reference_code not in text_of(attacker.get(sent["Location"]))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "http://testserver"},
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_REFERER": "http://testserver/ru/hotline/"},
        {"HTTP_SEC_FETCH_SITE": "none"},
        {},
    ],
    ids=["fetch-site", "origin", "referer", "reload", "no-browser"],
)
def test_a_send_from_this_site_is_stored_and_only_its_answer_sets_a_cookie(
    home_page, client, headers
):
    opened = client.get("/ru/hotline/")
    assert not opened.cookies
    response = client.post(
        "/ru/hotline/", {**valid_data(), "form_token": token_in(opened.content.decode())}, **headers
    )
    assert response.status_code == 303
    assert list(response.cookies) == [settings.CSRF_COOKIE_NAME]
    assert ConsultationRequest.objects.count() == 1


@pytest.mark.django_db
def test_a_resend_shows_the_thank_you_page_only_to_the_browser_that_sent_it(client, home_page):
    owner = Client()
    data = valid_data()
    first = owner.post("/en/hotline/", data)
    assert first.status_code == 303
    code = ConsultationRequest.objects.get().reference_code

    # The same browser, with the cookie its send set: the thank-you page again.
    repeat = owner.post("/en/hotline/", data)
    assert repeat.status_code == 303
    assert code in text_of(owner.get(repeat["Location"]))
    # Another browser with a cookie of its own gets the form back, and nothing stored.
    browser_secret(client)
    response = client.post("/en/hotline/", {**data, "message": "someone else's copy"})
    html = text_of(response)
    assert response.status_code == 200
    assert RESEND in html
    assert code not in html and not REFERENCE.search(html)
    assert ConsultationRequest.objects.count() == 1
    # A browser with no cookie yet (a double click, a retry whose answer never
    # arrived) gets the thank-you page shortly after, and never once that has passed.
    double_click = Client()
    again = double_click.post("/en/hotline/", data)
    assert again.status_code == 303
    assert code in text_of(double_click.get(again["Location"]))
    assert code in text_of(double_click.get(double_click.post("/en/hotline/", data)["Location"]))
    ConsultationRequest.objects.update(
        created_at=timezone.now() - timedelta(seconds=thanks.REPEAT_SECONDS + 1)
    )
    late = Client().post("/en/hotline/", data)
    assert late.status_code == 200 and code not in text_of(late)
    assert ConsultationRequest.objects.count() == 1


@pytest.mark.django_db
def test_token_older_than_a_day_stores_nothing_and_gets_a_fresh_one(client, home_page):
    old = form_token(age=25 * 60 * 60)
    response = client.post("/en/hotline/", valid_data(form_token=old))
    html = text_of(response)
    assert response.status_code == 200
    assert RESEND in html and "Unique-message-marker-7731" in html
    assert token_in(html) != old
    assert ConsultationRequest.objects.count() == 0
    assert client.post("/en/hotline/", valid_data(form_token=token_in(html))).status_code == 303


@pytest.mark.django_db
def test_thanks_link_works_only_in_the_browser_that_sent_the_form(client, home_page):
    response = client.post("/be/hotline/", valid_data())
    code = ConsultationRequest.objects.get().reference_code
    assert code in text_of(client.get(response["Location"]))
    other = Client().get(response["Location"])
    assert other.status_code == 404
    assert code not in text_of(other)
    assert "Гэтая старонка пацвярджэння больш недаступная" in text_of(other)


@pytest.mark.django_db
def test_filled_trap_on_a_valid_send_is_kept_as_suspected_spam(
    client, home_page, settings, django_capture_on_commit_callbacks
):
    settings.HOTLINE_NOTIFY_EMAILS = ["consultants@example.org"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ru/hotline/", valid_data(website="http://spam.example"))
    assert response.status_code == 303
    stored = ConsultationRequest.objects.get()
    assert stored.status == Status.SUSPECTED_SPAM
    assert stored.message.endswith("Unique-message-marker-7731.")
    # The sender sees the usual thank-you page with the real code: a bot learns nothing.
    thanks = text_of(client.get(response["Location"]))
    assert "Ваше обращение отправлено" in thanks and stored.reference_code in thanks
    assert not stored.notifications.exists()
    assert not ConsultationRequest.objects.in_main_queue().exists()
    assert not ConsultationRequest.objects.counted_in_statistics().exists()


@pytest.mark.django_db
def test_filled_trap_on_an_invalid_send_gets_the_errors_and_is_not_echoed(client, home_page):
    response = client.post("/en/hotline/", valid_data(website="trap-echo", message=""))
    html = text_of(response)
    assert response.status_code == 200
    assert "Please correct the following" in html
    assert "trap-echo" not in html
    assert ConsultationRequest.objects.count() == 0
