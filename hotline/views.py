"""The public request form at /<lang>/hotline/ and its thank-you page.

How a send is handled, in order:

1. CSRF: Django's middleware. A form that fails the check (an expired cookie, a
   page kept open for days) comes back filled in with a request to send again;
   see `csrf_failure`.
2. Re-post: each rendering of the form carries a signed token (a UUID plus the
   render time). The token is stored uniquely on the request, so a reload, a
   double click or a retry over a bad connection finds the stored request and
   shows its thank-you page again; nothing new is created.
3. Bots: the form has a field hidden from people ("website"). A send with it
   filled gets the same-looking thank-you page with a made-up reference code
   and stores nothing, so nothing from such a bot reaches the consultants, and
   the bot cannot tell it was caught. A send sooner than HOTLINE_MIN_FILL_SECONDS
   after the form was shown (or with no valid token) stores nothing either: the
   form comes back with everything the person typed and a message asking them
   to check it and send again, so a fast person loses nothing.
4. Validation: every field has a size limit; errors are listed at the top of the
   form, each linking to its field.
5. Rate limit: HOTLINE_RATE_LIMIT sends per client address (see ratelimit.py).
   Over the limit the answer is HTTP 429 with the form still filled in and the
   hotline's phone numbers.
6. The request is stored; after the transaction commits the consultants get an
   e-mail without personal data. The browser is redirected (303) to the
   thank-you page, whose URL holds only a signed, expiring token.
"""

import logging
import time
import uuid

from django.conf import settings
from django.core import signing
from django.db import DatabaseError, IntegrityError, InterfaceError, transaction
from django.forms import BooleanField, RadioSelect
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.views.csrf import csrf_failure as django_csrf_failure
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from . import ratelimit, unavailable
from .forms import ConsultationRequestForm, issue_form_token, read_form_token
from .models import REFERENCE_ALPHABET, REFERENCE_PREFIX, ConsultationRequest, HotlineFormSettings
from .notifications import notify_new_request

logger = logging.getLogger(__name__)

THANKS_SALT = "hotline.thanks"
# The thank-you page stays reachable for a day: long enough for a reload on a bad
# connection, short enough that a watched phone's history does not keep it.
THANKS_MAX_AGE = 24 * 60 * 60

NOTICE_RESEND = "resend"
NOTICE_RATE_LIMITED = "rate_limited"
NOTICE_EXPIRED = "expired"


@never_cache
@sensitive_post_parameters()
def request_form(request):
    if request.method == "POST":
        try:
            return handle_send(request)
        # DB-API puts InterfaceError (a connection gone bad) beside DatabaseError, not under it.
        except (DatabaseError, InterfaceError) as error:
            return unavailable.database_failed(request, error)
    form = ConsultationRequestForm(initial={"form_token": issue_form_token()})
    return render_form(request, form)


def handle_send(request):
    data = request.POST.copy()
    token = read_form_token(data.get("form_token"))
    token_id = token[0] if token else None

    if token_id and ConsultationRequest.objects.filter(form_token=token_id).exists():
        return redirect_to_thanks(token_id)

    form = ConsultationRequestForm(data)
    if form.is_bot_trap_filled:
        logger.info("Hotline form: a send with the hidden field filled was discarded")
        return redirect_to_thanks(token_id or uuid.uuid4().hex)

    if token is None:
        # Not a form this site rendered (or a tampered one): give it a real token.
        data["form_token"] = issue_form_token()
        form = ConsultationRequestForm(data)
        form.is_valid()
        return render_form(request, form, notice=NOTICE_RESEND)

    valid = form.is_valid()
    if time.time() - token[1] < settings.HOTLINE_MIN_FILL_SECONDS:
        logger.info("Hotline form: a send faster than the minimum fill time was returned")
        return render_form(request, form, notice=NOTICE_RESEND)
    if not valid:
        return render_form(request, form)

    address = ratelimit.client_address(request)
    if ratelimit.is_limited(address):
        logger.warning("Hotline form: a send over the rate limit was returned")
        return render_form(request, form, notice=NOTICE_RATE_LIMITED, status=429)
    ratelimit.count_send(address)

    consultation_request = form.to_request(translation.get_language(), token_id)
    try:
        with transaction.atomic():
            consultation_request.save_new()
            transaction.on_commit(lambda: notify_new_request(consultation_request))
    except IntegrityError:
        # The same form sent twice at once: the other send stored it.
        if ConsultationRequest.objects.filter(form_token=token_id).exists():
            return redirect_to_thanks(token_id)
        raise
    return redirect_to_thanks(token_id)


