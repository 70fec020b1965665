"""The admin's Content-Security-Policy allows only this site's own scripts, and the
admin still works under it: no screen a consultant or editor uses breaks a rule."""

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import log_in

pytestmark = pytest.mark.e2e

# Every violation the page sees is reported to this list through a DOM event.
LISTEN = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def waiting_request(site):
    from tests.test_hotline_admin import make_request

    obj = make_request(reference_code="LS-E2EC-SPCS", form_token="e2e-csp-walk")
    yield obj
    obj.delete()


def violations(tab, console):
    return [*tab.evaluate("window.__cspViolations"), *console]


def watched_tab(open_tab):
    tab = open_tab(width=1366, height=800)
    tab.add_init_script(LISTEN)
    console = []
    tab.on(
        "console",
        lambda message: (
            console.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return tab, console


def test_the_request_screens_run_under_the_admin_policy(
    open_tab, site, consultant, waiting_request
):
    tab, console = watched_tab(open_tab)
    log_in(tab, site, consultant.username)
    assert (found := violations(tab, console)) == [], found

    response = tab.goto(f"{site.url}/admin/hotline/requests/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    expect(tab.get_by_role("link", name=waiting_request.reference_code)).to_be_visible()
    assert (found := violations(tab, console)) == [], found

    tab.goto(f"{site.url}/admin/hotline/requests/edit/{waiting_request.pk}/")
    expect(tab.locator("input[name='follow_up_on']").first).to_be_attached()
    expect(tab.locator("h1")).to_contain_text(waiting_request.reference_code)
    assert (found := violations(tab, console)) == [], found


def test_the_page_editor_runs_under_the_admin_policy(open_tab, site):
    from django.contrib.auth.models import User

    user, _created = User.objects.get_or_create(username="e2e-csp-admin", is_superuser=True)
    from tests.staff_support import PASSWORD

    user.set_password(PASSWORD)
    user.is_staff = True
    user.save()
    try:
        tab, console = watched_tab(open_tab)
        log_in(tab, site, user.username)
        # The home page has an inline panel (featured guides); the publishing schedule
        # has date and time fields.
        tab.goto(f"{site.url}/admin/pages/{site.examples['HomePage'].pk}/edit/")
        expect(tab.locator("input[name='title_ru']")).to_be_visible()
        tab.locator("[id$='featured_guides-ADD']").first.click()
        # The new item's page chooser was started from its marker.
        expect(
            tab.locator("[data-admin-widget='chooser'][data-admin-widget-started]")
        ).not_to_have_count(0)
        assert (found := violations(tab, console)) == [], found
    finally:
        user.delete()
