"""The consultants' admin walked by following what the pages offer, never by typing URLs.

Each step takes its next address from the page a person is looking at (a menu
entry, a link, a form's action), so a screen that nobody can reach fails here.
"""

import json
import re
from html import unescape
from html.parser import HTMLParser

import pytest
from wagtail.models import ModelLogEntry

from tests.hotline_support import in_language, text_of
from tests.test_hotline_admin import make_request, people  # noqa: F401


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


def request_list_from_menu(client):
    urls = [url for url in menu_urls(client.get("/admin/")) if url.endswith("/requests/")]
    assert len(urls) == 1, "the Hotline menu has one entry for the requests"
    return urls[0]


@pytest.mark.django_db
def test_a_consultant_finds_a_request_by_its_code_opens_it_and_changes_its_status(
    client,
    people,  # noqa: F811
):
    wanted = make_request(reference_code="LS-FIND-ME22")
    make_request(reference_code="LS-OTHR-0001")
    client.force_login(people["consultant"])

    list_url = request_list_from_menu(client)
    search = form_with(client.get(list_url), "q")
    found = client.get(search["action"] or list_url, {"q": wanted.reference_code})
    assert "LS-OTHR-0001" not in found.content.decode()

    detail = client.get(link_named(found, wanted.reference_code))
    assert wanted.reference_code in text_of(detail)
    handling = form_with(detail, "action", "handle")
    saved = client.post(
        handling["action"] or detail.request["PATH_INFO"],
        {"action": "handle", "status": "in_progress", "assignee": ""},
        follow=True,
    )
    assert in_language("ru", "Request %(code)s updated.") % {"code": "LS-FIND-ME22"} in text_of(
        saved
    )
    wanted.refresh_from_db()
    assert wanted.status == "in_progress"
    assert ModelLogEntry.objects.filter(action="hotline.change", object_id=wanted.pk).exists()

    history = client.get(link_named(saved, in_language("ru", "History (audit log)")))
    assert "Изменено: статус Новое → В работе" in text_of(history)
    back = client.get(link_named(saved, in_language("ru", "Back to all requests")))
    assert wanted.reference_code in text_of(back)


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["consultant", "superuser"])
def test_every_row_of_the_list_opens_its_request(client, people, who):  # noqa: F811
    requests = [make_request(), make_request(is_urgent=True), make_request(status="waiting")]
    client.force_login(people[who])
    listing = client.get(request_list_from_menu(client))
    for obj in requests:
        detail = client.get(link_named(listing, obj.reference_code))
        assert detail.status_code == 200
        assert in_language("ru", "Request %(code)s") % {"code": obj.reference_code} in text_of(
            detail
        )


@pytest.mark.django_db
@pytest.mark.parametrize("spreadsheet_format", ["csv", "xlsx"])
def test_exports_are_offered_from_the_list(client, people, spreadsheet_format):  # noqa: F811
    make_request()
    client.force_login(people["consultant"])
    listing = client.get(request_list_from_menu(client))
    response = client.get(link_to(listing, f"export={spreadsheet_format}"))
    assert response.status_code == 200
    assert b"".join(response.streaming_content)
    assert ModelLogEntry.objects.filter(action="hotline.export").count() == 1


@pytest.mark.django_db
def test_statistics_and_their_csv_are_reached_from_the_menu(client, people):  # noqa: F811
    make_request()
    client.force_login(people["consultant"])
    [stats_url] = [url for url in menu_urls(client.get("/admin/")) if "statistics" in url]
    stats = client.get(stats_url)
    assert in_language("ru", "Hotline statistics") in text_of(stats)
    response = client.get(link_to(stats, "/csv/"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["editor", "moderator"])
def test_editors_and_moderators_are_offered_no_way_to_requests(client, people, who):  # noqa: F811
    make_request()
    client.force_login(people[who])
    urls = menu_urls(client.get("/admin/"))
    assert urls, "they have a menu"
    assert not [url for url in urls if "/admin/hotline/" in url]
