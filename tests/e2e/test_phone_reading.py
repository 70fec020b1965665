"""Reading on a phone (375 × 667): a guide's text starts on the first screen, with the
"save for offline" control after it, and the published chart's labels are months
in the reader's language, drawn at 12 px or more."""

import pytest
from playwright.sync_api import expect

from tests.support import LANGUAGES

from .helpers import open_page

pytestmark = pytest.mark.e2e

PHONE = {"width": 375, "height": 667}
JANUARY = {"ru": "Январь", "be": "Студзень", "en": "January"}
# Each text of the chart: its label, and its size on the screen in CSS pixels (the
# font size in the drawing's units times the drawing's scale on the screen).
CHART_TEXTS = """(svg) => [...svg.querySelectorAll("text")].map((text) => [
    text.textContent,
    parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a,
])"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_guides_text_starts_on_the_first_screen_and_saving_it_is_a_link_after_it(
    open_tab, site, language
):
    tab = open_tab(**PHONE)
    open_page(tab, site.guide.urls[language])
    first = tab.locator(".guide__main .body .block-text p").first
    save = tab.locator("[data-offline='save']")

    line = first.evaluate("(p) => parseFloat(getComputedStyle(p).lineHeight)")
    assert first.bounding_box()["y"] + line <= PHONE["height"]
    # The control to save the guide comes after the whole text, as a link, not a button.
    expect(save).to_be_visible()
    text = tab.locator(".guide__main .body").bounding_box()
    assert save.bounding_box()["y"] >= text["y"] + text["height"]
    control = save.locator("button")
    expect(control).to_have_class("link-button")
    assert control.evaluate("(b) => getComputedStyle(b).textDecorationLine") == "underline"
    # "On this page" and the hotline box follow the text too; the header shows the numbers.
    assert tab.locator(".guide__aside").bounding_box()["y"] > save.bounding_box()["y"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_published_chart_names_months_in_labels_of_12_px_or_more(open_tab, site, language):
    tab = open_tab(**PHONE)
    open_page(tab, site.examples["HotlineStatisticsPage"].urls[language])
    chart = tab.locator("svg.hotline-chart")

    texts = chart.evaluate(CHART_TEXTS)

    labels = [label for label, _size in texts]
    assert JANUARY[language] in labels and not any("-" in label for label in labels)
    assert min(size for _label, size in texts) >= 12, texts
    box = chart.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    expect(chart.locator("title")).to_have_count(1)
