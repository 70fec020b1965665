"""The public request form at /<lang>/hotline/ and its thank-you page.

Opening the form sets no cookie. How a send is handled, in order:

1. Origin: a POST the browser says came from another site gets an empty form
   (HTTP 403): nothing that page planted is shown back (see same_origin.py, which
   stands in for Django's CSRF check, as that needs a cookie before the first POST).
2. Form token: each rendering of the form carries a signed token (a UUID and the
   render time) that expires after a day. An old or a tampered one stores
   nothing: the form comes back with what was typed and a new token.
3. Re-post: the token's UUID is stored uniquely on the request, so a reload, a
   double click or a retry over a bad connection finds the stored request and,
   in the browser that sent it, shows its thank-you page again; nothing new is
   made (see thanks.sent_from_this_browser). Another browser gets the form back
   with a new token.
4. Speed: a send sooner than HOTLINE_MIN_FILL_SECONDS after the form was shown
   is returned with everything typed and a request to send it again.
5. Validation: every field has a size limit; errors are listed at the top of the
   form, each linking to its field.
6. Rate limit: HOTLINE_RATE_LIMIT sends per client address (see ratelimit.py).
   Over the limit the answer is HTTP 429 with the form still filled in and the
   hotline's phone numbers.
7. Bot trap: the form has a field hidden from people ("website"). It is looked
   at only after all of the above: a valid send with it filled is stored as
   suspected spam, out of the main queue and without a notice, because browser
   autofill fills it for real people too. The sender sees the usual thank-you
   page, so a bot learns nothing.
8. The request and its notice to the consultants (see notifications.py) are
   stored in one transaction. If the database fails (or the encryption keys are
   unusable), the person gets HTTP 503 with everything they typed and the
   hotline's numbers, from a page that needs no database (see unavailable.py).
   Otherwise the browser is redirected (303) to the thank-you page, whose URL
   holds only a signed random value that works in this browser only, for a day
   (see thanks.py). The answer to that send sets the site's one cookie (Django's
   CSRF cookie, until the browser closes) that the thank-you page is tied to.
"""

import logging
import time

from django.conf import settings
from django.db import DatabaseError, IntegrityError, InterfaceError, transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters

from lastrada_site import client_ip
from pages.tools.trip_plan_page import TripPlanPage

from . import answers, ratelimit, same_origin, unavailable
from . import thanks as thanks_link
from .encryption import EncryptionKeyError
from .forms import (
    ConsultationRequestForm,
    initial_topic,
    issue_form_token,
    read_form_token,
)
from .models import ConsultationRequest, HotlineFormSettings, Status
from .notifications import queue_notification

logger = logging.getLogger(__name__)

NOTICE_RESEND = "resend"
NOTICE_RATE_LIMITED = "rate_limited"
NOTICE_NOT_SENT = "not_sent"


@csrf_exempt  # see same_origin.py: the form's page sets no cookie
@never_cache
@sensitive_post_parameters()
def request_form(request):
    if request.method == "POST":
        if same_origin.is_cross_site(request):
            return refuse_cross_site(request)
        try:
            return handle_send(request)
        # DB-API puts InterfaceError (a connection gone bad) beside DatabaseError, not under it.
        except (DatabaseError, InterfaceError, EncryptionKeyError) as error:
            return unavailable.storage_failed(request, error)
    initial = {"form_token": issue_form_token(), **initial_topic(request.GET)}
    try:
        return render_form(request, ConsultationRequestForm(initial=initial))
    except (DatabaseError, InterfaceError) as error:
        return unavailable.form_without_database(
            request, ConsultationRequestForm(initial=initial), error
        )


