"""Reading admin pages as a person does: their links, forms and menu (not a test module)."""

import json
import re
from html import unescape
from html.parser import HTMLParser


class PageParser(HTMLParser):
    """Links (with their text) and forms (with their fields) of one admin page."""

    def __init__(self):
        super().__init__()
        self.links, self.forms = [], []
        self._link = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self._link = [attrs["href"], ""]
        elif tag == "form":
            self.forms.append({"action": attrs.get("action") or "", "fields": {}})
        elif tag in ("input", "select", "textarea") and self.forms and attrs.get("name"):
            self.forms[-1]["fields"][attrs["name"]] = attrs.get("value") or ""

    def handle_data(self, data):
        if self._link is not None:
            self._link[1] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            self.links.append((self._link[0], " ".join(self._link[1].split())))
            self._link = None


def parse(response):
    assert response.status_code == 200
    parser = PageParser()
    parser.feed(response.content.decode())
    return parser


def link_named(response, text):
    matches = [href for href, label in parse(response).links if label == text]
    assert matches, f"no link reads {text!r}"
    return unescape(matches[0])


def link_to(response, fragment):
    matches = [href for href, _label in parse(response).links if fragment in href]
    assert matches, f"no link leads to {fragment!r}"
    return unescape(matches[0])


def menu_urls(response):
    """Addresses in Wagtail's sidebar, which the admin draws from a JSON description."""
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        response.content.decode(),
        re.S,
    )
    assert props, "the admin page carries its menu"
    return re.findall(r'"url": "([^"]+)"', json.dumps(json.loads(props.group(1))))


def form_with(response, field_name, value=None):
    for form in parse(response).forms:
        fields = form["fields"]
        if field_name in fields and (value is None or fields[field_name] == value):
            return form
    raise AssertionError(f"no form has a {field_name!r} field")
