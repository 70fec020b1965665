"""Consultants' notices about new requests: queued with the request, sent later,
retried until delivered, and never holding what the person wrote."""

import smtplib
import socket
import threading
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from hotline.models import ConsultationRequest, OutgoingNotification
from hotline.notifications import send_due_notifications
from tests.hotline_support import PERSONAL_MARKERS, valid_data

RECIPIENTS = ["a@hotline.example", "b@hotline.example"]


@pytest.fixture
def notify(settings):
    settings.HOTLINE_NOTIFY_EMAILS = RECIPIENTS
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    return settings


def send(client, **overrides):
    response = client.post("/en/hotline/", valid_data(**overrides))
    assert response.status_code == 303
    return ConsultationRequest.objects.order_by("-pk").first()


@pytest.mark.django_db
def test_a_send_queues_one_notice_and_mails_nothing_while_the_person_waits(
    client, home_page, notify, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        stored = send(client)
    assert mail.outbox == []
    notice = OutgoingNotification.objects.get()
    assert notice.request == stored and notice.sent_at is None and notice.attempts == 0


@pytest.mark.django_db
def test_the_sender_mails_code_topic_urgency_and_link_and_no_personal_data(
    client, home_page, notify
):
    stored = send(client, is_urgent="on", topic="missing")
    output = StringIO()
    call_command("send_hotline_notifications", stdout=output)
    assert "Sent 1 notification(s); 0 failed; 0 waiting." in output.getvalue()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == RECIPIENTS
    assert stored.reference_code in message.subject and "СРОЧНО" in message.subject
    assert stored.reference_code in message.body
    assert "Пропал человек" in message.body
    assert f"http://testserver/admin/hotline/requests/edit/{stored.pk}/" in message.body
    whole = message.message().as_string()
    for marker in (*PERSONAL_MARKERS, "Germany", "Германия", "DE"):
        assert marker not in message.subject
        assert marker not in message.body
    assert "alesia" not in whole.lower()
    # Sent once: a second run finds nothing to do.
    call_command("send_hotline_notifications", stdout=StringIO())
    assert len(mail.outbox) == 1
    assert OutgoingNotification.objects.get().sent_at is not None


@pytest.mark.django_db
def test_a_failed_notice_is_kept_logged_without_personal_data_and_retried(
    client, home_page, notify, monkeypatch, caplog
):
    stored = send(client)

    def broken(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("alesia.private@example.org refused")

    monkeypatch.setattr("hotline.notifications.send_mail", broken)
    assert send_due_notifications() == (0, 1)
    notice = OutgoingNotification.objects.get()
    assert notice.sent_at is None and notice.attempts == 1
    assert notice.last_error == "SMTPServerDisconnected"
    assert notice.next_attempt_at > timezone.now()
    logged = [r.getMessage() for r in caplog.records if r.name == "hotline.notifications"]
    assert len(logged) == 1
    assert stored.reference_code in logged[0] and "SMTPServerDisconnected" in logged[0]
    for marker in PERSONAL_MARKERS:
        assert marker not in caplog.text
    # Not due yet: the pause before the next try is respected.
    assert send_due_notifications() == (0, 0)

    monkeypatch.undo()
    later = notice.next_attempt_at + timedelta(seconds=1)
    assert send_due_notifications(now=later) == (1, 0)
    assert len(mail.outbox) == 1
    notice.refresh_from_db()
    assert notice.sent_at is not None and notice.attempts == 2 and notice.last_error == ""


@pytest.mark.django_db
def test_pauses_between_tries_grow_to_an_hour():
    from hotline.notifications import retry_delay

    assert [retry_delay(n).total_seconds() for n in (1, 2, 3, 7, 30)] == [
        60,
        120,
        240,
        3600,
        3600,
    ]


@pytest.mark.django_db
def test_urgent_notices_go_first(client, home_page, notify):
    send(client, message="calm one")
    urgent_client = type(client)()
    urgent = urgent_client.post("/en/hotline/", valid_data(is_urgent="on"))
    assert urgent.status_code == 303
    send_due_notifications(limit=1)
    assert "СРОЧНО" in mail.outbox[0].subject


@pytest.fixture
def silent_smtp_server():
    """An SMTP port that accepts connections and never answers, like a hung server."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    connections = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                connections.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1], connections
    stop.set()
    thread.join()
    for connection in connections:
        connection.close()
    listener.close()


@pytest.mark.django_db
def test_a_hung_mail_server_neither_delays_the_form_nor_loses_the_notice(
    client, home_page, notify, silent_smtp_server, django_capture_on_commit_callbacks
):
    port, connections = silent_smtp_server
    notify.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    notify.EMAIL_HOST, notify.EMAIL_PORT, notify.EMAIL_TIMEOUT = "127.0.0.1", port, 1
    with django_capture_on_commit_callbacks(execute=True):
        send(client)
    assert connections == []  # the form never talked to the mail server
    assert send_due_notifications() == (0, 1)
    assert len(connections) == 1
    notice = OutgoingNotification.objects.get()
    assert notice.sent_at is None and notice.last_error in {
        "TimeoutError",
        "SMTPServerDisconnected",
    }


@pytest.mark.django_db
def test_no_notice_without_recipients(client, home_page, settings):
    settings.HOTLINE_NOTIFY_EMAILS = []
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    send(client)
    assert not OutgoingNotification.objects.exists()