def redirect_to_thanks(token_id):
    signed = signing.dumps(token_id, salt=THANKS_SALT)
    return HttpResponseRedirect(reverse("hotline:thanks", args=[signed]), status=303)


def decoy_reference(token_id):
    """A reference code for a discarded bot send: stable per token, never stored."""
    digest = salted_hmac("hotline.decoy", token_id).digest()
    chars = "".join(REFERENCE_ALPHABET[byte % len(REFERENCE_ALPHABET)] for byte in digest[:8])
    return f"{REFERENCE_PREFIX}-{chars[:4]}-{chars[4:]}"


@never_cache
def thanks(request, token):
    try:
        token_id = signing.loads(token, salt=THANKS_SALT, max_age=THANKS_MAX_AGE)
    except signing.BadSignature:
        return render(request, "hotline/thanks_expired.html", status=404)
    reference_code = (
        ConsultationRequest.objects.filter(form_token=token_id)
        .values_list("reference_code", flat=True)
        .first()
    ) or decoy_reference(str(token_id))
    return render(request, "hotline/thanks.html", {"reference_code": reference_code})


def csrf_failure(request, reason=""):
    """A hotline form that failed the CSRF check comes back filled in; others get Django's page."""
    try:
        is_hotline_form = resolve(request.path_info).view_name == "hotline:request"
    except Resolver404:
        is_hotline_form = False
    if not (is_hotline_form and request.method == "POST"):
        return django_csrf_failure(request, reason)
    data = request.POST.copy()
    if read_form_token(data.get("form_token")) is None:
        data["form_token"] = issue_form_token()
    form = ConsultationRequestForm(data)
    form.is_valid()
    logger.info("Hotline form: a send that failed the CSRF check was returned")
    return render_form(request, form, notice=NOTICE_EXPIRED, status=403)


def form_settings_for(request):
    try:
        return HotlineFormSettings.for_request(request)
    except Exception:  # no site matches the host: the defaults are fine
        logger.warning("Hotline form: no site settings for this host")
        return None


def error_summary(form):
    """(anchor, message) pairs for the summary above the form, in field order."""
    items = []
    for name, field in form.fields.items():
        errors = form.errors.get(name)
        if not errors:
            continue
        bound = form[name]
        anchor = bound.auto_id + ("_0" if isinstance(field.widget, RadioSelect) else "")
        # A checkbox's label is a whole sentence; its message says enough on its own.
        label = "" if isinstance(field, BooleanField) else bound.label
        for message in errors:
            items.append({"anchor": anchor, "label": label, "message": message})
    for message in form.non_field_errors():
        items.append({"anchor": "hotline-form", "label": "", "message": message})
    return items


def describe_fields(form):
    """Point each input at its hint and error message for screen readers."""
    for name, field in form.fields.items():
        if isinstance(field.widget, RadioSelect):
            continue  # the fieldset around the radios carries the description
        bound = form[name]
        ids = []
        if field.help_text:
            ids.append(f"{bound.auto_id}_hint")
        if form.is_bound and form.errors.get(name):
            ids.append(f"{bound.auto_id}_error")
            field.widget.attrs["aria-invalid"] = "true"
        if ids:
            field.widget.attrs["aria-describedby"] = " ".join(ids)


def privacy_url(request, form_settings):
    page = getattr(form_settings, "privacy_page", None)
    if page is None or not page.live:
        return ""
    return page.get_url(request=request) or ""


def render_form(request, form, notice=None, status=200):
    describe_fields(form)
    form_settings = form_settings_for(request)
    context = {
        "form": form,
        "errors": error_summary(form) if form.is_bound else [],
        "notice": notice,
        "form_settings": form_settings,
        "privacy_url": privacy_url(request, form_settings),
        "rate_limited": notice == NOTICE_RATE_LIMITED,
    }
    return render(request, "hotline/request_form.html", context, status=status)
