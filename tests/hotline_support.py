"""Helpers shared by the hotline tests (not a test module itself)."""

import re
import time
from html import unescape
from html.parser import HTMLParser

from django.conf import settings
from django.middleware.csrf import _get_new_csrf_string
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


def form_token(age=60):
    """A token as the form would carry it, rendered `age` seconds ago."""
    return issue_form_token(at=time.time() - age)


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


def text_of(response):
    return unescape(response.content.decode())


def in_language(language, msgid):
    """The message as a reader of that language sees it; ru/be must really be translated."""
    with translation.override(language):
        translated = gettext(msgid)
    if language != "en":
        assert translated != msgid, f"{msgid!r} has no {language} translation"
    return translated


class FormReader(HTMLParser):
    """What a browser would send for one form of a page: hidden fields, ticked boxes and
    radios, chosen options, typed text; no submit button."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.data = {}
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button"):
            if attrs.get("type") in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data[name] = attrs.get("value", "on")
            else:
                self.data[name] = attrs.get("value", "")
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select] = attrs.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            if self._textarea:
                self.data[self._textarea] = self.data[self._textarea].lstrip("\n")
            self._textarea = None


def form_data(html, form_id):
    reader = FormReader(form_id)
    reader.feed(html)
    assert reader.data, f"the page has a form #{form_id}"
    return reader.data


def case_update(client, url, **changes):
    """Open the case screen and send its Update form as a consultant would: what the
    page shows, with `changes` made (None clears a field, as unticking a box does)."""
    page = client.get(url)
    assert page.status_code == 200
    data = form_data(page.content.decode(), "hotline-case-form")
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return client.post(url, data)
