"""Answers on the site: the secret key, the answers page, its session and its limits."""

import re
import time
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth.hashers import check_password
from django.db import connection
from django.test import Client
from wagtail.models import ModelLogEntry

from hotline import answer_keys, ratelimit
from hotline.models import ConsultationRequest, ContactAttempt, InternalNote, OutgoingNotification
from tests.hotline_support import (
    browser_secret,
    form_data,
    in_language,
    text_of,
    valid_data,
)
from tests.test_hotline_admin import make_request

ANSWERS = "/{language}/hotline/answers/"
KEY = "ясный берег зелёный мост окно"


def with_key(key=KEY, **fields):
    """A request for answers on the site whose key is `key`."""
    values = {"contact_channel": "site", "contact_value": "", "language": "ru"}
    values.update(fields)
    consultation = make_request(**values)
    consultation.answer_key_hash = answer_keys.hash_key(key)
    consultation.save(update_fields=["answer_key_hash"])
    return consultation


def open_page(client, language="ru"):
    response = client.get(ANSWERS.format(language=language))
    assert response.status_code == 200
    return response


def sign_in(client, code, key, language="ru", **request):
    """Fill in and send the sign-in form of a freshly opened answers page."""
    data = form_data(open_page(client, language).content.decode(), "hotline-answers-open")
    data.update(reference_code=code, key=key)
    return client.post(ANSWERS.format(language=language), data, **request)


def session_of(response):
    match = re.search(r'name="session" value="([^"]+)"', response.content.decode())
    assert match, "the conversation page carries its session"
    return match.group(1)


def act(client, response, action, language="ru", **data):
    """Press a button of the conversation page."""
    return client.post(
        ANSWERS.format(language=language),
        {"session": session_of(response), "action": action, **data},
    )


# --- the key -----------------------------------------------------------------


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_each_language_has_a_list_of_over_a_thousand_plain_words(language):
    words = answer_keys.words(language)
    assert len(words) >= 1000
    assert len({answer_keys.fold(word) for word in words}) == len(words)
    letters = {
        "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
        "en": "abcdefghijklmnopqrstuvwxyz",
    }[language]
    for word in words:
        assert 4 <= len(word) <= 9 and set(word) <= set(letters), word
    for unwanted in ("насилие", "полиция", "смерть", "наркотик", "секс"):
        assert unwanted not in answer_keys.words("ru")


def test_a_key_is_five_words_of_the_readers_language_and_typing_is_forgiving():
    key = answer_keys.new_key("be")
    assert len(key.split()) == 5
    assert all(word in answer_keys.words("be") for word in key.split())
    stored = answer_keys.hash_key("ясный берег зелёный мост окно")
    assert "берег" not in stored and "bereg" not in stored
    for typed in ("ЯСНЫЙ берег  зеленый-мост, окно", "ясныйберегзелёныймостокно"):
        assert answer_keys.key_matches(typed, stored)
    assert not answer_keys.key_matches("ясный берег зелёный мост", stored)
    assert not answer_keys.key_matches("", stored)


def test_the_form_offers_answers_on_the_site_without_a_phone_or_an_address(client, home_page):
    page = text_of(client.get("/ru/hotline/"))
    assert in_language("ru", "Answer me on this site — no phone or e-mail needed") in page
    assert in_language("ru", "Asked to be answered on this site? Read the answer") in page

    data = valid_data(contact_channel="site", contact_value="", may_call="")
    response = client.post("/ru/hotline/", data, follow=True)

    assert response.status_code == 200
    consultation = ConsultationRequest.objects.get()
    assert consultation.contact_channel == "site" and consultation.contact_value == ""
    html = text_of(response)
    assert consultation.reference_code in html
    key = re.search(r'class="hotline-thanks__code hotline-thanks__key">([^<]+)<', html).group(1)
    assert all(word in answer_keys.words("ru") for word in key.split())
    assert in_language("ru", "This key is shown only once.") in html
    # Only its hash is kept, and the key itself is gone once shown.
    consultation.refresh_from_db()
    assert key not in consultation.answer_key_hash
    assert check_password(answer_keys.normalise(key), consultation.answer_key_hash)
    assert consultation.answer_key_to_show == ""
    again = text_of(client.get(response.redirect_chain[-1][0]))
    assert consultation.reference_code in again and key not in again
    shown_once = (
        "For your safety the secret key was shown only once. If you did not keep it, call us "
        "with your reference code, or send a new request."
    )
    assert in_language("ru", shown_once) in again


def test_other_channels_still_need_a_contact_and_get_no_key(client, home_page):
    data = valid_data(contact_channel="phone", contact_value="")
    response = client.post("/ru/hotline/", data)
    assert response.status_code == 200
    assert in_language("ru", "Enter how we can reach you.") in text_of(response)
    assert not ConsultationRequest.objects.exists()
    client.post("/ru/hotline/", valid_data(), follow=True)
    assert ConsultationRequest.objects.get().answer_key_hash == ""


