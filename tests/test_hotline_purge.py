"""Retention: purge_hotline_data erases personal data of long-closed or abandoned requests,
keeps statistics, and leaves only the day of each date."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from hotline import statistics
from hotline.models import ConsultationRequest, ContactAttempt, ContactKind, InternalNote
from tests.hotline_support import case_update


def add(code, **fields):
    values = {
        "language": "be",
        "topic": "crisis",
        "country": "TR",
        "is_abroad": True,
        "is_urgent": True,
        "name": "Alesia Testname",
        "contact_channel": "viber",
        "contact_value": "+375291234567",
        "may_call": "yes",
        "safe_times": "after 18:00 secretword",
        "may_leave_message": True,
        "may_say_who_we_are": True,
        "message": "Unique-message-marker-7731",
    }
    values.update(fields)
    obj = ConsultationRequest.objects.create(reference_code=code, form_token=code, **values)
    InternalNote.objects.create(request=obj, text=f"note on {code}")
    return obj


@pytest.fixture
def requests(db, settings):
    settings.HOTLINE_RETENTION_DAYS = 365
    now = timezone.now()
    return {
        "old_closed": add(
            "LS-OLDC-0001",
            status="closed",
            closed_at=now - timedelta(days=400),
            created_at=now - timedelta(days=420),
        ),
        "old_spam": add("LS-OLDS-0001", status="spam", closed_at=now - timedelta(days=366)),
        "recent_closed": add("LS-NEWC-0001", status="closed", closed_at=now - timedelta(days=364)),
        # Old, but a consultant worked on it yesterday.
        "old_open": add(
            "LS-OLDO-0001",
            status="in_progress",
            created_at=now - timedelta(days=900),
            last_activity_at=now - timedelta(days=1),
        ),
        # Open, and nobody has touched it for longer than the retention period.
        "abandoned": add(
            "LS-ABND-0001",
            status="new",
            created_at=now - timedelta(days=500),
            last_activity_at=now - timedelta(days=366),
        ),
    }


def run(*args):
    out = StringIO()
    call_command("purge_hotline_data", *args, stdout=out)
    return out.getvalue()


def test_purge_erases_personal_fields_and_notes_and_keeps_statistics(requests):
    months_before = statistics.collect(
        (timezone.now() - timedelta(days=430)).date(), timezone.now().date()
    )
    output = run()
    assert "Erased the personal data of 3 request(s) and deleted 3 internal note(s)" in output

    erased = ConsultationRequest.objects.get(reference_code="LS-OLDC-0001")
    assert (
        erased.name,
        erased.contact_value,
        erased.safe_times,
        erased.message,
        erased.may_call,
    ) == ("", "", "", "", "")
    assert erased.may_leave_message is False and erased.may_say_who_we_are is False
    assert erased.personal_data_erased_at is not None
    # Statistics fields stay.
    assert (erased.language, erased.topic, erased.country, erased.contact_channel) == (
        "be",
        "crisis",
        "TR",
        "viber",
    )
    assert erased.is_abroad and erased.is_urgent and erased.status == "closed"
    assert not InternalNote.objects.filter(request__reference_code="LS-OLDC-0001").exists()
    assert ConsultationRequest.objects.get(reference_code="LS-OLDS-0001").message == ""

    for code in ("LS-NEWC-0001", "LS-OLDO-0001"):
        kept = ConsultationRequest.objects.get(reference_code=code)
        assert kept.message == "Unique-message-marker-7731" and kept.name == "Alesia Testname"
        assert kept.notes.count() == 1

    months_after = statistics.collect(
        (timezone.now() - timedelta(days=430)).date(), timezone.now().date()
    )
    assert months_after == months_before

    entries = ModelLogEntry.objects.filter(action="hotline.purge")
    assert {entry.label: entry.data["reason"] for entry in entries} == {
        "LS-OLDC-0001": "closed",
        "LS-OLDS-0001": "closed",
        "LS-ABND-0001": "inactive",
    }
    assert all(entry.data["retention_days"] == 365 for entry in entries)


def test_abandoned_open_request_is_erased_and_closed(requests):
    run()
    abandoned = ConsultationRequest.objects.get(reference_code="LS-ABND-0001")
    assert abandoned.message == "" and abandoned.name == "" and abandoned.contact_value == ""
    assert abandoned.status == "closed" and abandoned.is_erased
    assert not abandoned.notes.exists()


def test_erased_requests_keep_only_the_day_of_each_date(requests):
    from django.utils.timezone import localtime

    before = requests["old_closed"]
    run()
    erased = ConsultationRequest.objects.get(pk=before.pk)
    for field in ("created_at", "closed_at", "last_activity_at", "personal_data_erased_at"):
        moment = localtime(getattr(erased, field))
        assert (moment.hour, moment.minute, moment.second, moment.microsecond) == (0, 0, 0, 0)
    assert localtime(erased.created_at).date() == localtime(before.created_at).date()
    assert localtime(erased.closed_at).date() == localtime(before.closed_at).date()
    kept = ConsultationRequest.objects.get(reference_code="LS-NEWC-0001")
    assert kept.created_at == requests["recent_closed"].created_at


def test_erased_requests_keep_only_the_day_of_each_contact_attempt(requests):
    from django.utils.timezone import localtime

    erased, kept = requests["old_closed"], requests["recent_closed"]
    moment = timezone.now().replace(hour=15, minute=47, second=12) - timedelta(days=410)
    for request in (erased, kept):
        ContactAttempt.objects.create(request=request, kind=ContactKind.WROTE, made_at=moment)
    run()
    erased_attempt = ContactAttempt.objects.get(request=erased)
    assert localtime(erased_attempt.made_at).date() == localtime(moment).date()
    assert localtime(erased_attempt.made_at).time().isoformat() == "00:00:00"
    assert ContactAttempt.objects.get(request=kept).made_at == moment


def test_consultants_activity_keeps_an_old_request_from_being_erased(
    requests, client, django_user_model, settings
):
    abandoned = requests["abandoned"]
    admin = django_user_model.objects.create_superuser("boss", "b@example.org", "pw")
    client.force_login(admin)
    response = case_update(
        client, f"/admin/hotline/requests/edit/{abandoned.pk}/", text="called back"
    )
    assert response.status_code == 302
    run()
    kept = ConsultationRequest.objects.get(pk=abandoned.pk)
    assert kept.message == "Unique-message-marker-7731" and not kept.is_erased


def test_purge_is_idempotent(requests):
    run()
    erased_at = ConsultationRequest.objects.get(
        reference_code="LS-OLDC-0001"
    ).personal_data_erased_at
    output = run()
    assert "Erased the personal data of 0 request(s) and deleted 0 internal note(s)" in output
    assert (
        ConsultationRequest.objects.get(reference_code="LS-OLDC-0001").personal_data_erased_at
        == erased_at
    )
    assert ModelLogEntry.objects.filter(action="hotline.purge").count() == 3


def test_dry_run_changes_nothing(requests):
    output = run("--dry-run")
    assert "would erase the personal data of 3 request(s) and delete 3 internal note(s)" in output
    messages = [obj.message for obj in ConsultationRequest.objects.all()]
    assert messages == ["Unique-message-marker-7731"] * 5
    assert InternalNote.objects.count() == 5
    assert not ModelLogEntry.objects.filter(action="hotline.purge").exists()


def test_retention_days_come_from_the_setting(requests, settings):
    settings.HOTLINE_RETENTION_DAYS = 1000
    assert "of 0 request(s)" in run()
    settings.HOTLINE_RETENTION_DAYS = 30
    assert "of 4 request(s)" in run()


def test_erased_request_says_so_to_the_consultant(requests, client, django_user_model):
    run()
    admin = django_user_model.objects.create_superuser("boss", "b@example.org", "pw")
    client.force_login(admin)
    response = client.get(f"/admin/hotline/requests/edit/{requests['old_closed'].pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Персональные данные этого обращения удалены" in html
    assert "Unique-message-marker-7731" not in html and "note on LS-OLDC-0001" not in html


def test_the_conversation_and_the_key_go_with_the_request(requests):
    from hotline import answer_keys

    old = requests["old_closed"]
    old.answer_key_hash = answer_keys.hash_key("ясный берег зелёный мост окно")
    old.answer_key_to_show = "ясный берег зелёный мост окно"
    old.save(update_fields=["answer_key_hash", "answer_key_to_show"])
    old.messages.create(direction="reply", via="site", text="Reply-marker-to-erase")
    old.messages.create(direction="follow_up", via="site", text="Follow-up-marker-to-erase")
    kept = requests["recent_closed"]
    kept.messages.create(direction="reply", via="site", text="Reply-marker-to-keep")

    assert "and 2 message(s) of their conversations" in run("--dry-run")
    run()

    old.refresh_from_db()
    assert not old.messages.exists()
    assert old.answer_key_hash == "" and old.answer_key_to_show == ""
    assert kept.messages.get().text == "Reply-marker-to-keep"