def handle_send(request):
    data = request.POST.copy()
    token = read_form_token(data.get("form_token"))
    if token is None:
        # Not a form this site gave in the last day: store nothing, and give the text
        # back with a new token.
        return resend(request, data)
    token_id, rendered_at = token

    sent = ConsultationRequest.objects.filter(form_token=token_id).first()
    if sent is not None:
        return repeated_send(request, data, sent, token_id)

    form = ConsultationRequestForm(data)
    valid = form.is_valid()
    if time.time() - rendered_at < settings.HOTLINE_MIN_FILL_SECONDS:
        logger.info("Hotline form: a send faster than the minimum fill time was returned")
        return render_form(request, form, notice=NOTICE_RESEND)
    if not valid:
        return render_form(request, form)

    address = client_ip.client_address(request)
    if ratelimit.is_limited(address):
        logger.warning("Hotline form: a send over the rate limit was returned")
        return render_form(request, form, notice=NOTICE_RATE_LIMITED, status=429)
    ratelimit.count_send(address)

    consultation_request = form.to_request(translation.get_language(), token_id)
    try:
        with transaction.atomic():
            consultation_request.save_new()
            if consultation_request.status == Status.SUSPECTED_SPAM:
                logger.info("Hotline form: a send with the hidden field filled was kept as spam")
            else:
                queue_notification(consultation_request)
    except IntegrityError:
        # The same form sent twice at once: the other send stored it.
        sent = ConsultationRequest.objects.filter(form_token=token_id).first()
        if sent is not None:
            return repeated_send(request, data, sent, token_id)
        raise
    thanks_link.remember_sender(request, token_id)
    return redirect_to_thanks(request, consultation_request)


def resend(request, data):
    data["form_token"] = issue_form_token()
    form = ConsultationRequestForm(data)
    form.is_valid()
    return render_form(request, form, notice=NOTICE_RESEND)


def repeated_send(request, data, sent, token_id):
    """A form sent again: its thank-you page for the browser that sent it; for any
    other, the text back with a new token, and nothing about the stored request."""
    if not thanks_link.sent_from_this_browser(request, token_id, sent):
        return resend(request, data)
    thanks_link.remember_sender(request, token_id)
    return redirect_to_thanks(request, sent)


def redirect_to_thanks(request, consultation):
    link = thanks_link.issue_link(request, consultation)
    if link is None:
        # Without a stored link the page is shown here: the reference code is not lost.
        return render_thanks(request, consultation)
    return HttpResponseRedirect(reverse("hotline:thanks", args=[link]), status=303)


@never_cache
def thanks(request, token):
    """The reference code, for the browser that sent the form, for a day."""
    try:
        pk = thanks_link.read_link(request, token)
        consultation = pk and ConsultationRequest.objects.filter(pk=pk).first()
        if not consultation or consultation.is_erased:
            return render(request, "hotline/thanks_expired.html", status=404)
        return render_thanks(request, consultation)
    except (DatabaseError, InterfaceError) as error:
        # The database gone: the page still answers, with the numbers to call.
        return unavailable.thanks_without_database(request, error)


def render_thanks(request, consultation):
    form_settings = form_settings_for(request)
    context = {
        "reference_code": consultation.reference_code,
        "consultation": consultation,
        "response_time": thanks_link.response_time(form_settings, consultation),
        **thanks_link.urgent_context(consultation, TripPlanPage.country_for),
        **answers.thanks_context(consultation),
    }
    return render(request, "hotline/thanks.html", context)


def refuse_cross_site(request):
    """A send another site's page made: an empty form, so that nothing it chose (a
    contact address, a filled trap) can steer the person's real request."""
    logger.info("Hotline form: a send made by another site was refused")
    form = ConsultationRequestForm(initial={"form_token": issue_form_token()})
    return render_form(request, form, notice=NOTICE_NOT_SENT, status=403)


def form_settings_for(request):
    try:
        return HotlineFormSettings.for_request(request)
    except Exception:  # no site matches the host: the defaults are fine
        logger.warning("Hotline form: no site settings for this host")
        return None


def privacy_url(request, form_settings):
    page = getattr(form_settings, "privacy_page", None)
    if page is None or not page.live:
        return ""
    return page.get_url(request=request) or ""


def render_form(request, form, notice=None, status=200):
    form.describe_fields()
    form_settings = form_settings_for(request)
    context = {
        "form": form,
        "errors": form.error_summary(),
        "notice": notice,
        "form_settings": form_settings,
        "privacy_url": privacy_url(request, form_settings),
        "rate_limited": notice == NOTICE_RATE_LIMITED,
    }
    return render(request, "hotline/request_form.html", context, status=status)
