"""The answers page at /<lang>/hotline/answers/: a person who chose "answer me on this
site" reads the consultants' replies with the reference code and the secret key,
and writes back.

How it stays private on a phone someone else may pick up:

* Nothing in the URL, every answer `no-store` and `noindex`; opening the page sets
  no cookie. The page is a chain of POSTs, each checked for its origin as the
  request form's are (same_origin.py). Opening the conversation sets the CSRF
  cookie, until the browser closes; each rendering of the conversation carries a
  signed token in a hidden field, tied to this browser (a keyed hash of that
  cookie's secret) and to a server-side entry in the shared cache that lasts
  15 minutes from the last action. "Close and forget" deletes the entry, so the
  token of a page left in the history opens nothing afterwards.
* The sign-in form carries a one-time token: going back in the history and sending
  the code and key again (the browser keeps what it sent) opens nothing.
* Wrong keys: at most 5 per code and 20 per network (an IPv6 /64) an hour
  (ratelimit.py), then HTTP 429. A code that does not exist gets the same message,
  the same status and a key check against a decoy hash, so it takes as long.
* The key is stored as a password hash only (answer_keys.py).
"""

import uuid

from django import forms
from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.shortcuts import render
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters

from lastrada_site import client_ip

from . import conversation, ratelimit, same_origin
from .answer_keys import key_matches
from .forms import TrimmedCharField, browser_key, browser_key_now
from .linking import normalise_code
from .models import ConsultationRequest

SESSION_SALT = "hotline.answers.session"
ATTEMPT_SALT = "hotline.answers.attempt"
# The page closes itself after this long without a click.
IDLE_SECONDS = 15 * 60
# A sign-in form stays usable for an hour.
ATTEMPT_SECONDS = 60 * 60

NOTICE_CLOSED = "closed"
NOTICE_EXPIRED = "expired"
NOTICE_SENT = "sent"


def take_key_to_show(consultation):
    """The key, the first time the thank-you page asks for it; "" ever after."""
    with transaction.atomic():
        row = (
            ConsultationRequest.objects.select_for_update()
            .only("pk", "answer_key_to_show")
            .get(pk=consultation.pk)
        )
        key = row.answer_key_to_show
        if key:
            row.answer_key_to_show = ""
            row.save(update_fields=["answer_key_to_show"])
    return key


def thanks_context(consultation):
    """What the thank-you page's answer-key include needs."""
    if not consultation.answers_on_site:
        return {}
    return {"answers_on_site": True, "answer_key": take_key_to_show(consultation)}


