"""Editors sign in and work in the Wagtail admin under its Content-Security-Policy.

The admin's policy shuts out plugins, <base> tags, foreign form targets and
framing by other sites; these tests show it does not break signing in, the page
explorer, the edit form or the live preview, and that the browser reports no
violation of it anywhere, the preview frame included.
"""

import uuid

import pytest
from playwright.sync_api import expect

from .helpers import open_page

pytestmark = pytest.mark.e2e

PASSWORD = "correct-horse-battery-staple-e2e"
# Reported in every frame of the page, before any of the page's own scripts run.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`securitypolicyviolation: ${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def editor(site, django_db_blocker):
    from django.contrib.auth.models import User

    username = f"editor-{uuid.uuid4().hex[:8]}"
    with django_db_blocker.unblock():
        user = User.objects.create_superuser(username, f"{username}@example.org", PASSWORD)
    yield user
    with django_db_blocker.unblock():
        user.delete()


@pytest.fixture
def admin_tab(open_tab):
    tab = open_tab()
    tab.violations = []

    def record(message):
        text = message.text
        if "Content Security Policy" in text or "securitypolicyviolation" in text:
            tab.violations.append(text)

    tab.context.add_init_script(REPORT_VIOLATIONS)
    tab.on("console", record)
    return tab


def sign_in(tab, site, editor):
    open_page(tab, f"{site.url}/admin/login/")
    tab.locator("input[name='username']").fill(editor.username)
    tab.locator("input[name='password']").fill(PASSWORD)
    tab.locator("form button[type='submit']").click()
    expect(tab).to_have_url(f"{site.url}/admin/")


def test_explorer_edit_form_and_preview_work_without_csp_violations(admin_tab, site, editor):
    from wagtail.models import Page

    tab = admin_tab
    guide = Page.objects.get(pk=site.guide.pk)
    parent = guide.get_parent()

    sign_in(tab, site, editor)

    # The page explorer lists the guide among its section's pages.
    open_page(tab, f"{site.url}/admin/pages/{parent.pk}/")
    expect(tab.locator(f"a[href='/admin/pages/{guide.pk}/edit/']").first).to_be_visible()

    # The edit form: the title can be typed into, and the draft can be saved.
    open_page(tab, f"{site.url}/admin/pages/{guide.pk}/edit/")
    marker = f"Preview check {uuid.uuid4().hex[:6]}"
    title = tab.locator("input[name='title_ru']")
    expect(title).to_be_editable()
    title.fill(marker)
    expect(title).to_have_value(marker)
    save_draft = tab.locator("button.action-save:visible")
    expect(save_draft).to_have_count(1)
    expect(save_draft).to_be_enabled()

    # The preview panel shows the unsaved title, rendered under the public page's policy
    # in a frame of the admin.
    tab.locator("[data-side-panel-toggle='preview']").click()
    preview = tab.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_contain_text(marker, timeout=20_000)

    assert tab.violations == []
