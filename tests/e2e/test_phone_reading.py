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
