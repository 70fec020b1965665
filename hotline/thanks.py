"""The thank-you page after sending: its address, and what it tells the person.

The address. It holds a signed random value and nothing else: not the form
token, not the reference code, not the row's number, nor anything derived from
a stored column. What the value leads to (the request, and the browser it was
sent from) is kept in the shared cache for THANKS_MAX_AGE, the page's whole
life, and nowhere else. A web server's access log therefore holds a value that,
once the day is over, matches no request at all, and never a purged one.

If the cache cannot keep the entry, the page is shown at once in answer to the
send itself: the person still gets their reference code.

What it tells. A person who says they are in danger now, or who is abroad, is
told to call now if they can: the emergency numbers of the country they chose
(from its country page, else from the numbering data, see
pages/tools/emergency_numbers.py), then the hotline's number that works from
abroad before the one in Belarus. No waiting time is promised for an urgent
request; others read the usual response time, an editable setting of the form.
"""

import logging
import re
import secrets
from html import unescape

from django.core import signing
from django.core.cache import cache
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.html import strip_tags

from pages.tools.destination import Destination, is_country

from .forms import FORM_TOKEN_MAX_AGE, browser_key, browser_key_now

logger = logging.getLogger(__name__)

THANKS_SALT = "hotline.thanks.link"
# The thank-you page stays reachable for a day: long enough for a reload on a bad
# connection, short enough that a watched phone's history does not keep it.
THANKS_MAX_AGE = 24 * 60 * 60
# A form sent again from a browser without the cookie of the first send shows the
# thank-you page only this soon after: the time a double click or a retry over a bad
# connection takes, not the day a token copied off the phone would be good for.
REPEAT_SECONDS = 10 * 60


def _cache_key(nonce):
    # A keyed hash, so that a look into the cache shows no address to open.
    return "hotline-thanks:" + salted_hmac(THANKS_SALT, nonce).hexdigest()


def issue_link(request, consultation):
    """The signed value for the thank-you address of `consultation`, or None when the
    cache could not keep what it leads to."""
    nonce = secrets.token_urlsafe(18)
    entry = {"pk": consultation.pk, "b": browser_key_now(request)}
    try:
        cache.set(_cache_key(nonce), entry, timeout=THANKS_MAX_AGE)
    except Exception as error:  # the cache being down must not lose the reference code
        logger.warning("Hotline thanks: the link was not stored (%s)", type(error).__name__)
        return None
    return signing.dumps(nonce, salt=THANKS_SALT)


def read_link(request, value):
    """The primary key of the request the link was issued for, in this browser and
    within the day; None for anything else, and when the cache cannot answer."""
    try:
        nonce = signing.loads(value, salt=THANKS_SALT, max_age=THANKS_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(nonce, str):
        return None
    try:
        entry = cache.get(_cache_key(nonce))
    except Exception as error:  # an unreachable cache reads as an expired page, never a 500
        logger.warning("Hotline thanks: the link could not be read (%s)", type(error).__name__)
        return None
    if not isinstance(entry, dict):
        return None
    key = browser_key(request)
    if not key or not constant_time_compare(str(entry.get("b", "")), key):
        return None
    return entry.get("pk")


def _sender_key(token_id):
    return "hotline-sender:" + salted_hmac(THANKS_SALT, token_id).hexdigest()


def remember_sender(request, token_id):
    """Note which browser sent the form with this token, for as long as the token lives,
    so that sending it again (a reload, a retry) shows that browser its thank-you page."""
    try:
        cache.set(_sender_key(token_id), browser_key_now(request), timeout=FORM_TOKEN_MAX_AGE)
    except Exception as error:  # without it a re-send is refused, the request is kept
        logger.warning("Hotline thanks: the sender was not noted (%s)", type(error).__name__)


def sent_from_this_browser(request, token_id, consultation):
    """True for a re-send of a stored request by the browser that sent it: the one
    holding the cookie its first send set, or, for a double click or a retry whose
    answer never arrived, a browser that has no cookie yet, within REPEAT_SECONDS."""
    key = browser_key(request)
    if not key:
        sent_ago = (timezone.now() - consultation.created_at).total_seconds()
        return sent_ago <= REPEAT_SECONDS
    try:
        noted = cache.get(_sender_key(token_id))
    except Exception as error:
        logger.warning("Hotline thanks: the sender could not be read (%s)", type(error).__name__)
        return False
    return isinstance(noted, str) and constant_time_compare(noted, key)


def urgent_context(consultation, country_page_for):
    """What the page shows a person in danger or abroad: their country's emergency
    numbers, the country page's own words first, and any number the numbering data
    adds that the page does not mention."""
    if not (consultation.is_urgent or consultation.is_abroad):
        return {"urgent_help": False}
    context = {"urgent_help": True, "destination": None, "more_numbers": ()}
    code = consultation.country or ""
    if is_country(code):
        destination = Destination(code.lower(), country_page_for(code))
        context["destination"] = destination
        if destination.page_numbers:
            said = unescape(strip_tags(str(destination.page_numbers)))
            context["more_numbers"] = tuple(
                number
                for number in destination.numbers
                if not re.search(rf"(?<!\d){number}(?!\d)", said)
            )
    return context


def response_time(form_settings, consultation):
    """The usual response time to promise, or "" (always "" for urgent requests)."""
    if consultation.is_urgent or form_settings is None:
        return ""
    return (form_settings.response_time or "").strip()
