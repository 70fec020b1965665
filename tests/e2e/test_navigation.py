"""A reader finds a guide from the home page, switches language and stays on it."""

import pytest
from playwright.sync_api import expect

from tests.support import LANGUAGES

from .helpers import open_page, path_of

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_to_a_guide_by_links_then_the_same_guide_in_another_language(tab, site, language):
    open_page(tab, f"{site.url}/{language}/")
    expect(tab.locator("html")).to_have_attribute("lang", language)

    for step in [*site.guide_trail, site.guide]:
        link = tab.locator(f'a[href="{path_of(step.urls[language])}"]:visible').first
        link.click()
        expect(tab).to_have_url(step.urls[language])
        expect(tab.locator("h1")).to_have_text(step.titles[language])

    for other in LANGUAGES:
        if other == language:
            continue
        tab.locator(f'.language-switcher a[hreflang="{other}"]').click()
        expect(tab).to_have_url(site.guide.urls[other])
        expect(tab.locator("html")).to_have_attribute("lang", other)
        expect(tab.locator("h1")).to_have_text(site.guide.titles[other])
        # The switcher names the current language, in that language, as the current one.
        expect(tab.locator(f'.language-switcher [aria-current][lang="{other}"]')).to_be_visible()
        tab.go_back()
        expect(tab).to_have_url(site.guide.urls[language])


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_reaches_skip_link_then_quick_exit_and_skips_to_content(tab, site, language):
    open_page(tab, site.guide.urls[language])

    tab.keyboard.press("Tab")
    skip = tab.locator(".skip-link")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box and box["y"] >= 0 and box["width"] >= 24 and box["height"] >= 24, box

    tab.keyboard.press("Tab")
    expect(tab.locator("[data-quick-exit]")).to_be_focused()

    tab.keyboard.press("Shift+Tab")
    tab.keyboard.press("Enter")
    expect(tab.locator("main")).to_be_focused()
    tab.keyboard.press("Tab")
    # The next stop is inside the page's own content, not the header.
    assert tab.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_focus_is_never_hidden_under_the_sticky_quick_exit_bar(tab, site):
    """Tab through a whole guide on a phone: every focused element shows below the bar."""
    tab.set_viewport_size({"width": 375, "height": 640})
    open_page(tab, site.guide.urls["ru"])
    hidden = []
    visited = 0
    for _ in range(300):
        tab.keyboard.press("Tab")
        state = tab.evaluate(
            """() => {
              const element = document.activeElement;
              if (!element || element === document.body) return null;
              const bar = document.querySelector('.quick-exit').getBoundingClientRect();
              const box = element.getBoundingClientRect();
              return {
                html: element.outerHTML.slice(0, 80),
                inBar: element.closest('.quick-exit') !== null,
                isSkipLink: element.classList.contains('skip-link'),
                top: box.top, bottom: box.bottom, barBottom: bar.bottom,
                viewport: window.innerHeight,
              };
            }"""
        )
        if state is None or (state["isSkipLink"] and visited):
            break  # focus left the page or came round again
        visited += 1
        below_bar = state["inBar"] or state["isSkipLink"] or state["top"] >= state["barBottom"]
        if not below_bar or state["bottom"] > state["viewport"]:
            hidden.append(state)
    assert visited > 20, "a guide has many links and controls to reach"
    assert hidden == []


@pytest.mark.parametrize("width", [320, 640])
def test_pages_reflow_without_sideways_scrolling(open_tab, site, width):
    """320 px wide phones, and 200 % zoom of a 1280 px window (a 640 px layout)."""
    tab = open_tab(width=width, height=800)
    wide = []
    urls = [example.urls["ru"] for example in site.examples.values()]
    urls += [site.views["hotline form"]["be"], site.views["search"]["en"]]
    for url in urls:
        open_page(tab, url)
        overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            wide.append((url, overflow))
    assert wide == []


def test_quick_exit_stays_on_screen_while_reading(tab, site):
    open_page(tab, site.guide.urls["en"])
    tab.set_viewport_size({"width": 375, "height": 640})
    tab.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    tab.wait_for_function("window.scrollY > 500")
    box = tab.locator("[data-quick-exit]").bounding_box()
    assert box is not None and 0 <= box["y"] < 80, box
    assert box["width"] >= 44 and box["height"] >= 44, box
