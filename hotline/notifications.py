"""The e-mail consultants get about each new request.

It carries the reference code, topic, urgency and the admin link only: e-mail
travels through servers we do not control, so nothing the person wrote goes in.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


def admin_url(consultation_request):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + consultation_request.get_admin_url()


def build_message(consultation_request):
    """Subject and body in the site's default language (the consultants' language)."""
    with translation.override(settings.LANGUAGE_CODE):
        urgency = _("URGENT: in danger now") if consultation_request.is_urgent else _("not urgent")
        subject_prefix = _("URGENT") + " " if consultation_request.is_urgent else ""
        subject = subject_prefix + _("New hotline request %(code)s") % {
            "code": consultation_request.reference_code
        }
        lines = [
            _("A new request has arrived on the hotline form."),
            "",
            _("Reference code: %(code)s") % {"code": consultation_request.reference_code},
            _("Topic: %(topic)s") % {"topic": consultation_request.get_topic_display()},
            _("Urgency: %(urgency)s") % {"urgency": urgency},
            "",
            _("Open it in the admin (sign-in required):"),
            admin_url(consultation_request),
        ]
    return subject, "\n".join(lines) + "\n"


def notify_new_request(consultation_request):
    """Send the notice; a failure is logged (code only) and never undoes the request."""
    recipients = settings.HOTLINE_NOTIFY_EMAILS
    if not recipients:
        return False
    subject, body = build_message(consultation_request)
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=False)
    except Exception as error:  # any mail failure: the request is stored, tell the log only
        logger.error(
            "Hotline notification for %s was not sent: %s",
            consultation_request.reference_code,
            error.__class__.__name__,
        )
        return False
    return True
