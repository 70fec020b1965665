"""The hotline's e-mails and their outbox: the notices consultants get about each new
request and each follow-up, and consultants' replies to people who chose e-mail.

A notice carries the reference code, topic, urgency and the admin link only: e-mail
travels through servers we do not control, so nothing the person wrote goes in. A
reply goes to the address the person gave, with the reference code alone in its
subject; its text is read from the encrypted conversation when it is sent, so the
outbox row never holds it.

A notice is queued (an OutgoingNotification row) in the same transaction that
stores the request, and sent later by `manage.py send_hotline_notifications`,
run every minute or so by the scheduler. So the form answers at once however
slow the mail server is, and a notice that fails is tried again, with growing
pauses, until it is delivered.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, send_mail
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .encryption import EncryptionKeyError, is_unreadable
from .models import OutgoingKind, OutgoingNotification

logger = logging.getLogger(__name__)

# Pauses between attempts: 1, 2, 4 … minutes, never more than an hour.
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=1)


def notice(consultation_request, kind):
    """Subject and body of a notice to the consultants, in the site's default language
    (theirs): a new request's code, topic and urgency, or that the person wrote back;
    the body ends with the link to the request in the admin."""
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + consultation_request.get_admin_url()
    with translation.override(settings.LANGUAGE_CODE):
        code = consultation_request.reference_code
        if kind == OutgoingKind.FOLLOW_UP:
            subject = _("The person wrote back: %(code)s") % {"code": code}
            lines = [
                _("The person wrote back on the site about request %(code)s.") % {"code": code}
            ]
        else:
            urgency = (
                _("URGENT: in danger now") if consultation_request.is_urgent else _("not urgent")
            )
            subject_prefix = _("URGENT") + " " if consultation_request.is_urgent else ""
            subject = subject_prefix + _("New hotline request %(code)s") % {"code": code}
            lines = [
                _("A new request has arrived on the hotline form."),
                "",
                _("Reference code: %(code)s") % {"code": code},
                _("Topic: %(topic)s") % {"topic": consultation_request.get_topic_display()},
                _("Urgency: %(urgency)s") % {"urgency": urgency},
            ]
        lines += ["", _("Open it in the admin (sign-in required):"), admin_url]
    return subject, "\n".join(lines) + "\n"


def build_reply(message):
    """Subject and body of a reply to the person, in the language of their request."""
    consultation_request = message.request
    with translation.override(consultation_request.language):
        code = consultation_request.reference_code
        subject = _("Reply to your request %(code)s") % {"code": code}
        footer = _(
            "This is a reply to your request %(code)s. To write back, answer this e-mail "
            "and keep the code in the subject."
        ) % {"code": code}
    return subject, f"{message.text}\n\n-- \n{footer}\n"


def reply_email(message):
    """The reply as an e-mail to the person's address; EncryptionKeyError while its text
    or the address cannot be read (the notice stays queued until the key is back)."""
    address = message.request.contact_value
    if is_unreadable(address) or is_unreadable(message.text):
        raise EncryptionKeyError("the reply or the address cannot be decrypted")
    subject, body = build_reply(message)
    return EmailMessage(
        subject,
        body,
        settings.HOTLINE_REPLY_FROM,
        [address],
        reply_to=settings.HOTLINE_REPLY_TO or None,
    )


def queue_notification(consultation_request, kind=OutgoingKind.NEW_REQUEST):
    """Queue a notice to the consultants; call it inside the storing transaction."""
    if not settings.HOTLINE_NOTIFY_EMAILS:
        return None
    return OutgoingNotification.objects.create(request=consultation_request, kind=kind)


def deliver(notification):
    """Send one queued e-mail of any kind; raises whatever the mail backend raises."""
    consultation_request = notification.request
    if notification.kind == OutgoingKind.REPLY:
        reply_email(notification.message).send(fail_silently=False)
        return
    recipients = settings.HOTLINE_NOTIFY_EMAILS
    if not recipients:
        return
    subject, body = notice(consultation_request, notification.kind)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=False)


def retry_delay(attempts):
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_RETRY)


def send_one(notification, now=None):
    """Try to deliver one notice; True when it went. A failure is logged with the
    reference code and the error's class only, and the next try is scheduled."""
    now = now or timezone.now()
    consultation_request = notification.request
    notification.attempts += 1
    try:
        deliver(notification)
    except Exception as error:  # any mail failure: keep the notice and try again later
        notification.last_error = error.__class__.__name__[:100]
        notification.next_attempt_at = now + retry_delay(notification.attempts)
        notification.save(update_fields=["attempts", "last_error", "next_attempt_at"])
        logger.error(
            "Hotline notification for %s was not sent (attempt %s): %s",
            consultation_request.reference_code,
            notification.attempts,
            notification.last_error,
        )
        return False
    notification.sent_at = now
    notification.last_error = ""
    notification.save(update_fields=["attempts", "last_error", "sent_at"])
    if notification.message_id:
        type(notification.message).objects.filter(pk=notification.message_id).update(sent_at=now)
    return True


def send_due_notifications(now=None, limit=100):
    """Send up to `limit` notices that are due, urgent requests first; (sent, failed).

    Each notice is locked while it is sent, so two senders running at once (two
    cron runs overlapping) never send the same notice twice. The run stops at the
    first failure: the mail server is down, and the rest will wait for the next run.
    """
    lock = {"skip_locked": connection.features.has_select_for_update_skip_locked}
    if connection.features.has_select_for_update_of:
        lock["of"] = ("self",)
    sent = failed = 0
    for _round in range(limit):
        with transaction.atomic():
            notification = (
                OutgoingNotification.objects.filter(
                    sent_at=None, next_attempt_at__lte=now or timezone.now()
                )
                .select_related("request", "message")
                .order_by("-request__is_urgent", "next_attempt_at", "pk")
                .select_for_update(**lock)
                .first()
            )
            if notification is None:
                break
            if not send_one(notification, now):
                failed += 1
                break
            sent += 1
    return sent, failed
