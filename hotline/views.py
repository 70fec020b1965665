"""The public request form at /<lang>/hotline/ and its thank-you page.

How a send is handled, in order:

1. CSRF: Django's middleware. A form that fails the check comes back with a
   fresh token; what was typed is restored only when the post came from this
   site (an expired cookie, a page kept open for days). A post made by another
   site gets an empty form: nothing it planted is shown back. See `csrf_failure`.
2. Form token: each rendering of the form carries a signed token (a UUID, the
   render time and a keyed hash of this browser's CSRF secret) that expires
   after a day. A token from another browser, an old or a tampered one stores
   nothing: the form comes back with what was typed and a new token.
3. Re-post: the token's UUID is stored uniquely on the request, so a reload, a
   double click or a retry over a bad connection from the same browser finds
   the stored request and shows its thank-you page again; nothing new is made.
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
   (see thanks.py).
"""

import logging
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.db import DatabaseError, IntegrityError, InterfaceError, transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.views.csrf import csrf_failure as django_csrf_failure
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from lastrada_site import client_ip
from pages.tools.trip_plan_page import TripPlanPage

from . import answers, ratelimit, unavailable
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
NOTICE_EXPIRED = "expired"
NOTICE_NOT_SENT = "not_sent"
# Never shown back in a re-rendered form.
NOT_RESTORED_FIELDS = ("website", "form_token")


@never_cache
@sensitive_post_parameters()
def request_form(request):
    if request.method == "POST":
        try:
            return handle_send(request)
        # DB-API puts InterfaceError (a connection gone bad) beside DatabaseError, not under it.
        except (DatabaseError, InterfaceError, EncryptionKeyError) as error:
            return unavailable.storage_failed(request, error)
    initial = {"form_token": issue_form_token(request), **initial_topic(request.GET)}
    try:
        return render_form(request, ConsultationRequestForm(initial=initial))
    except (DatabaseError, InterfaceError) as error:
        return unavailable.form_without_database(
            request, ConsultationRequestForm(initial=initial), error
        )


def handle_send(request):
    data = request.POST.copy()
    token = read_form_token(request, data.get("form_token"))
    if token is None:
        # Not a form this site gave this browser in the last day: store nothing, and
        # give the text back with a token of this browser's own.
        data["form_token"] = issue_form_token(request)
        form = ConsultationRequestForm(data)
        form.is_valid()
        return render_form(request, form, notice=NOTICE_RESEND)
    token_id, rendered_at = token

    if ConsultationRequest.objects.filter(form_token=token_id).exists():
        return redirect_to_thanks(request, token_id)

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
        if ConsultationRequest.objects.filter(form_token=token_id).exists():
            return redirect_to_thanks(request, token_id)
        raise
    return redirect_to_thanks(request, token_id)


def redirect_to_thanks(request, token_id):
    consultation = ConsultationRequest.objects.get(form_token=token_id)
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


def posted_from_this_site(request):
    """True when the browser says the post came from a page of this site.

    Browsers send Origin with every form post (and Referer within the site, under
    our same-origin referrer policy); another site can set neither to ours.
    """
    here = f"{request.scheme}://{request.get_host()}"
    trusted = {here, *settings.CSRF_TRUSTED_ORIGINS}
    origin = request.META.get("HTTP_ORIGIN")
    if origin:
        return origin in trusted
    referer = urlsplit(request.META.get("HTTP_REFERER", ""))
    return bool(referer.netloc) and f"{referer.scheme}://{referer.netloc}" in trusted


def csrf_failure(request, reason=""):
    """A hotline form that failed the CSRF check comes back with a fresh token; others
    get Django's page.

    What was typed is shown again only when the post came from this site. A post
    from another site may carry a token, a filled trap or a contact address chosen
    by whoever made that page; showing any of it back would let them steer the
    person's real request, so that form comes back empty.
    """
    try:
        is_hotline_form = resolve(request.path_info).view_name == "hotline:request"
    except Resolver404:
        is_hotline_form = False
    if not (is_hotline_form and request.method == "POST"):
        return django_csrf_failure(request, reason)
    if posted_from_this_site(request):
        data = request.POST.copy()
        for name in NOT_RESTORED_FIELDS:
            data.pop(name, None)
        data["form_token"] = issue_form_token(request)
        form = ConsultationRequestForm(data)
        form.is_valid()
        notice = NOTICE_EXPIRED
    else:
        form = ConsultationRequestForm(initial={"form_token": issue_form_token(request)})
        notice = NOTICE_NOT_SENT
    logger.info("Hotline form: a send that failed the CSRF check was returned")
    return render_form(request, form, notice=notice, status=403)


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
