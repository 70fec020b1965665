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


def history_length(tab):
    return tab.evaluate("history.length")


@pytest.mark.parametrize("language", LANGUAGES)
def test_shift_three_times_leaves_the_site_and_replaces_the_history_entry(tab, site, language):
    exit_url = settings.QUICK_EXIT_URL
    serve_neutral_site(tab, exit_url)
    open_page(tab, f"{site.url}/{language}/")
    open_page(tab, site.guide.urls[language])
    expect(tab.locator("[data-quick-exit]")).to_contain_text(LABELS[language])
    entries = history_length(tab)

    for _ in range(3):
        tab.keyboard.press("Shift")

    expect(tab).to_have_url(exit_url)
    expect(tab.locator("h1")).to_have_text("Weather today")
    # The guide's history entry was replaced, not added to: Back does not lead to it.
    assert history_length(tab) == entries
    tab.go_back()
    expect(tab).to_have_url(f"{site.url}/{language}/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_exit_the_page_is_hidden_at_once_with_a_loading_notice(tab, site, language):
    """What a reader sees while the neutral site is still on its way: nothing of this site.

    The request for the neutral site is cancelled, so the browser stays on the page
    in the state it shows until the neutral site arrives on a slow connection.
    """
    requested = []

    def never_arrives(route):
        requested.append(route.request.url)
        route.abort("aborted")

    tab.route(lambda url: url == settings.QUICK_EXIT_URL, never_arrives)
    open_page(tab, site.guide.urls[language])

    tab.locator("[data-quick-exit]").click()

    expect(tab.locator(".quick-exit-overlay")).to_be_visible()
    expect(tab.locator(".quick-exit-overlay")).to_have_text(LOADING[language])
    expect(tab.locator(".quick-exit-overlay")).to_have_attribute("role", "alert")
    for selector in ("main", "header", "footer", ".quick-exit"):
        expect(tab.locator(selector)).to_be_hidden()
    expect(tab).to_have_title(LOADING[language])
    assert requested == [settings.QUICK_EXIT_URL]


def test_shift_presses_more_than_five_seconds_apart_do_not_exit(tab, site):
    serve_neutral_site(tab, settings.QUICK_EXIT_URL)
    tab.clock.install()
    open_page(tab, site.guide.urls["en"])
    status = tab.locator("[data-quick-exit-status]")

    tab.keyboard.press("Shift")
    expect(status).to_have_text("Shift, press 2 more times to exit.")
    tab.keyboard.press("Shift")
    expect(status).to_have_text("Shift, press 1 more time to exit.")
    expect(tab.locator(".quick-exit__light.is-on")).to_have_count(2)
    tab.clock.fast_forward(5_100)
    expect(status).to_have_text("Exit this page expired.")
    expect(tab.locator(".quick-exit__light.is-on")).to_have_count(0)
    tab.keyboard.press("Shift")
    expect(tab).to_have_url(site.guide.urls["en"])
    expect(tab.locator("main")).to_be_visible()

    # Within five seconds of each other, the count goes on to an exit.
    tab.clock.fast_forward(4_000)
    tab.keyboard.press("Shift")
    tab.clock.fast_forward(4_000)
    tab.keyboard.press("Shift")
    expect(tab).to_have_url(settings.QUICK_EXIT_URL)


def test_shift_used_for_capital_letters_does_not_exit(tab, site):
    serve_neutral_site(tab, settings.QUICK_EXIT_URL)
    open_page(tab, site.views["search"]["en"].split("?")[0])
    field = tab.locator("main input[type='search'], main input[name='q']").first
    field.click()
    for letter in "ABC":
        tab.keyboard.press(f"Shift+{letter}")
    expect(field).to_have_value("ABC")
    expect(tab).to_have_url(re.compile(r"/en/search/"))
    expect(tab.locator("main")).to_be_visible()


def test_quick_exit_is_a_plain_link_without_javascript(open_tab, site):
    tab = open_tab(javascript=False)
    serve_neutral_site(tab, settings.QUICK_EXIT_URL)
    open_page(tab, site.views["hotline form"]["ru"])

    button = tab.locator("[data-quick-exit]")
    expect(button).to_have_attribute("href", settings.QUICK_EXIT_URL)
    button.click()

    expect(tab).to_have_url(settings.QUICK_EXIT_URL)
    expect(tab.locator("h1")).to_have_text("Weather today")


def test_back_forward_cache_does_not_bring_back_a_hidden_page(tab, site):
    """If the browser restores the page from its cache, it is readable, not blank."""
    serve_neutral_site(tab, settings.QUICK_EXIT_URL)
    open_page(tab, site.guide.urls["be"])
    tab.evaluate(
        "document.documentElement.classList.add('quick-exit-active');"
        "window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))"
    )
    expect(tab.locator("main")).to_be_visible()
