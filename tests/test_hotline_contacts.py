"""Contact attempts on a request: the timeline, the safe-contact box and the contact part
of the case screen's Update form."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.contrib.auth.models import Permission
from django.utils import formats, timezone, translation
from django.utils.translation import pgettext
from wagtail.models import ModelLogEntry

from hotline.models import ContactAttempt
from tests.hotline_support import PERSONAL_MARKERS, case_update, in_language
from tests.test_hotline_admin import LIST, make_request, user_in

SAFE_BOX = re.compile(r'<div class="help-block [^"]*hotline-contact__safe".*?</div>', re.S)


@pytest.fixture
def consultant(db, django_user_model):
    return user_in(
        django_user_model,
        "consultant",
        "Hotline consultants",
        first_name="Anna",
        last_name="Kovalenko",
    )


@pytest.fixture
def viewer(db, django_user_model):
    """Someone who may read requests but not change them."""
    user = user_in(django_user_model, "viewer")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_consultationrequest"),
    )
    return user


def do_not_call(**fields):
    values = {
        "may_call": "no",
        "may_leave_message": False,
        "may_say_who_we_are": False,
        "created_at": timezone.now() - timedelta(days=10),
    }
    values.update(fields)
    return make_request(**values)


def url_of(obj):
    return f"{LIST}edit/{obj.pk}/"


def record(client, obj, **data):
    """Record a contact with the Update form, as a consultant would."""
    return case_update(client, url_of(obj), **data)


def post(client, obj, **data):
    """A hand-made post, for those who are not shown the form at all."""
    return client.post(url_of(obj), data)


NOT_SAVED = "Nothing was saved: correct what is marked below. Everything you wrote is still there."


def ru(msgid):
    return in_language("ru", msgid)


def kind_ru(msgid):
    """A contact kind's label in Russian; the labels are translated in their own context."""
    with translation.override("ru"):
        label = pgettext("contact attempt", msgid)
    assert label != msgid, f"{msgid!r} has no ru translation"
    return label


def local_time(moment):
    with translation.override("ru"):
        return formats.date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def safe_box(response):
    match = SAFE_BOX.search(response.content.decode())
    assert match, "the page has the safe-contact box"
    return match.group(0)


def test_the_timeline_lists_each_contact_with_who_and_when(client, consultant):
    obj = do_not_call(may_call="yes")
    first = timezone.now() - timedelta(days=2, hours=3)
    second = timezone.now() - timedelta(hours=1)
    ContactAttempt.objects.create(request=obj, kind="replied", made_by=None, made_at=second)
    ContactAttempt.objects.create(
        request=obj, kind="call_no_answer", made_by=consultant, made_at=first
    )
    client.force_login(consultant)
    html = unescape(client.get(url_of(obj)).content.decode())
    timeline = html[html.index("hotline-case__timeline") :]
    older = timeline.index(kind_ru("Called — no answer"))
    newer = timeline.index(kind_ru("The person replied"))
    # Oldest first, like the notes.
    assert older < newer
    assert "Anna Kovalenko" in timeline[older:newer]
    assert local_time(first) in timeline[:older]
    assert local_time(second) in timeline[older:]
    assert ru("a former user") in timeline[newer:]
    assert ru("No replies, notes or contacts yet.") not in html


def test_a_request_without_contacts_says_so(client, consultant):
    client.force_login(consultant)
    html = unescape(client.get(url_of(do_not_call())).content.decode())
    assert ru("No replies, notes or contacts yet.") in html
    # Typed without a date picker, the time needs its format shown.
    hint = ru("Leave empty if it was just now; otherwise enter it like %(example)s.")
    assert re.search(
        re.escape(hint).replace(re.escape("%(example)s"), r"\d{4}-\d\d-\d\d \d\d:\d\d"), html
    )


def test_the_safe_contact_box_says_what_not_to_do_and_escapes_the_persons_text(client, consultant):
    obj = do_not_call(safe_times="after 18:00 <b>bold</b>", contact_channel="telegram")
    client.force_login(consultant)
    box = safe_box(client.get(url_of(obj)))
    assert 'role="note"' in box and "help-critical" in box
    text = unescape(box)
    for msgid in (
        "Do not call: write only.",
        "Do not leave a message: no voicemail, no message with anyone else.",
        "Do not say who is calling: do not name the hotline.",
    ):
        assert f"<strong>{ru(msgid)}</strong>" in text
    assert ru("Safe times: %(times)s") % {"times": "after 18:00 <b>bold</b>"} in text
    assert "<b>bold</b>" not in box and "&lt;b&gt;bold&lt;/b&gt;" in box
    assert ru("Contact channel: %(channel)s") % {"channel": "Telegram"} in text


