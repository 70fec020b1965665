"""A consultant's day in the admin, in a real browser: log in, find a request, handle it."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import log_in

pytestmark = pytest.mark.e2e


@pytest.fixture
def waiting_request(site):
    from tests.test_hotline_admin import make_request

    obj = make_request(reference_code="LS-E2EB-RWSR", form_token="e2e-browser-walk")
    yield obj
    obj.delete()


def test_a_consultant_opens_a_request_from_the_list_and_changes_its_status(
    open_tab, site, consultant, waiting_request
):
    tab = open_tab()
    log_in(tab, site, consultant.username)

    # The sidebar's Hotline section, then its list of requests.
    tab.get_by_role("button", name=re.compile("^(Hotline|Горячая линия)$")).click()
    tab.locator("a[href$='/admin/hotline/requests/']").first.click()
    expect(tab).to_have_url(re.compile(r"/admin/hotline/requests/"))

    tab.locator("input[name='q']").fill(waiting_request.reference_code)
    tab.locator("input[name='q']").press("Enter")
    row_link = tab.get_by_role("link", name=waiting_request.reference_code)
    expect(row_link).to_be_visible()
    row_link.click()

    expect(tab).to_have_url(re.compile(rf"/admin/hotline/requests/edit/{waiting_request.pk}/$"))
    expect(tab.locator("h1")).to_contain_text(waiting_request.reference_code)
    handling = tab.locator("form.hotline-request__handling")
    handling.locator("select[name='status']").select_option("in_progress")
    handling.locator("button[type='submit']").click()

    expect(tab.locator(".messages")).to_contain_text(waiting_request.reference_code)
    waiting_request.refresh_from_db()
    assert waiting_request.status == "in_progress"
