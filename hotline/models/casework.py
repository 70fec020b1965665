"""A consultant's work on a request: internal notes and the attempts to reach the person."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..fields import EncryptedTextField, staff_user
from .choices import ContactKind
from .requests import ConsultationRequest


class CaseRecord(models.Model):
    """Something a consultant records on a request. Named by the request's code and its
    own number only, since the audit log and breadcrumbs show the name."""

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.request.reference_code} #{self.pk}"


class InternalNote(CaseRecord):
    """A consultant's note on a request; never shown to the public."""

    request = models.ForeignKey(ConsultationRequest, on_delete=models.CASCADE, related_name="notes")
    author = staff_user(_("author"))
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    text = EncryptedTextField(_("note"), max_length=5000)

    class Meta:
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")
        ordering = ["created_at", "pk"]


class ContactAttempt(CaseRecord):
    """A call, a message or the person's reply, stamped with who recorded it and when.

    It holds no text: what was said belongs in an internal note, which is encrypted.
    """

    request = models.ForeignKey(
        ConsultationRequest, on_delete=models.CASCADE, related_name="contact_attempts"
    )
    kind = models.CharField(_("contact"), max_length=20, choices=ContactKind.choices)
    made_by = staff_user(_("recorded by"))
    made_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        verbose_name = _("contact attempt")
        verbose_name_plural = _("contact attempts")
        ordering = ["made_at", "pk"]