def test_the_box_is_shown_when_everything_is_allowed_too(client, consultant):
    obj = do_not_call(
        may_call="yes", may_leave_message=True, may_say_who_we_are=True, safe_times=""
    )
    client.force_login(consultant)
    box = safe_box(client.get(url_of(obj)))
    assert "help-warning" in box and "help-critical" not in box
    text = unescape(box)
    for msgid in (
        "May call.",
        "May leave a message.",
        "May say who is calling.",
        "No safe times given.",
    ):
        assert ru(msgid) in text


def test_a_logged_consultation_with_no_preferences_is_described_plainly(client, consultant):
    obj = do_not_call(may_call="", contact_channel="", safe_times="")
    client.force_login(consultant)
    text = unescape(safe_box(client.get(url_of(obj))))
    assert ru("The person did not say whether we may call.") in text
    assert ru("No contact channel given.") in text


def test_a_call_to_someone_who_asked_not_to_be_called_needs_a_confirmation(client, consultant):
    obj = do_not_call()
    client.force_login(consultant)
    page = client.get(url_of(obj)).content.decode()
    # The checkbox appears only once a call has been chosen.
    assert 'name="confirm"' not in page

    stopped = record(client, obj, kind="call_no_answer")
    assert stopped.status_code == 200
    assert not ContactAttempt.objects.exists()
    html = unescape(stopped.content.decode())
    assert 'name="confirm"' in html
    assert ru("This person asked not to be called: write to them instead.") in html
    assert ru("I have a reason to call despite the request") in html
    error = (
        "Nothing was recorded. Tick the box if you have a reason to go against "
        "the person's request, or choose another kind of contact."
    )
    assert ru(error) in html
    assert ru(NOT_SAVED) in html
    # The choice is kept for the second submit.
    assert re.search(r'value="call_no_answer"[^>]*checked', stopped.content.decode())

    saved = record(client, obj, kind="call_no_answer", confirm="on")
    assert saved.status_code == 302
    assert saved["Location"] == url_of(obj) + "#update"
    attempt = ContactAttempt.objects.get()
    assert attempt.kind == "call_no_answer" and attempt.made_by == consultant


def test_writing_to_someone_who_asked_not_to_be_called_needs_no_confirmation(client, consultant):
    obj = do_not_call()
    client.force_login(consultant)
    assert record(client, obj, kind="wrote").status_code == 302
    assert ContactAttempt.objects.get().kind == "wrote"


def test_leaving_a_message_needs_a_confirmation_when_it_was_not_allowed(client, consultant):
    obj = do_not_call(may_call="yes", may_leave_message=False)
    client.force_login(consultant)
    # A call is fine here.
    assert record(client, obj, kind="call_no_answer").status_code == 302
    stopped = record(client, obj, kind="call_message_left")
    assert stopped.status_code == 200
    html = unescape(stopped.content.decode())
    assert ru("This person did not allow leaving a message.") in html
    assert ru("I have a reason to leave a message despite the request") in html
    assert ContactAttempt.objects.count() == 1
    assert record(client, obj, kind="call_message_left", confirm="on").status_code == 302
    assert ContactAttempt.objects.filter(kind="call_message_left").count() == 1


def test_a_message_where_it_is_allowed_needs_no_confirmation(client, consultant):
    obj = do_not_call(may_call="yes", may_leave_message=True)
    client.force_login(consultant)
    assert record(client, obj, kind="call_message_left").status_code == 302
    assert ContactAttempt.objects.count() == 1


def test_the_first_response_is_the_earliest_contact_that_reached_the_person(client, consultant):
    obj = do_not_call(may_call="yes")
    before = obj.last_activity_at
    client.force_login(consultant)
    record(client, obj, kind="call_no_answer")
    obj.refresh_from_db()
    # An unanswered call did not reach anyone.
    assert obj.first_response_at is None
    assert obj.last_activity_at > before

    wrote_at = timezone.localtime() - timedelta(days=2)
    record(client, obj, kind="wrote", made_at=wrote_at.strftime("%Y-%m-%d %H:%M"))
    obj.refresh_from_db()
    expected = wrote_at.replace(second=0, microsecond=0)
    assert obj.first_response_at == expected
    assert ContactAttempt.objects.get(kind="wrote").made_at == expected

    # Later contacts leave it alone; a status change keeps it too.
    record(client, obj, kind="replied")
    case_update(client, url_of(obj), status="answered")
    obj.refresh_from_db()
    assert obj.first_response_at == expected

    # A contact recorded late but made earlier is the first response.
    earlier = wrote_at - timedelta(days=1)
    record(client, obj, kind="call_reached", made_at=earlier.strftime("%Y-%m-%d %H:%M"))
    obj.refresh_from_db()
    assert obj.first_response_at == earlier.replace(second=0, microsecond=0)


def test_a_status_change_still_sets_the_first_response(client, consultant):
    obj = do_not_call()
    client.force_login(consultant)
    case_update(client, url_of(obj), status="waiting")
    obj.refresh_from_db()
    assert obj.first_response_at is not None


