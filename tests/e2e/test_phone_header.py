"""The first screen on a phone: the page's own title shows, under a short header."""

import json

import pytest
from playwright.sync_api import expect

from tests.support import LANGUAGES

from .helpers import every_page_type, open_page
from .test_accessibility import axe_problems

pytestmark = pytest.mark.e2e

PHONE = {"width": 375, "height": 667}
# The first screen of a 375 × 667 phone, less room for the start of the title itself.
TITLE_STARTS_WITHIN = 400


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_shows_its_title_on_the_first_screen_of_a_phone(open_tab, site, language):
    tab = open_tab(**PHONE)
    assert {"HomePage", "GuidePage", "CountryPage", "StandardPage"} <= set(site.examples)
    low = {}
    for name, url in every_page_type(site, language).items():
        open_page(tab, url)
        box = tab.locator("h1").first.bounding_box()
        if box is None or box["y"] >= TITLE_STARTS_WITHIN:
            low[f"{name} {url}"] = box and round(box["y"])
    assert low == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_phone_header_keeps_quick_exit_main_number_languages_and_menu(open_tab, site, language):
    tab = open_tab(**PHONE)
    open_page(tab, site.guide.urls[language])
    for visible in ("[data-quick-exit]", ".language-switcher", ".site-menu__toggle"):
        expect(tab.locator(visible)).to_be_in_viewport()
    main_number = tab.locator(".hotline-bar__main a[href^='tel:']")
    expect(main_number).to_be_in_viewport()
    expect(main_number).to_have_text(site.contacts["phone_belarus"])
    # The main number takes one line.
    box = tab.locator(".hotline-bar__main").bounding_box()
    assert box and box["height"] < 50, box
    expect(tab.locator(".main-menu")).to_be_hidden()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menu_opens_without_javascript(open_tab, site, language):
    tab = open_tab(javascript=False, **PHONE)
    open_page(tab, site.guide.urls[language])
    menu = tab.locator(".main-menu")
    expect(menu).to_be_hidden()
    # The link to the form is outside the menu: a phone shows it with the menu closed.
    expect(tab.locator(".site-header__cta")).to_be_visible()

    tab.locator(".site-menu__toggle").click()

    expect(menu).to_be_visible()
    expect(tab.locator(".site-header__cta")).to_be_visible()
    expect(tab.locator(".hotline-bar")).to_contain_text(site.contacts["phone_abroad"])
    first_section = site.guide_trail[0]
    expect(
        menu.get_by_role("link", name=first_section.titles[language], exact=True)
    ).to_be_visible()


def test_the_menu_opens_from_the_keyboard_and_says_whether_it_is_open(open_tab, site):
    tab = open_tab(**PHONE)
    open_page(tab, site.guide.urls["en"])
    toggle = tab.get_by_role("group").get_by_text("Menu", exact=True)
    toggle.focus()
    tab.keyboard.press("Enter")
    expect(tab.locator(".site-menu")).to_have_attribute("open", "")
    expect(tab.locator(".main-menu")).to_be_visible()
    tab.keyboard.press("Enter")
    expect(tab.locator(".main-menu")).to_be_hidden()


def test_on_a_wide_screen_the_menu_is_open_without_a_toggle(open_tab, site):
    tab = open_tab(width=1280, height=800, javascript=False)
    open_page(tab, site.guide.urls["ru"])
    expect(tab.locator(".site-menu__toggle")).to_be_hidden()
    expect(tab.locator(".main-menu")).to_be_visible()
    expect(tab.locator(".site-header__cta")).to_be_visible()
    expect(tab.locator(".hotline-bar")).to_contain_text(site.contacts["phone_abroad"])


@pytest.mark.parametrize("menu_open", [False, True])
@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_serious_or_critical_problem_on_a_phone(open_tab, site, language, menu_open):
    tab = open_tab(**PHONE)
    found = {}
    for name, url in every_page_type(site, language).items():
        open_page(tab, url)
        if menu_open:
            tab.locator(".site-menu__toggle").click()
        blocking, _minor = axe_problems(tab)
        if blocking:
            found[f"{name} {url}"] = blocking
    assert found == {}, json.dumps(found, ensure_ascii=False, indent=1)
