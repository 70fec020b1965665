"""Form tokens, CSRF failures and the bot trap, tried as an attacker would.

The attacker here controls a web page the person can be made to open, or has
fetched a form (and its token) of their own; they must never plant a field in
the person's request, learn its reference code, or make it vanish.
"""

import pytest
from django.test import Client

from hotline.models import ConsultationRequest, Status
from tests.hotline_support import (
    REFERENCE,
    form_token,
    in_language,
    text_of,
    token_in,
    valid_data,
)
from tests.support import LANGUAGES

CSRF_INPUT = 'name="csrfmiddlewaretoken" value="'
NOT_SENT = "Your request has not been sent. Please fill in the form and press “Send request”."
EXPIRED = (
    "For your security the form had expired, so your request has not been sent yet. "
    "Everything you wrote is below: please press “Send request” again."
)
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


def csrf_in(html):
    start = html.index(CSRF_INPUT) + len(CSRF_INPUT)
    return html[start : html.index('"', start)]


def open_form(client, language="en"):
    """GET the form as a browser does: (csrf field, form token)."""
    html = text_of(client.get(f"/{language}/hotline/"))
    return csrf_in(html), token_in(html)


@pytest.fixture(autouse=True)
def _no_minimum_fill_time(settings):
    # These tests resend at once with the token they were just given.
    settings.HOTLINE_MIN_FILL_SECONDS = 0


@pytest.fixture
def attacker():
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def victim():
    return Client(enforce_csrf_checks=True)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_cross_site_post_plants_nothing_and_the_victims_request_arrives(
    home_page, attacker, victim, language
):
    attacker_csrf, attacker_token = open_form(attacker, language)
    open_form(victim, language)  # the victim has been on the site: they have a CSRF cookie
    forged = {
        **valid_data(attacker, **PLANTED),
        "csrfmiddlewaretoken": attacker_csrf,
        "form_token": attacker_token,
    }
    response = victim.post(f"/{language}/hotline/", forged, HTTP_ORIGIN="https://attacker.example")
    html = text_of(response)
    assert response.status_code == 403
    assert in_language(language, NOT_SENT) in html
    for value in (*(v for k, v in PLANTED.items() if k != "contact_channel"), attacker_token):
        assert value not in html
    new_token = token_in(html)
    assert new_token != attacker_token
    assert ConsultationRequest.objects.count() == 0

    # The victim fills in the form they now see and sends it.
    sent = victim.post(
        f"/{language}/hotline/",
        {**valid_data(victim), "csrfmiddlewaretoken": csrf_in(html), "form_token": new_token},
    )
    assert sent.status_code == 303
    stored = ConsultationRequest.objects.get()
    assert stored.status == Status.NEW
    assert stored.contact_value == "alesia.private@example.org"
    code = stored.reference_code
    assert code in text_of(victim.get(sent["Location"]))

    # The attacker's own token and the victim's thank-you link lead them nowhere.
    replay = attacker.post(
        f"/{language}/hotline/",
        {**valid_data(attacker), "csrfmiddlewaretoken": attacker_csrf, "form_token": new_token},
    )
    assert replay.status_code == 200 and code not in text_of(replay)
    assert attacker.get(sent["Location"]).status_code == 404
    assert code not in text_of(attacker.get(sent["Location"]))
    assert ConsultationRequest.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers",
    [{"HTTP_ORIGIN": "http://testserver"}, {"HTTP_REFERER": "http://testserver/ru/hotline/"}],
    ids=["origin", "referer"],
)
def test_same_site_csrf_failure_keeps_what_was_typed_but_not_the_trap_or_token(
    home_page, victim, headers
):
    data = valid_data(victim, website="autofilled.example")
    old_token = data["form_token"]
    response = victim.post("/ru/hotline/", data, **headers)  # the CSRF field has expired
    html = text_of(response)
    assert response.status_code == 403
    assert in_language("ru", EXPIRED) in html
    assert "Unique-message-marker-7731" in html
    assert 'value="alesia.private@example.org"' in html
    assert "autofilled.example" not in html
    assert token_in(html) != old_token
    assert ConsultationRequest.objects.count() == 0

    again = victim.post(
        "/ru/hotline/",
        {**data, "website": "", "csrfmiddlewaretoken": csrf_in(html), "form_token": token_in(html)},
    )
    assert again.status_code == 303
    assert ConsultationRequest.objects.get().message.endswith("Unique-message-marker-7731.")


@pytest.mark.django_db
def test_csrf_failure_without_origin_or_referer_restores_nothing(home_page, victim):
    response = victim.post("/en/hotline/", valid_data(victim))
    html = text_of(response)
    assert response.status_code == 403
    assert NOT_SENT in html
    assert "Unique-message-marker-7731" not in html
    assert "alesia.private@example.org" not in html


@pytest.mark.django_db
def test_token_of_another_browser_stores_nothing_and_shows_no_reference(client, home_page):
    owner = Client()
    data = valid_data(owner)
    first = owner.post("/en/hotline/", data)
    assert first.status_code == 303
    code = ConsultationRequest.objects.get().reference_code

    response = client.post("/en/hotline/", {**data, "message": "someone else's copy"})
    html = text_of(response)
    assert response.status_code == 200
    assert RESEND in html
    assert code not in html and not REFERENCE.search(html)
    assert ConsultationRequest.objects.count() == 1
    # The same browser that sent it still gets its thank-you page on a re-post.
    repeat = owner.post("/en/hotline/", data)
    assert repeat.status_code == 303
    assert code in text_of(owner.get(repeat["Location"]))


@pytest.mark.django_db
def test_token_older_than_a_day_stores_nothing_and_gets_a_fresh_one(client, home_page):
    old = form_token(client, age=25 * 60 * 60)
    response = client.post("/en/hotline/", valid_data(client, form_token=old))
    html = text_of(response)
    assert response.status_code == 200
    assert RESEND in html and "Unique-message-marker-7731" in html
    assert token_in(html) != old
    assert ConsultationRequest.objects.count() == 0
    assert (
        client.post("/en/hotline/", valid_data(client, form_token=token_in(html))).status_code
        == 303
    )


@pytest.mark.django_db
def test_thanks_link_works_only_in_the_browser_that_sent_the_form(client, home_page):
    response = client.post("/be/hotline/", valid_data(client))
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
        response = client.post("/ru/hotline/", valid_data(client, website="http://spam.example"))
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
    response = client.post("/en/hotline/", valid_data(client, website="trap-echo", message=""))
    html = text_of(response)
    assert response.status_code == 200
    assert "Please correct the following" in html
    assert "trap-echo" not in html
    assert ConsultationRequest.objects.count() == 0
