"""Recording a contact in a real browser: the safe-contact box and the do-not-call stop."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import log_in

pytestmark = pytest.mark.e2e


@pytest.fixture
def do_not_call_request(site):
    from tests.test_hotline_admin import make_request

    obj = make_request(
        reference_code="LS-E2EC-NCAL",
        form_token="e2e-do-not-call",
        may_call="no",
        may_leave_message=False,
    )
    yield obj
    obj.delete()


@pytest.mark.parametrize("javascript", [True, False])
def test_a_call_on_a_do_not_call_request_is_stopped_until_confirmed(
    open_tab, site, consultant, do_not_call_request, screenshots_dir, javascript
):
    tab = open_tab(javascript=javascript)
    log_in(tab, site, consultant.username)
    tab.goto(f"{site.url}/admin/hotline/requests/edit/{do_not_call_request.pk}/")

    box = tab.locator(".hotline-contact__safe[role='note']")
    expect(box).to_be_visible()
    expect(box).to_contain_text(re.compile("Do not call|Не звонить"))
    form = tab.locator("form#hotline-case-form")
    expect(form.locator("input[name='confirm']")).to_have_count(0)

    form.locator("textarea[name='text']").fill("Tried the number she gave for emergencies.")
    form.locator("input[name='kind'][value='call_no_answer']").check()
    form.locator("button.hotline-case__update").first.click()

    form = tab.locator("form#hotline-case-form")
    warning = form.locator(".hotline-case__contact-form [role='alert']")
    expect(warning).to_be_visible()
    confirm = form.locator("input[name='confirm']")
    expect(confirm).to_be_visible()
    # What was typed is still there, and nothing was saved.
    expect(form.locator("textarea[name='text']")).to_have_value(
        "Tried the number she gave for emergencies."
    )
    assert not do_not_call_request.contact_attempts.exists()
    assert not do_not_call_request.notes.exists()
    suffix = "" if javascript else "-no-js"
    tab.locator(".hotline-case__composer").screenshot(
        path=str(screenshots_dir / f"hotline-contact-confirmation{suffix}.png")
    )

    confirm.check()
    form.locator("button.hotline-case__update").first.click()
    expect(tab).to_have_url(re.compile(r"#update$"))
    expect(tab.locator(".hotline-case__timeline")).to_contain_text(
        re.compile("no answer|нет ответа")
    )
    assert do_not_call_request.notes.get().text == "Tried the number she gave for emergencies."
    attempt = do_not_call_request.contact_attempts.get()
    assert attempt.kind == "call_no_answer" and attempt.made_by == consultant
