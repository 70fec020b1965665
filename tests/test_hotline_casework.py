"""The case screen's one Update form, replies (on the site and by e-mail) and the
dashboard's hotline panel."""

import re
from html import unescape

import pytest
from django.core import mail
from django.db import connection
from wagtail.models import ModelLogEntry

from hotline.models import InternalNote, OutgoingNotification
from hotline.notifications import send_due_notifications
from tests.hotline_support import case_update, form_data, in_language, text_of
from tests.test_hotline_admin import LIST, make_request, user_in

NOTE = "Note-marker-typed-first-8801"
REPLY = "Reply-marker-the-embassy-answers-8802"


@pytest.fixture
def consultant(db, django_user_model):
    return user_in(django_user_model, "consultant", "Hotline consultants", first_name="Anna")


def url_of(obj):
    return f"{LIST}edit/{obj.pk}/"


def test_a_note_typed_before_changing_the_status_is_saved_with_it(client, consultant):
    obj = make_request()
    client.force_login(consultant)

    response = case_update(client, url_of(obj), text=NOTE, status="in_progress")

    assert response.status_code == 302 and response["Location"] == url_of(obj) + "#update"
    obj.refresh_from_db()
    assert obj.status == "in_progress"
    assert InternalNote.objects.get(request=obj).text == NOTE
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"hotline.change", "hotline.add_note"} <= actions
    page = text_of(client.get(url_of(obj)))
    updated = in_language("ru", "Request %(code)s updated.") % {"code": obj.reference_code}
    assert updated in page and in_language("ru", "Note added.") in page
    # The message is shown beside the form the consultant comes back to.
    assert page.index('id="update"') < page.index(updated)


def test_a_failed_save_keeps_everything_typed_and_saves_nothing(client, consultant):
    obj = make_request(may_call="no")
    client.force_login(consultant)

    response = case_update(client, url_of(obj), text=NOTE, status="waiting", kind="call_no_answer")

    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert re.search(rf"<textarea[^>]*>\s*{NOTE}", html)
    assert re.search(r'<option value="waiting" selected>', html)
    assert "data-hotline-unsaved" in html
    assert in_language("ru", "This person asked not to be called: write to them instead.") in html
    obj.refresh_from_db()
    assert obj.status == "new"
    assert not InternalNote.objects.exists() and not obj.contact_attempts.exists()
    # Confirmed, the same form saves everything at once.
    data = form_data(response.content.decode(), "hotline-case-form")
    data["confirm"] = "on"
    assert client.post(url_of(obj), data).status_code == 302
    obj.refresh_from_db()
    assert obj.status == "waiting" and obj.contact_attempts.get().kind == "call_no_answer"
    assert InternalNote.objects.get().text == NOTE


def test_the_screen_shows_the_message_first_then_everything_in_time_order(client, consultant):
    obj = make_request(contact_channel="site", contact_value="")
    client.force_login(consultant)
    case_update(client, url_of(obj), text="First-reply-8803", text_kind="reply")
    case_update(client, url_of(obj), text="Then-a-note-8804", kind="wrote")
    obj.messages.create(direction="follow_up", via="site", text="Person-wrote-8805")

    html = text_of(client.get(url_of(obj)))

    order = [
        html.index(marker)
        for marker in (
            "Unique-message-marker-7731",
            "First-reply-8803",
            "Then-a-note-8804",
            "Person-wrote-8805",
            'id="update"',
        )
    ]
    assert order == sorted(order)
    note = html[html.index("hotline-case__entry--note") :][:600]
    assert in_language("ru", "Internal note") in note
    assert in_language("ru", "Only consultants see this.") in note
    assert in_language("ru", "Not read yet") in html
    assert in_language("ru", "The person wrote on the site") in html
    # The details no longer push the message down: they are folded in the sidebar.
    assert html.index("Unique-message-marker-7731") < html.index("hotline-case__details")


