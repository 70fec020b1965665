"""The job-offer check answered in a browser: the result page's first screen on a
phone, and axe."""

import json

import pytest
from playwright.sync_api import expect

from tests.support import LANGUAGES

from .helpers import open_page
from .test_accessibility import axe_problems

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_job_check_result_has_no_serious_or_critical_problem(tab, site, language):
    open_page(tab, site.examples["JobCheckPage"].urls[language])
    form = tab.locator(".job-check__form")
    form.locator("input[type=radio][value=yes]").first.check()
    form.locator("button[type=submit]").click()
    expect(tab.locator("h1")).to_be_visible()
    assert "/result/" in tab.url

    blocking, _minor = axe_problems(tab)

    assert blocking == [], json.dumps(blocking, ensure_ascii=False, indent=1)


def in_first_screen(tab, selector, height):
    box = tab.locator(selector).bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def safe_query(site):
    """Every question of the demo check answered with the answer that is not a warning sign."""
    from pages.models import JobCheckPage

    page = JobCheckPage.objects.get(pk=site.examples["JobCheckPage"].pk)
    return "&".join(
        f"q{number}={'no' if block.value['red_flag'] == 'yes' else 'yes'}"
        for number, block in enumerate(page.questions, start=1)
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("verdict", ["talk", "some", "clear"])
def test_a_phone_shows_verdict_numbers_and_button_on_the_first_screen(
    open_tab, site, language, verdict, screenshots_dir
):
    tab = open_tab(width=375, height=667)
    query = {"talk": "q1=unknown", "some": None, "clear": safe_query(site)}[verdict]
    if query is None:  # everything safe but the agency's licence unknown
        query = safe_query(site).replace("q1=yes", "q1=unknown")
    open_page(tab, site.examples["JobCheckPage"].urls[language] + "result/?" + query)
    tab.screenshot(path=screenshots_dir / f"job-check-result-{verdict}-{language}.png")

    assert tab.locator(f".job-check__result--{verdict}").count() == 1
    for selector in ("#job-check-verdict", ".job-check__numbers", ".job-check__ask .button"):
        assert in_first_screen(tab, selector, 667), selector
    assert site.contacts["phone_abroad"] in tab.locator(".job-check__numbers").inner_text()
    # The questionnaire is not repeated: a link opens it with the answers kept.
    assert tab.locator("fieldset").count() == 0
    tab.locator(".job-check__change a").click()
    assert tab.locator("input[name=q1]:checked").count() == 1
