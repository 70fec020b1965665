"""The request form and its pages while the database fails.

The form page opens with a notice and the hotline's numbers; the thank-you page
says the request was stored and gives the numbers; a send that cannot be stored
gets HTTP 503, and whatever the person typed comes back in the form (the same form token, so
pressing "Send request" again once the database is back stores the request
once), with the hotline's numbers from their copy outside the database. Nothing
here may touch the database: not the menu, not the site, not its settings.
"""

import logging

from django.shortcuts import render

from pages import contacts_copy

from .encryption import EncryptionKeyError
from .forms import ConsultationRequestForm
from .outage_log import LOGGED_HERE

logger = logging.getLogger(__name__)

# The hidden field that catches bots is never sent back, so a bot gets nothing
# to learn from and a person's browser cannot refill it.
NOT_RETURNED = {"website"}
RETRY_AFTER_SECONDS = 120


def storage_failed(request, error):
    """The 503 page for a send that could not be stored: the database failed, or the
    encryption keys are unusable (a deployment error the person must not pay for)."""
    # Only the kind of error: its text may quote the values that were being stored.
    if isinstance(error, EncryptionKeyError):
        logger.error(
            "Hotline form: a request could not be stored: HOTLINE_ENCRYPTION_KEYS is missing "
            "or not a valid key"
        )
    else:
        logger.error(
            "Hotline form: the database failed while a request was sent (%s)",
            type(error).__name__,
        )
    return outage_page(request, "hotline/request_unavailable.html", form_as_sent(request.POST))


def form_without_database(request, form, error):
    """The form page, opened while the database fails: the form and the numbers to call."""
    logger.error(
        "Hotline form: the database failed while the form was shown (%s)", type(error).__name__
    )
    form.describe_fields()
    context = {"form": form, "contacts": contacts_copy.for_request(request)}
    return render(request, "hotline/request_form_offline.html", context)


def thanks_without_database(request, error):
    """The thank-you page while the database fails: stored, but no code to show."""
    logger.error(
        "Hotline form: the database failed while a thank-you page was shown (%s)",
        type(error).__name__,
    )
    return outage_page(request, "hotline/thanks_unavailable.html")


def outage_page(request, template, form=None):
    """A 503 answer with the hotline's numbers, logged here in its own line."""
    context = {"form": form, "contacts": contacts_copy.for_request(request)}
    response = render(request, template, context, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    setattr(request, LOGGED_HERE, True)
    return response


def form_as_sent(data):
    """The form showing what was typed, without judging it: the send never got that far."""
    typed = {name: data.get(name) for name in data if name not in NOT_RETURNED}
    form = ConsultationRequestForm(initial=typed)
    form.describe_fields()
    return form
