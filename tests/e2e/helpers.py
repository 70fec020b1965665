"""Small helpers shared by the browser tests."""

import re
from urllib.parse import urlsplit

from playwright.sync_api import expect

from tests.staff_support import PASSWORD

# What the quick exit's neutral site looks like in the tests: answered locally, so
# the test never contacts another host.
NEUTRAL_PAGE = "<!doctype html><html lang='en'><title>Weather</title><h1>Weather today</h1></html>"


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def open_page(tab, url):
    response = tab.goto(url)
    assert response is not None and response.status == 200, f"{url}: {response and response.status}"
    return response


def serve_neutral_site(tab, exit_url):
    """Answer the quick exit's neutral site with a local page."""

    def answer(route):
        route.fulfill(status=200, content_type="text/html", body=NEUTRAL_PAGE)

    tab.route(lambda url: url == exit_url, answer)


def log_in(tab, site, username):
    """Sign `username` in with the staff password and wait for the dashboard."""
    tab.goto(site.url + "/admin/login/")
    tab.locator("input[name='username']").fill(username)
    tab.locator("input[name='password']").fill(PASSWORD)
    tab.locator("form button[type='submit']").click()
    expect(tab).to_have_url(re.compile(r"/admin/$"))


def every_page_type(site, language):
    """One live page of every page type of the demo site, and the two public views."""
    urls = {name: example.urls[language] for name, example in site.examples.items()}
    urls["hotline form"] = site.views["hotline form"][language]
    urls["search results"] = site.views["search"][language]
    return urls
