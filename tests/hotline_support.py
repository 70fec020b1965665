"""Helpers shared by the hotline tests (not a test module itself)."""

import re
import time
import uuid

from django.core import signing

from hotline.forms import FORM_TOKEN_SALT

TOKEN_FIELD = re.compile(r'name="form_token" value="([^"]+)"')
REFERENCE = re.compile(r"LS-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}")


def form_token(age=60):
    """A token as the form would carry it, rendered `age` seconds ago."""
    return signing.dumps({"id": uuid.uuid4().hex, "at": time.time() - age}, salt=FORM_TOKEN_SALT)


def valid_data(**overrides):
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
        "form_token": form_token(),
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