# --- reading and writing back -------------------------------------------------------


def test_the_person_reads_the_replies_but_never_notes_or_contacts(client, home_page):
    consultation = with_key()
    consultation.messages.create(direction="reply", via="site", text="Reply-marker-301")
    InternalNote.objects.create(request=consultation, text="Note-marker-302")
    ContactAttempt.objects.create(request=consultation, kind="call_no_answer")

    response = sign_in(client, consultation.reference_code.lower().replace("-", " "), KEY.upper())

    assert response.status_code == 200
    html = text_of(response)
    assert "Unique-message-marker-7731" in html and "Reply-marker-301" in html
    assert "Note-marker-302" not in html
    assert in_language("ru", "The consultant answered") in html
    assert consultation.messages.get().read_at is not None
    entry = ModelLogEntry.objects.get(action="hotline.answers_read")
    assert entry.user is None and entry.object_id == str(consultation.pk)
    assert "Reply-marker-301" not in str(entry.data)


def test_writing_back_stores_the_text_encrypted_once_and_reopens_the_request(
    client, home_page, settings
):
    settings.HOTLINE_NOTIFY_EMAILS = ["consultants@example.org"]
    consultation = with_key(status="closed")
    page = sign_in(client, consultation.reference_code, KEY)

    sent = act(client, page, "write", text="Follow-up-marker-401")
    # Sent again (a reload): stored once.
    again = act(client, page, "write", text="Follow-up-marker-401")

    assert sent.status_code == 200 and again.status_code == 200
    sent_notice = (
        "Your message has been sent. A consultant will answer here: come back later with "
        "your code and key."
    )
    assert in_language("ru", sent_notice) in text_of(sent)
    message = consultation.messages.get()
    assert message.direction == "follow_up" and message.via == "site" and message.author is None
    assert message.text == "Follow-up-marker-401"
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM hotline_conversationmessage")
        assert "Follow-up-marker-401" not in cursor.fetchone()[0]
    consultation.refresh_from_db()
    assert consultation.status == "needs_action" and consultation.closed_at is None
    assert OutgoingNotification.objects.get(kind="follow_up").request == consultation
    entry = ModelLogEntry.objects.get(action="hotline.follow_up")
    assert entry.user is None and "Follow-up-marker-401" not in str(entry.data)


def test_an_empty_message_is_refused_with_a_message(client, home_page):
    consultation = with_key()
    page = sign_in(client, consultation.reference_code, KEY)
    response = act(client, page, "write", text="   ")
    assert response.status_code == 200
    assert in_language("ru", "Write your message first.") in text_of(response)
    assert not consultation.messages.exists()


# --- the session --------------------------------------------------------------------


def test_close_and_forget_ends_the_session_for_good(client, home_page):
    consultation = with_key()
    page = sign_in(client, consultation.reference_code, KEY)
    closed = act(client, page, "close")
    closed_notice = (
        "Closed. This page no longer shows your conversation, and going back in the "
        "browser will not open it."
    )
    assert in_language("ru", closed_notice) in text_of(closed)
    assert "Unique-message-marker-7731" not in text_of(closed)
    # The conversation page left in the history opens nothing now.
    reopened = act(client, page, "refresh")
    assert "Unique-message-marker-7731" not in text_of(reopened)
    assert 'name="key"' in reopened.content.decode()


def test_the_session_ends_after_fifteen_idle_minutes_and_keeps_the_unsent_text(client, home_page):
    consultation = with_key()
    page = sign_in(client, consultation.reference_code, KEY)
    later = time.time() + 15 * 60 + 5
    with mock.patch("django.core.signing.time.time", return_value=later):
        expired = act(client, page, "write", text="Typed-for-long-marker-501")
    html = text_of(expired)
    assert "Unique-message-marker-7731" not in html
    assert "Typed-for-long-marker-501" in html
    assert not consultation.messages.exists()
    # Signing in again puts the text in the box, ready to send.
    data = form_data(expired.content.decode(), "hotline-answers-open")
    data.update(reference_code=consultation.reference_code, key=KEY)
    reopened = client.post(ANSWERS.format(language="ru"), data)
    assert "Unique-message-marker-7731" in text_of(reopened)
    assert re.search(r"<textarea[^>]*>\s*Typed-for-long-marker-501", reopened.content.decode())