class OpenForm(forms.Form):
    reference_code = forms.CharField(
        label=_("Reference code"),
        max_length=40,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
        error_messages={"required": _("Enter your reference code.")},
    )
    key = forms.CharField(
        label=_("Secret key"),
        help_text=_("The words you were given with the reference code."),
        max_length=200,
        strip=False,
        widget=forms.PasswordInput(
            attrs={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"}
        ),
        error_messages={"required": _("Enter your secret key.")},
    )
    attempt = forms.CharField(widget=forms.HiddenInput, required=False, max_length=300)
    # A message typed before the page closed itself comes back here, not lost.
    pending = TrimmedCharField(
        label=_("Your message, not sent yet"),
        help_text=_("It will be in the box below the answers, ready to send."),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class WriteForm(forms.Form):
    text = TrimmedCharField(
        label=_("Write to the consultant"),
        help_text=_("Up to 5,000 characters."),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write your message first.")},
    )


def issue_attempt():
    return signing.dumps({"id": uuid.uuid4().hex}, salt=ATTEMPT_SALT)


def use_attempt(value):
    """True once for each sign-in form this site gave in the last hour."""
    try:
        data = signing.loads(value or "", salt=ATTEMPT_SALT, max_age=ATTEMPT_SECONDS)
        attempt_id = uuid.UUID(hex=data["id"]).hex
    except (signing.BadSignature, KeyError, TypeError, ValueError, AttributeError):
        return False
    return cache.add(f"hotline:answers:attempt:{attempt_id}", 1, timeout=ATTEMPT_SECONDS + 60)


def session_entry(session_id):
    return f"hotline:answers:session:{session_id}"


def start_session(request, consultation):
    session_id = uuid.uuid4().hex
    cache.set(
        session_entry(session_id),
        {"request": consultation.pk, "b": browser_key_now(request)},
        timeout=IDLE_SECONDS,
    )
    return session_id


def session_token(session_id):
    """The hidden field of one rendering: the session, and a fresh id that the message
    written on this rendering keeps, so sending it twice stores it once."""
    return signing.dumps({"s": session_id, "m": uuid.uuid4().hex}, salt=SESSION_SALT)


def open_session(request, token):
    """(request, session id, message id) for a live session of this browser, else None;
    the session's 15 minutes start again."""
    try:
        data = signing.loads(token or "", salt=SESSION_SALT, max_age=IDLE_SECONDS)
        session_id, message_id = uuid.UUID(hex=data["s"]).hex, uuid.UUID(hex=data["m"]).hex
    except (signing.BadSignature, KeyError, TypeError, ValueError, AttributeError):
        return None
    entry = cache.get(session_entry(session_id))
    key = browser_key(request)
    if not entry or not key or not constant_time_compare(str(entry.get("b", "")), key):
        return None
    consultation = ConsultationRequest.objects.filter(pk=entry["request"]).first()
    if consultation is None or not consultation.answer_key_hash:
        return None
    cache.touch(session_entry(session_id), IDLE_SECONDS)
    return consultation, session_id, message_id


def render_open(request, form=None, notice=None, status=200, pending=""):
    """The sign-in page: `form` as it was sent, or a fresh one holding `pending`."""
    if form is None:
        form = OpenForm(initial={"attempt": issue_attempt(), "pending": pending})
    context = {"open_form": form, "notice": notice, "rate_limited": status == 429}
    return answer(request, "hotline/answers_open.html", context, status)


def render_conversation(request, consultation, session_id, form=None, notice=None, status=200):
    conversation.mark_read(consultation)
    context = {
        "consultation": consultation,
        "conversation": conversation.shown_to_the_person(consultation),
        "session": session_token(session_id),
        "write_form": form or WriteForm(),
        "notice": notice,
    }
    return answer(request, "hotline/answers_conversation.html", context, status)


def answer(request, template, context, status):
    response = render(request, template, context, status=status)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@csrf_exempt  # see same_origin.py: opening the page sets no cookie
@never_cache
@sensitive_post_parameters()
def answers(request):
    if request.method != "POST":
        return render_open(request)
    if same_origin.is_cross_site(request):
        # Another site's page: nothing it sent is read, not even which action.
        return render_open(request, notice=NOTICE_EXPIRED, status=403)
    action = request.POST.get("action")
    if action == "open":
        return sign_in(request)
    opened = open_session(request, request.POST.get("session"))
    if opened is None:
        # The page closed itself, or was closed: whatever was typed comes back with the
        # sign-in form, to be sent after signing in again.
        pending = request.POST.get("text", "") if action == "write" else ""
        return render_open(request, notice=NOTICE_EXPIRED, pending=pending)
    consultation, session_id, message_id = opened
    if action == "close":
        cache.delete(session_entry(session_id))
        return render_open(request, notice=NOTICE_CLOSED)
    if action == "write":
        return write(request, consultation, session_id, message_id)
    return render_conversation(request, consultation, session_id)


def sign_in(request):
    data = request.POST.copy()
    if not use_attempt(data.get("attempt")):
        # An old page from the history, sent again: nothing is checked.
        return render_open(request, notice=NOTICE_EXPIRED, pending=data.get("pending", ""))
    data["attempt"] = issue_attempt()
    form = OpenForm(data)
    if not form.is_valid():
        return render_open(request, form)
    code = normalise_code(form.cleaned_data["reference_code"])
    address = client_ip.client_address(request)
    if ratelimit.too_many_wrong_keys(code, address):
        form.add_error(None, _("Too many wrong keys. For your safety, try again in an hour."))
        return render_open(request, form, status=429)
    consultation = ConsultationRequest.objects.filter(reference_code=code).first()
    stored = consultation.answer_key_hash if consultation else ""
    if not key_matches(form.cleaned_data["key"], stored):
        ratelimit.count_wrong_key(code, address)
        form.add_error(None, _("The reference code or the key is not right. Check both."))
        return render_open(request, form)
    write_form = WriteForm(initial={"text": form.cleaned_data["pending"]})
    return render_conversation(
        request, consultation, start_session(request, consultation), form=write_form
    )


def write(request, consultation, session_id, message_id):
    form = WriteForm(request.POST)
    if not form.is_valid():
        return render_conversation(request, consultation, session_id, form=form)
    conversation.add_follow_up_from_site(consultation, form.cleaned_data["text"], message_id)
    return render_conversation(request, consultation, session_id, notice=NOTICE_SENT)