def test_a_reply_on_the_site_is_stored_encrypted_logged_without_text_and_a_first_response(
    client, consultant
):
    obj = make_request(contact_channel="site", contact_value="")
    client.force_login(consultant)

    case_update(client, url_of(obj), text=REPLY, text_kind="reply")

    message = obj.messages.get()
    assert message.direction == "reply" and message.via == "site"
    assert message.author == consultant and message.text == REPLY
    obj.refresh_from_db()
    assert obj.first_response_at == message.created_at
    assert not OutgoingNotification.objects.exists()
    entry = ModelLogEntry.objects.get(action="hotline.reply")
    assert entry.user == consultant and REPLY not in str(entry.data)
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM hotline_conversationmessage")
        assert REPLY not in cursor.fetchone()[0]


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        ("ru", "Ответ на ваше обращение LS-MAIL-2345"),
        ("be", "Адказ на ваш зварот LS-MAIL-2345"),
        ("en", "Reply to your request LS-MAIL-2345"),
    ],
)
def test_a_reply_by_e_mail_goes_through_the_outbox_with_the_code_alone_in_its_subject(
    client, consultant, settings, language, subject
):
    settings.HOTLINE_REPLY_FROM = "replies@hotline.example.org"
    settings.HOTLINE_REPLY_TO = ["answers@hotline.example.org"]
    obj = make_request(
        reference_code="LS-MAIL-2345",
        language=language,
        contact_channel="email",
        contact_value="alesia.private@example.org",
    )
    client.force_login(consultant)

    page = client.get(url_of(obj)).content.decode()
    assert 'value="reply"' in page
    case_update(client, url_of(obj), text=REPLY, text_kind="reply")

    assert mail.outbox == []  # nobody waits for the mail server
    queued = OutgoingNotification.objects.get()
    assert queued.kind == "reply" and queued.message.text == REPLY
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM hotline_outgoingnotification")
        row = " ".join(str(value) for value in cursor.fetchone())
    assert REPLY not in row and "alesia" not in row

    assert send_due_notifications() == (1, 0)

    (email,) = mail.outbox
    assert email.subject == subject
    assert email.to == ["alesia.private@example.org"]
    assert email.from_email == "replies@hotline.example.org"
    assert email.reply_to == ["answers@hotline.example.org"]
    assert REPLY in email.body and "LS-MAIL-2345" in email.body
    for personal in ("Alesia", "Unique-message-marker-7731", "secretword"):
        assert personal not in email.subject and personal not in email.body
    message = obj.messages.get()
    assert message.sent_at is not None
    assert in_language("ru", "E-mail sent %(time)s").split("%")[0] in text_of(
        client.get(url_of(obj))
    )


@pytest.mark.parametrize(
    "contact",
    [
        {"contact_channel": "phone", "contact_value": "+375291234567"},
        # A consultation logged from an e-mail, with no address kept.
        {"contact_channel": "email", "contact_value": "", "received_via": "email"},
    ],
)
def test_a_reply_that_cannot_reach_the_person_is_not_offered(client, consultant, contact):
    obj = make_request(**contact)
    client.force_login(consultant)
    page = text_of(client.get(url_of(obj)))
    assert 'value="reply"' not in page
    assert in_language("ru", "Record a contact") in page

    refused = case_update(client, url_of(obj), text=REPLY, text_kind="reply")

    assert refused.status_code == 200
    assert REPLY in text_of(refused)
    assert not obj.messages.exists() and not InternalNote.objects.exists()


def test_the_persons_answer_by_e_mail_is_recorded_as_a_follow_up(client, consultant):
    obj = make_request(contact_channel="email", status="waiting")
    client.force_login(consultant)
    case_update(
        client, url_of(obj), text="Their-answer-8806", text_kind="follow_up", status="in_progress"
    )
    message = obj.messages.get()
    assert message.direction == "follow_up" and message.via == "recorded"
    assert message.author == consultant
    entry = ModelLogEntry.objects.get(action="hotline.follow_up")
    assert entry.user == consultant and "Their-answer-8806" not in str(entry.data)
    assert "Anna" in text_of(client.get(url_of(obj)))


def test_the_whole_conversation_on_the_site(client, consultant, home_page):
    from tests.test_hotline_answers import KEY, act, sign_in, with_key

    obj = with_key(status="new")
    client.force_login(consultant)
    case_update(client, url_of(obj), text=REPLY, text_kind="reply", status="waiting")
    client.logout()

    page = sign_in(client, obj.reference_code, KEY)
    assert REPLY in text_of(page)
    act(client, page, "write", text="Thank-you-8807")

    obj.refresh_from_db()
    assert obj.status == "needs_action"
    client.force_login(consultant)
    queue = text_of(client.get(LIST))
    assert obj.reference_code in queue
    screen = text_of(client.get(url_of(obj)))
    assert "Thank-you-8807" in screen
    assert in_language("ru", "Read by the person %(time)s").split("%")[0] in screen
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(obj.pk))
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )
    assert "hotline.reply" in actions and "hotline.answers_read" in actions
    assert actions.index("hotline.reply") < actions.index("hotline.answers_read")
    assert "hotline.follow_up" in actions


def test_the_dashboard_says_what_waits_each_a_link_to_the_list(client, consultant):
    make_request(status="new")
    make_request(status="new", is_urgent=True)
    make_request(status="needs_action")
    make_request(status="closed", is_urgent=True)
    make_request(status="suspected_spam")
    client.force_login(consultant)

    dashboard = text_of(client.get("/admin/"))

    with_counts = {
        "status=new": ("%(counter)s new request|%(counter)s new requests", 2),
        "status=needs_action": ("%(counter)s person wrote back|%(counter)s people wrote back", 1),
        "is_urgent=true": (
            "%(counter)s open request in danger now|%(counter)s open requests in danger now",
            1,
        ),
    }
    from django.utils import translation

    for query, (msgid, count) in with_counts.items():
        singular, plural = msgid.split("|")
        with translation.override("ru"):
            wording = translation.ngettext(singular, plural, count) % {"counter": count}
        link = re.search(rf'<a href="([^"]*\?{re.escape(query)}[^"]*)">(.*?)</a>', dashboard, re.S)
        assert link, query
        assert wording in " ".join(link.group(2).split())
        listed = text_of(client.get(unescape(link.group(1))))
        assert listed.count("hotline/requests/edit/") >= count