def test_the_contact_is_in_the_audit_log_without_personal_data(client, consultant):
    obj = do_not_call(safe_times="after 18:00 secretword")
    client.force_login(consultant)
    record(client, obj, kind="wrote")
    entry = ModelLogEntry.objects.get(action="hotline.contact")
    assert entry.data == {"kind": "wrote", "despite_request": False}
    assert entry.user == consultant and entry.label == obj.reference_code
    stored = f"{entry.label} {entry.data}"
    for marker in PERSONAL_MARKERS:
        assert marker not in stored
    history = unescape(client.get(f"{LIST}history/{obj.pk}/").content.decode())
    assert ru("Recorded contact: %(kind)s") % {"kind": kind_ru("Wrote")} in history


def test_a_call_against_the_persons_request_says_so_in_the_history(client, consultant):
    obj = do_not_call()
    client.force_login(consultant)
    record(client, obj, kind="call_no_answer", confirm="on")

    entry = ModelLogEntry.objects.get(action="hotline.contact")
    assert entry.data == {"kind": "call_no_answer", "despite_request": True}
    history = unescape(client.get(f"{LIST}history/{obj.pk}/").content.decode())
    wording = ru("Recorded contact: %(kind)s, against the person's request (confirmed)")
    assert wording % {"kind": kind_ru("Called — no answer")} in history


def test_viewers_see_the_timeline_but_cannot_record(client, consultant, viewer):
    obj = do_not_call()
    ContactAttempt.objects.create(request=obj, kind="wrote", made_by=consultant)
    client.force_login(viewer)
    response = client.get(url_of(obj))
    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert kind_ru("Wrote") in html and "Anna Kovalenko" in html
    assert ru("Do not call: write only.") in html
    assert "hotline-case-form" not in html and 'name="kind"' not in html
    refused = post(client, obj, kind="wrote", status="new")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert ContactAttempt.objects.count() == 1
    assert not ModelLogEntry.objects.filter(action="hotline.contact").exists()


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_see_and_record_nothing(client, django_user_model, group):
    obj = do_not_call()
    ContactAttempt.objects.create(request=obj, kind="wrote")
    client.force_login(user_in(django_user_model, "someone", group))
    for response in (client.get(url_of(obj)), post(client, obj, kind="wrote")):
        assert response.status_code == 302 and response["Location"] == "/admin/"
        assert obj.reference_code not in response.content.decode()
    assert ContactAttempt.objects.count() == 1


def invalid_time(days):
    return (timezone.localtime() + timedelta(days=days)).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "shouted"}, None),
        ({"kind": "wrote", "made_at": "yesterday"}, None),
        (
            {"kind": "wrote", "made_at": invalid_time(1)},
            "The time of a contact cannot be in the future.",
        ),
        (
            {"kind": "wrote", "made_at": invalid_time(-11)},
            "The time of a contact cannot be before the request.",
        ),
    ],
)
def test_bad_input_is_refused_with_a_translated_message(client, consultant, data, message):
    obj = do_not_call(may_call="yes")
    client.force_login(consultant)
    response = record(client, obj, **data)
    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert ru(NOT_SAVED) in html
    if message:
        assert ru(message) in html
    assert not ContactAttempt.objects.exists()
    assert not ModelLogEntry.objects.filter(action="hotline.contact").exists()


def test_a_contact_more_than_thirty_days_back_is_refused(client, consultant):
    obj = do_not_call(may_call="yes", created_at=timezone.now() - timedelta(days=90))
    client.force_login(consultant)
    response = record(client, obj, kind="wrote", made_at=invalid_time(-31))
    assert response.status_code == 200
    with translation.override("ru"):
        expected = translation.ngettext(
            "Enter a time within the last %(days)s day.",
            "Enter a time within the last %(days)s days.",
            30,
        ) % {"days": 30}
    assert expected != "Enter a time within the last 30 days."
    assert expected in unescape(response.content.decode())
    assert not ContactAttempt.objects.exists()


def test_an_erased_request_keeps_its_timeline_and_takes_no_new_contact(client, consultant):
    obj = do_not_call(may_call="yes")
    ContactAttempt.objects.create(
        request=obj, kind="wrote", made_by=consultant, made_at=timezone.now() - timedelta(hours=5)
    )
    obj.erase_personal_data()
    client.force_login(consultant)
    html = unescape(client.get(url_of(obj)).content.decode())
    assert ru("The contact preferences were erased with the personal data.") in html
    assert kind_ru("Wrote") in html and 'name="kind"' not in html
    assert 'name="text"' not in html
    # A contact sent all the same is not recorded.
    response = record(client, obj, kind="wrote", text="typed after the erasure")
    assert response.status_code == 302
    assert ContactAttempt.objects.count() == 1
    assert not obj.notes.exists() and not obj.messages.exists()


def test_every_new_string_is_translated():
    for language in ("ru", "be"):
        for msgid in (
            "Record a contact",
            "How this person may be contacted",
            "I have a reason to call despite the request",
        ):
            in_language(language, msgid)
