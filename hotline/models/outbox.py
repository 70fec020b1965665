"""The outbox: notices to the consultants, and replies to people who chose e-mail."""

from django.db import models
from django.utils import timezone

from .conversation import ConversationMessage
from .requests import ConsultationRequest


class OutgoingKind(models.TextChoices):
    NEW_REQUEST = "new_request", "new request"
    FOLLOW_UP = "follow_up", "the person wrote back"
    REPLY = "reply", "reply to the person"


class OutgoingNotification(models.Model):
    """An e-mail, kept until it is delivered: to the consultants about a new request or
    a person's follow-up, or a consultant's reply to the person.

    It is written in the same transaction as the request, so a request never
    exists without its notice, and it is sent by `manage.py
    send_hotline_notifications`, never while the person waits for the form to
    answer: a slow or broken mail server can't delay or lose a request. The row
    names the request (and a reply's message) only; the e-mail is built when it is
    sent, from the encrypted conversation, so the row holds no text and no address.
    """

    request = models.ForeignKey(
        ConsultationRequest, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(
        max_length=20, choices=OutgoingKind.choices, default=OutgoingKind.NEW_REQUEST
    )
    message = models.ForeignKey(
        ConversationMessage, on_delete=models.CASCADE, null=True, related_name="deliveries"
    )
    created_at = models.DateTimeField(default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    # The class of the last error (e.g. "SMTPServerDisconnected"), never its text,
    # which may quote addresses.
    last_error = models.CharField(max_length=100, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["next_attempt_at", "pk"]

    def __str__(self):
        return f"{self.request.reference_code} {self.kind}"
