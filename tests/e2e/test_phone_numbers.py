"""The hotline's numbers in the header: a phone shows the one from abroad and the way
to the form without opening the menu, a desktop header stays short, and no phone
number is ever drawn on two lines."""

import re

import pytest
from playwright.sync_api import expect

from tests.support import LANGUAGES

from .helpers import every_page_type, open_page
from .test_hotline_form import fill_the_form

pytestmark = pytest.mark.e2e

PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1366, "height": 768}
HEADER_AT_MOST = 300
IN_BELARUS = {"ru": "По Беларуси", "be": "Па Беларусі", "en": "In Belarus"}
FROM_ABROAD = {"ru": "Из-за рубежа", "be": "З-за мяжы", "en": "From abroad"}


def in_first_screen(tab, locator, height):
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def sample_pages(site, language):
    """One page of every type a reader meets, the tools' results included."""
    pages = every_page_type(site, language)
    plan = site.examples["TripPlanPage"].urls[language]
    pages["trip plan"] = plan + "work/pl/"
    pages["trip plan, country without a page"] = plan + "work/th/"
    pages["wallet card"] = plan + "work/it/card/"
    check = site.examples["JobCheckPage"].urls[language]
    pages["job check result"] = check + "result/?q1=dont_know"
    return pages


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_phone_shows_the_number_from_abroad_and_the_form_without_the_menu(
    open_tab, site, language
):
    tab = open_tab(**PHONE)
    for name, url in every_page_type(site, language).items():
        open_page(tab, url)
        abroad = tab.locator(".hotline-bar a[href^='tel:']").filter(
            has_text=site.contacts["phone_abroad"]
        )
        form_link = tab.locator(".site-header__cta")
        for what, locator in (
            ("quick exit", tab.locator("[data-quick-exit]")),
            ("number from abroad", abroad),
            ("form link", form_link),
        ):
            assert in_first_screen(tab, locator, PHONE["height"]), f"{name}: {what}"
        expect(tab.locator(".main-menu")).to_be_hidden()
        expect(form_link).to_have_attribute("href", f"/{language}/hotline/")
        expect(tab.locator(".hotline-bar__abroad .hotline-bar__label")).to_have_text(
            FROM_ABROAD[language]
        )
        expect(tab.locator(".hotline-bar__main .hotline-bar__label")).to_have_text(
            IN_BELARUS[language]
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_desktop_header_takes_at_most_300_pixels(open_tab, site, language):
    tab = open_tab(**DESKTOP)
    tall = {}
    for name, url in sample_pages(site, language).items():
        open_page(tab, url)
        bottom = tab.locator(".site-header").evaluate("el => el.getBoundingClientRect().bottom")
        if bottom > HEADER_AT_MOST:
            tall[name] = round(bottom)
    assert tall == {}


def broken_numbers(tab):
    """Phone links of the page drawn on more than one line."""
    lines = tab.locator("a[href^='tel:']").evaluate_all(
        "els => els.filter(el => el.getClientRects().length).map(el => [el.textContent,"
        " new Set(Array.from(el.getClientRects(), r => Math.round(r.bottom))).size])"
    )
    return [text for text, count in lines if count > 1], len(lines)


@pytest.fixture
def quick_form(settings):
    # The form refuses sends faster than a person could type; a test types faster.
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    return settings


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_phone_link_breaks_across_lines_on_any_page_type(open_tab, site, quick_form, language):
    tab = open_tab(width=320, height=640)
    broken, seen = {}, 0
    for name, url in sample_pages(site, language).items():
        open_page(tab, url)
        for media in ("screen", "print"):
            tab.emulate_media(media=media)
            found, count = broken_numbers(tab)
            seen += count
            if found:
                broken[f"{name} ({media})"] = found
        tab.emulate_media(media="screen")
    # The thank-you page, after an urgent request from abroad.
    open_page(tab, site.views["hotline form"][language])
    fill_the_form(tab, language, "Browser test: where do I call?")
    tab.locator("input[name='is_urgent']").check()
    tab.locator(".hotline-form button[type='submit']").click()
    expect(tab).to_have_url(re.compile(rf"/{language}/hotline/thanks/"))
    found, count = broken_numbers(tab)
    seen += count
    if found:
        broken["thank-you page"] = found
    assert seen > 20
    assert broken == {}
