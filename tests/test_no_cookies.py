"""A reader who only reads gets no cookie: a crawl of the demo site in every language,
the request form's and the answers page's own pages included, finds no Set-Cookie.
The one cookie, the CSRF cookie, comes with the answer to a send of the form."""

import re
from collections import deque
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from pages.models import JobCheckPage, TripPlanPage
from tests.hotline_support import token_in, valid_data
from tests.support import LANGUAGES

LINK = re.compile(r'(?:href|action)="([^"]*)"')
NOT_PAGES = ("/static/", "/media/", "/documents/", f"/{settings.ADMIN_URL_PATH}", "/django-admin/")
MAX_PAGES = 3000


def links_of(url, html):
    for raw in LINK.findall(html):
        link = urljoin(url, unescape(raw))
        parts = urlsplit(link)
        if parts.netloc not in ("", "testserver") or not parts.path.startswith("/"):
            continue
        if parts.path.startswith(NOT_PAGES) or parts.path.endswith((".pdf", ".png", ".jpg")):
            continue
        yield parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(client, starts):
    """Every page reachable from `starts`, each fetched by a browser with no cookie."""
    seen, queue, cookies, statuses = set(starts), deque(starts), {}, {}
    while queue and len(seen) < MAX_PAGES:
        url = queue.popleft()
        client.cookies.clear()
        response = client.get(url)
        statuses[url] = response.status_code
        if response.cookies:
            cookies[url] = sorted(response.cookies)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        for link in links_of(url, response.content.decode()):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return cookies, statuses


@pytest.mark.slow
@pytest.mark.django_db
def test_reading_every_public_page_sets_no_cookie(demo_site, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client = Client(raise_request_exception=False)
    starts = ["/", *(f"/{language}/" for language in LANGUAGES)]
    # The tools' results, reached by their GET forms rather than by links.
    for language in LANGUAGES:
        with translation.override(language):
            plan = TripPlanPage.objects.live().first().url
            check = JobCheckPage.objects.live().first().url
        starts += [plan + "work/pl/", plan + "study/th/card/", check + "result/?q1=dont_know"]
        starts.append(f"/{language}/hotline/answers/")
    cookies, statuses = crawl(client, starts)

    assert cookies == {}
    assert len(statuses) > 100
    assert not [url for url, status in statuses.items() if status >= 500]
    for language in LANGUAGES:
        assert statuses.get(f"/{language}/hotline/") == 200
        assert statuses.get(f"/{language}/hotline/answers/") == 200


@pytest.mark.django_db
def test_the_root_chooses_the_language_by_accept_language_and_remembers_nothing(home_page):
    client = Client()
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="be")
    assert response["Location"] == "/be/" and not response.cookies
    response = client.get("/en/", HTTP_ACCEPT_LANGUAGE="be")
    assert response.status_code == 200 and not response.cookies
    # Reading English leaves nothing behind: `/` still follows the browser.
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="be")["Location"] == "/be/"


@pytest.mark.django_db
def test_sending_the_form_sets_only_the_csrf_cookie(home_page, settings):
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    client = Client()
    shown = client.get("/ru/hotline/")
    assert not shown.cookies
    response = client.post("/ru/hotline/", valid_data(form_token=token_in(shown.content.decode())))
    assert response.status_code == 303
    assert sorted(response.cookies) == [settings.CSRF_COOKIE_NAME]
    thanks = client.get(response["Location"])
    assert not thanks.cookies
