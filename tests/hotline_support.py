"""Helpers shared by the hotline tests (not a test module itself)."""

import re
import time
from html import unescape

from django.conf import settings
from django.middleware.csrf import _get_new_csrf_string
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext

from hotline.forms import issue_form_token

TOKEN_FIELD = re.compile(r'name="form_token" value="([^"]+)"')
REFERENCE = re.compile(r"LS-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}")


def browser_secret(client):
    """The CSRF secret of a test client's "browser", giving it one if it has none."""
    name = settings.CSRF_COOKIE_NAME
    if name not in client.cookies or len(client.cookies[name].value) != 32:
        client.cookies[name] = _get_new_csrf_string()
    return client.cookies[name].value


def form_token(client=None, age=60):
    """A token as the form would carry it for this client, rendered `age` seconds ago.

    Without a client, the token belongs to some other browser.
    """
    request = RequestFactory().get("/")
    request.META["CSRF_COOKIE"] = browser_secret(client) if client else _get_new_csrf_string()
    return issue_form_token(request, at=time.time() - age)


def valid_data(client, **overrides):
    data = {
        "topic": "employment",
        "country": "DE",
        "is_abroad": "on",
        "name": "Alesia Testname",
        "contact_channel": "email",
        "contact_value": "alesia.private@example.org",
        "may_call": "no",
        "safe_times": "weekdays after 18:00 secretword",
        "may_leave_message": "",
        "message": "My employer keeps my passport. Unique-message-marker-7731.",
        "consent": "on",
        "website": "",
        "form_token": form_token(client),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


PERSONAL_MARKERS = (
    "Alesia Testname",
    "alesia.private@example.org",
    "secretword",
    "Unique-message-marker-7731",
)


def token_in(html):
    match = TOKEN_FIELD.search(html)
    assert match, "the form carries a token"
    return match.group(1)


def set_contacts(site, **values):
    from pages.models import HotlineContacts

    contacts = HotlineContacts.for_site(site)
    defaults = {
        "phone_belarus": "8 801 100 8 801",
        "phone_abroad": "+375 17 000 00 01",
    }
    defaults.update(values)
    for key, value in defaults.items():
        setattr(contacts, key, value)
    contacts.save()
    return contacts


def text_of(response):
    return unescape(response.content.decode())


def in_language(language, msgid):
    """The message as a reader of that language sees it; ru/be must really be translated."""
    with translation.override(language):
        translated = gettext(msgid)
    if language != "en":
        assert translated != msgid, f"{msgid!r} has no {language} translation"
    return translated
