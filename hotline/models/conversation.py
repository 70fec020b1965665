"""The conversation with the person: the consultants' replies and the person's own
messages after the request (follow-ups). Internal notes and contact attempts are not
part of it (casework.py): the person never sees those."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..fields import EncryptedTextField, staff_user
from .casework import CaseRecord
from .choices import Direction, MessageVia
from .requests import ConsultationRequest


class ConversationMessage(CaseRecord):
    """One message between the hotline and the person, encrypted like the request.

    A reply is read by the person on the answers page, or sent by e-mail through the
    outbox. A follow-up is written by the person on the answers page, or copied in by
    a consultant from an e-mail or a call (then `author` is the consultant).
    """

    request = models.ForeignKey(
        ConsultationRequest, on_delete=models.CASCADE, related_name="messages"
    )
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices)
    via = models.CharField(_("via"), max_length=10, choices=MessageVia.choices)
    author = staff_user(_("written or recorded by"))
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    text = EncryptedTextField(_("text"), max_length=5000)
    # The rendering of the person's form it came from: sending the same form again (a
    # reload, a retry on a bad connection) finds this message instead of adding one.
    form_token = models.CharField(max_length=64, unique=True, null=True, editable=False)
    # When the e-mail went out (replies by e-mail), and when the person first saw the
    # reply on the answers page.
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    read_at = models.DateTimeField(_("read by the person"), null=True, blank=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "pk"]

    @property
    def is_reply(self):
        return self.direction == Direction.REPLY
