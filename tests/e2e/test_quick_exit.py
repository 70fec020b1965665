"""The quick exit, after GOV.UK's "Exit this page": button, Shift three times, no JS."""

import re

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.support import LANGUAGES

from .helpers import open_page, serve_neutral_site

pytestmark = pytest.mark.e2e

LOADING = {"ru": "Загрузка.", "be": "Загрузка.", "en": "Loading."}
LABELS = {
    "ru": "Быстро покинуть сайт",
    "be": "Хутка пакінуць сайт",
    "en": "Leave this site quickly",
}


def history_length(page):
    return page.evaluate("history.length")


@pytest.mark.parametrize("language", LANGUAGES)
def test_shift_three_times_leaves_the_site_and_replaces_the_history_entry(page, site, language):
    exit_url = settings.QUICK_EXIT_URL
    serve_neutral_site(page, exit_url)
    open_page(page, f"{site.url}/{language}/")
    open_page(page, site.guide.urls[language])
    expect(page.locator("[data-quick-exit]")).to_contain_text(LABELS[language])
    entries = history_length(page)

    for _ in range(3):
        page.keyboard.press("Shift")

    expect(page).to_have_url(exit_url)
    expect(page.locator("h1")).to_have_text("Weather today")
    # The guide's history entry was replaced, not added to: Back does not lead to it.
    assert history_length(page) == entries
    page.go_back()
    expect(page).to_have_url(f"{site.url}/{language}/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_exit_the_page_is_hidden_at_once_with_a_loading_notice(page, site, language):
    """What a reader sees while the neutral site is still on its way: nothing of this site.

    The request for the neutral site is cancelled, so the browser stays on the page
    in the state it shows until the neutral site arrives on a slow connection.
    """
    requested = []

    def never_arrives(route):
        requested.append(route.request.url)
        route.abort("aborted")

    page.route(lambda url: url == settings.QUICK_EXIT_URL, never_arrives)
    open_page(page, site.guide.urls[language])

    page.locator("[data-quick-exit]").click()

    expect(page.locator(".quick-exit-overlay")).to_be_visible()
    expect(page.locator(".quick-exit-overlay")).to_have_text(LOADING[language])
    expect(page.locator(".quick-exit-overlay")).to_have_attribute("role", "alert")
    for selector in ("main", "header", "footer", ".quick-exit"):
        expect(page.locator(selector)).to_be_hidden()
    expect(page).to_have_title(LOADING[language])
    assert requested == [settings.QUICK_EXIT_URL]


def test_shift_presses_more_than_five_seconds_apart_do_not_exit(page, site):
    serve_neutral_site(page, settings.QUICK_EXIT_URL)
    page.clock.install()
    open_page(page, site.guide.urls["en"])
    status = page.locator("[data-quick-exit-status]")

    page.keyboard.press("Shift")
    expect(status).to_have_text("Shift, press 2 more times to exit.")
    page.keyboard.press("Shift")
    expect(status).to_have_text("Shift, press 1 more time to exit.")
    expect(page.locator(".quick-exit__light.is-on")).to_have_count(2)
    page.clock.fast_forward(5_100)
    expect(status).to_have_text("Exit this page expired.")
    expect(page.locator(".quick-exit__light.is-on")).to_have_count(0)
    page.keyboard.press("Shift")
    expect(page).to_have_url(site.guide.urls["en"])
    expect(page.locator("main")).to_be_visible()

    # Within five seconds of each other, the count goes on to an exit.
    page.clock.fast_forward(4_000)
    page.keyboard.press("Shift")
    page.clock.fast_forward(4_000)
    page.keyboard.press("Shift")
    expect(page).to_have_url(settings.QUICK_EXIT_URL)


def test_shift_used_for_capital_letters_does_not_exit(page, site):
    serve_neutral_site(page, settings.QUICK_EXIT_URL)
    open_page(page, site.views["search"]["en"].split("?")[0])
    field = page.locator("main input[type='search'], main input[name='q']").first
    field.click()
    for letter in "ABC":
        page.keyboard.press(f"Shift+{letter}")
    expect(field).to_have_value("ABC")
    expect(page).to_have_url(re.compile(r"/en/search/"))
    expect(page.locator("main")).to_be_visible()


def test_quick_exit_is_a_plain_link_without_javascript(make_page, site):
    page = make_page(javascript=False)
    serve_neutral_site(page, settings.QUICK_EXIT_URL)
    open_page(page, site.views["hotline form"]["ru"])

    button = page.locator("[data-quick-exit]")
    expect(button).to_have_attribute("href", settings.QUICK_EXIT_URL)
    button.click()

    expect(page).to_have_url(settings.QUICK_EXIT_URL)
    expect(page.locator("h1")).to_have_text("Weather today")


def test_back_forward_cache_does_not_bring_back_a_hidden_page(page, site):
    """If the browser restores the page from its cache, it is readable, not blank."""
    serve_neutral_site(page, settings.QUICK_EXIT_URL)
    open_page(page, site.guide.urls["be"])
    page.evaluate(
        "document.documentElement.classList.add('quick-exit-active');"
        "window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))"
    )
    expect(page.locator("main")).to_be_visible()
