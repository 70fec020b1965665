"""The job-offer check answered in a browser: the result page passes axe too."""

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
