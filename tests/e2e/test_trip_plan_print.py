"""The trip plan and its wallet card in Chromium: on paper (page count, card size),
on a phone, and for axe."""

import re

import pytest

from tests.support import LANGUAGES

from .helpers import open_page
from .test_accessibility import axe_problems

pytestmark = pytest.mark.e2e

# CSS pixels are 1/96 inch: the ID-1 card format (bank cards) in pixels.
MM = 96 / 25.4
CARD_WIDTH, CARD_HEIGHT = 85.6 * MM, 54 * MM
PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def plan_url(site, language, path="work/pl/"):
    return site.examples["TripPlanPage"].urls[language] + path


def printed_pages(tab):
    tab.emulate_media(media="print")
    return len(PAGE_OBJECT.findall(tab.pdf(format="A4", print_background=True)))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("purpose", ["work", "study", "marriage", "tourism"])
def test_the_plan_for_poland_prints_on_at_most_two_a4_pages(tab, site, language, purpose):
    open_page(tab, plan_url(site, language, f"{purpose}/pl/"))

    assert 1 <= printed_pages(tab) <= 2
    # On paper: the plan, without the site's header, menu or footer.
    assert not tab.locator(".site-header").is_visible()
    assert not tab.locator(".site-footer").is_visible()
    assert tab.locator(".trip-plan .checklist li").count() >= 8
    assert site.contacts["phone_abroad"] in tab.locator(".trip-plan").inner_text()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("purpose", ["work", "marriage"])
def test_the_plan_without_a_country_page_prints_too(tab, site, language, purpose):
    open_page(tab, plan_url(site, language, f"{purpose}/th/"))

    assert 1 <= printed_pages(tab) <= 2
    numbers = tab.locator(".trip-plan__emergency").inner_text()
    assert "191" in numbers and "1669" in numbers


def phone_numbers_on_one_line(tab):
    """Every phone number of the page, with the number of lines it is drawn on."""
    return tab.locator(
        ".phone-number, .trip-plan__emergency strong, .wallet-card strong"
    ).evaluate_all(
        "els => els.map(el => [el.textContent,"
        " new Set(Array.from(el.getClientRects(), r => Math.round(r.bottom))).size])"
    )


@pytest.mark.parametrize("path", ["work/pl/", "work/th/", "work/it/card/", "work/th/card/"])
@pytest.mark.parametrize("media", ["screen", "print"])
def test_a_phone_number_never_breaks_across_lines(open_tab, site, path, media):
    tab = open_tab(width=320, height=640)
    open_page(tab, plan_url(site, "be", path))
    tab.emulate_media(media=media)

    numbers = phone_numbers_on_one_line(tab)
    assert numbers and all(lines == 1 for _text, lines in numbers), numbers


def test_every_checklist_item_prints_with_an_empty_box(tab, site):
    open_page(tab, plan_url(site, "en"))
    tab.emulate_media(media="print")

    box = tab.locator(".trip-plan .checklist li").first.evaluate(
        "item => { const s = getComputedStyle(item, '::before');"
        " return [s.display, s.borderTopStyle, s.width]; }"
    )
    assert box[0] == "block" and box[1] == "solid" and float(box[2][:-2]) > 8


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", ["pl", "it", "tr", "th"])
def test_the_wallet_card_prints_on_one_page_at_card_size(tab, site, language, code):
    open_page(tab, plan_url(site, language, f"work/{code}/card/"))
    assert printed_pages(tab) == 1

    card = tab.locator(".wallet-card")
    size = card.bounding_box()
    assert abs(size["width"] - CARD_WIDTH) < 2 and abs(size["height"] - CARD_HEIGHT) < 2
    # Its text fits inside the cut line, and it is the only thing printed besides the title.
    assert card.evaluate("el => el.scrollHeight <= el.clientHeight + 1")
    assert card.evaluate("el => getComputedStyle(el).borderTopStyle") == "dashed"
    assert site.contacts["phone_abroad"] in card.inner_text()
    assert not tab.locator(".site-header").is_visible()
    assert not tab.locator("[data-print-button]").is_visible()


def test_the_wallet_card_fits_a_phone_screen(open_tab, site):
    tab = open_tab(width=375, height=667)
    open_page(tab, plan_url(site, "ru", "work/pl/card/"))

    card = tab.locator(".wallet-card")
    size = card.bounding_box()
    # One screenshot holds it whole, the hotline's numbers inside its border.
    assert size["width"] <= 375 and size["height"] < 667 / 2
    assert card.evaluate(
        "el => el.lastElementChild.getBoundingClientRect().bottom"
        " <= el.getBoundingClientRect().bottom"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_serious_problem_on_the_plan_and_the_card(tab, site, language):
    found = {}
    for path in ("work/pl/", "marriage/th/", "work/pl/card/", "work/it/card/"):
        open_page(tab, plan_url(site, language, path))
        blocking, _minor = axe_problems(tab)
        if blocking:
            found[path] = blocking
    assert found == {}


def test_the_form_leads_to_the_plan_without_javascript(open_tab, site):
    tab = open_tab(javascript=False)
    open_page(tab, site.examples["TripPlanPage"].urls["en"])
    tab.get_by_label("Work").check()
    tab.get_by_label("Where are you going?").select_option("pl")
    tab.get_by_role("button", name="Make my plan").click()

    assert tab.url == plan_url(site, "en")
    assert "Poland" in tab.locator("h1").inner_text()


def test_the_print_button_prints_and_is_hidden_without_javascript(open_tab, site):
    tab = open_tab()
    open_page(tab, plan_url(site, "en", "work/th/card/"))
    tab.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    tab.get_by_role("button", name="Print").click()
    assert tab.evaluate("() => window.printed") == 1

    without_script = open_tab(javascript=False)
    open_page(without_script, plan_url(site, "en", "work/th/"))
    assert not without_script.locator("[data-print-button]").is_visible()


def test_the_country_list_puts_the_countries_with_pages_first(open_tab, site):
    tab = open_tab(javascript=False)
    open_page(tab, site.examples["TripPlanPage"].urls["en"])
    groups = tab.locator("#trip-country optgroup")

    assert groups.count() == 2
    assert groups.nth(0).locator("option").count() >= 5
    assert groups.nth(1).locator("option").count() > 200
    tab.get_by_label("Tourism").check()
    tab.get_by_label("Where are you going?").select_option("th")
    tab.get_by_role("button", name="Make my plan").click()
    assert tab.url == plan_url(site, "en", "tourism/th/")