def test_the_session_works_in_this_browser_only(client, home_page):
    consultation = with_key()
    page = sign_in(client, consultation.reference_code, KEY)
    other = Client()
    browser_secret(other)
    stolen = other.post(
        ANSWERS.format(language="ru"), {"session": session_of(page), "action": "refresh"}
    )
    assert "Unique-message-marker-7731" not in text_of(stolen)


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "https://attacker.example"},
        {"HTTP_ORIGIN": "https://attacker.example"},
    ],
    ids=["fetch-site", "origin"],
)
def test_another_sites_page_can_neither_open_nor_write_to_a_conversation(
    client, home_page, headers
):
    consultation = with_key()
    # Signing in from another site's page opens nothing, even with the right key.
    forged = sign_in(client, consultation.reference_code, KEY, **headers)
    assert forged.status_code == 403
    assert "Unique-message-marker-7731" not in text_of(forged)
    # Nor can such a page write into a conversation open in this browser.
    page = sign_in(client, consultation.reference_code, KEY)
    written = client.post(
        ANSWERS.format(language="ru"),
        {"session": session_of(page), "action": "write", "text": "Planted-by-another-site"},
        **headers,
    )
    assert written.status_code == 403
    assert not [m for m in consultation.messages.all() if "Planted" in m.text]


def test_the_sign_in_form_cannot_be_sent_again_from_the_history(client, home_page):
    consultation = with_key()
    data = form_data(open_page(client).content.decode(), "hotline-answers-open")
    data.update(reference_code=consultation.reference_code, key=KEY)
    first = client.post(ANSWERS.format(language="ru"), data)
    replayed = client.post(ANSWERS.format(language="ru"), data)
    assert "Unique-message-marker-7731" in text_of(first)
    assert "Unique-message-marker-7731" not in text_of(replayed)


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_the_pages_are_private_noindex_and_only_the_conversation_sets_a_cookie(
    client, home_page, language
):
    consultation = with_key()
    other_language = {"ru": "en", "be": "ru", "en": "be"}[language]
    responses = [client.get(ANSWERS.format(language=language), HTTP_ACCEPT_LANGUAGE=other_language)]
    responses.append(sign_in(client, consultation.reference_code, KEY, language=language))
    # Opening the page sets no cookie; opening the conversation sets the CSRF cookie.
    assert not responses[0].cookies
    assert sorted(responses[1].cookies) == [settings.CSRF_COOKIE_NAME]
    for response in responses:
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        assert "noindex" in response["X-Robots-Tag"]
        html = response.content.decode()
        assert '<meta name="robots" content="noindex, nofollow">' in html
        assert 'autocomplete="off"' in html
        assert "quick-exit" in html
    assert 'type="password"' in responses[0].content.decode()
    assert in_language(language, "Close and forget") in text_of(responses[1])


# --- guessing -----------------------------------------------------------------------


def test_five_wrong_keys_lock_the_code_for_an_hour_with_a_429(client, home_page):
    consultation = with_key()
    wrong = in_language("ru", "The reference code or the key is not right. Check both.")
    for attempt in range(5):
        response = sign_in(client, consultation.reference_code, f"wrong key {attempt}")
        assert response.status_code == 200 and wrong in text_of(response)
    locked = sign_in(client, consultation.reference_code, KEY)
    assert locked.status_code == 429
    assert "Unique-message-marker-7731" not in text_of(locked)
    assert in_language("ru", "Too many wrong keys. For your safety, try again in an hour.") in (
        text_of(locked)
    )
    # Another code from the same browser is not locked by these.
    other = with_key(reference_code="LS-OTHR-2345", form_token="other")
    assert sign_in(client, other.reference_code, KEY).status_code == 200


def test_twenty_wrong_keys_from_one_network_stop_it_whatever_the_codes(client, home_page):
    consultation = with_key()
    for attempt in range(20):
        # Any address of the same IPv6 /64.
        address = f"2001:db8:1:2::{attempt + 1:x}"
        sign_in(client, f"LS-GUES-{attempt:04d}", "wrong", REMOTE_ADDR=address)
    assert ratelimit.too_many_wrong_keys("LS-ANYC-0000", "2001:db8:1:2:ffff::1")
    assert not ratelimit.too_many_wrong_keys("LS-ANYC-0000", "2001:db8:1:3::1")
    locked = sign_in(client, consultation.reference_code, KEY, REMOTE_ADDR="2001:db8:1:2::99")
    assert locked.status_code == 429


def test_a_code_that_does_not_exist_is_answered_alike_and_checked_as_long(client, home_page):
    consultation = with_key()
    with mock.patch("hotline.answer_keys.check_password", wraps=check_password) as checked:
        real = sign_in(client, consultation.reference_code, "wrong words")
        made_up = sign_in(client, "LS-NONE-2345", "wrong words")
    assert checked.call_count == 2
    assert real.status_code == made_up.status_code == 200

    def visible(response):
        html = re.sub(r'name="(attempt|csrfmiddlewaretoken)" value="[^"]*"', "", text_of(response))
        return html.replace(consultation.reference_code, "CODE").replace("LS-NONE-2345", "CODE")

    assert visible(real) == visible(made_up)


def test_an_erased_request_opens_no_more(client, home_page):
    consultation = with_key()
    consultation.erase_personal_data()
    consultation.refresh_from_db()
    assert consultation.answer_key_hash == ""
    response = sign_in(client, consultation.reference_code, KEY)
    assert in_language("ru", "The reference code or the key is not right. Check both.") in (
        text_of(response)
    )
