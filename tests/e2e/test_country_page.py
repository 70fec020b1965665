"""A country page on a phone: the emergency numbers and the national anti-trafficking
line are on the first screen, and the trip plan is a tap away."""

import pytest
from playwright.sync_api import expect

from tests.support import LANGUAGES

from .helpers import open_page

pytestmark = pytest.mark.e2e

PHONE = {"width": 375, "height": 667}
# The demo countries whose national line is a checked card, with its number.
CHECKED_LINES = {
    ("italiya", "italiya", "italy"): "800 290 290",
    ("turtsiya", "turtsyya", "turkey"): "157",
    ("ssha", "zsha", "usa"): "1-888-373-7888",
}
INDEX = {"ru": "strany", "be": "krainy", "en": "countries"}


def country_url(site, language, slugs):
    slug = dict(zip(LANGUAGES, slugs, strict=True))[language]
    return f"{site.url}/{language}/{INDEX[language]}/{slug}/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_numbers_and_the_national_line_are_on_a_phones_first_screen(open_tab, site, language):
    tab = open_tab(**PHONE)
    for slugs, number in CHECKED_LINES.items():
        open_page(tab, country_url(site, language, slugs))
        emergency = tab.locator(".country__emergency")
        expect(emergency.locator("li").first).to_be_in_viewport(ratio=1)
        line = emergency.locator(f".contact-card a[href^='tel:']:has-text('{number}')")
        expect(line).to_be_in_viewport(ratio=1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_trip_plan_and_its_wallet_card_are_a_tap_away(open_tab, site, language):
    tab = open_tab(**PHONE)
    open_page(tab, country_url(site, language, ("italiya", "italiya", "italy")))

    tab.locator(".country__plan-links a[href$='/tourism/it/']").click()
    tab.locator(".trip-plan__actions a[href$='/tourism/it/card/']").click()

    expect(tab.locator(".wallet-card")).to_contain_text("800 290 290")
