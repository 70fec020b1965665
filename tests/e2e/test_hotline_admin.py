"""A consultant's day in the admin, in a real browser: find a request, work on it with the
one Update form, and never lose what was typed."""

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


def open_case(tab, site, consultant, obj):
    log_in(tab, site, consultant.username)
    tab.goto(f"{site.url}/admin/hotline/requests/edit/{obj.pk}/")
    return tab.locator("form#hotline-case-form")


def test_a_consultant_opens_a_request_from_the_list_and_changes_its_status(
    open_tab, site, consultant, waiting_request
):
    tab = open_tab(width=1366, height=800)
    log_in(tab, site, consultant.username)

    # The sidebar's Hotline section, then its list of requests.
    tab.get_by_role("button", name=re.compile("^(Hotline|Горячая линия)$")).click()
    tab.locator("a[href$='/admin/hotline/requests/']").first.click()
    expect(tab).to_have_url(re.compile(r"/admin/hotline/requests/"))
    # The list fits the screen, and the code is on one line.
    table = tab.locator("table.listing")
    assert table.bounding_box()["x"] + table.bounding_box()["width"] <= 1366
    row_link = tab.get_by_role("link", name=waiting_request.reference_code)
    box = row_link.bounding_box()
    assert box["height"] < 2 * 22

    tab.locator("input[name='q']").fill(waiting_request.reference_code)
    tab.locator("input[name='q']").press("Enter")
    expect(row_link).to_be_visible()
    row_link.click()

    expect(tab).to_have_url(re.compile(rf"/admin/hotline/requests/edit/{waiting_request.pk}/$"))
    expect(tab.locator("h1")).to_contain_text(waiting_request.reference_code)
    tab.locator("select[name='status']").select_option("in_progress")
    tab.locator("button.hotline-case__update").first.click()

    expect(tab).to_have_url(re.compile(r"#update$"))
    expect(tab.locator(".hotline-case__saved")).to_contain_text(waiting_request.reference_code)
    waiting_request.refresh_from_db()
    assert waiting_request.status == "in_progress"


def test_a_note_typed_before_changing_the_status_is_saved_with_it(
    open_tab, site, consultant, waiting_request, screenshots_dir
):
    tab = open_tab(width=1366, height=800)
    form = open_case(tab, site, consultant, waiting_request)
    # The person's message is the first thing on the screen.
    message = tab.locator(".hotline-case__entry--person")
    expect(message).to_be_in_viewport()

    form.locator("textarea[name='text']").fill("Called her sister; she will pass it on.")
    form.locator("select[name='status']").select_option("waiting")
    form.locator("button.hotline-case__update").last.click()

    expect(tab).to_have_url(re.compile(r"#update$"))
    saved = tab.locator(".hotline-case__saved")
    expect(saved).to_be_in_viewport()
    expect(tab.locator(".hotline-case__entry--note")).to_contain_text("she will pass it on")
    tab.screenshot(path=str(screenshots_dir / "hotline-case-saved.png"))
    waiting_request.refresh_from_db()
    assert waiting_request.status == "waiting"
    assert waiting_request.notes.get().text == "Called her sister; she will pass it on."


def test_leaving_with_unsaved_text_asks_first(open_tab, site, consultant, waiting_request):
    tab = open_tab(width=1366, height=800)
    form = open_case(tab, site, consultant, waiting_request)
    form.locator("textarea[name='text']").click()
    tab.keyboard.type("A note not saved yet")
    dialogs = []

    def stay(dialog):
        dialogs.append(dialog.type)
        dialog.dismiss()

    tab.on("dialog", stay)
    tab.locator("a", has_text=re.compile("Back to all requests|Ко всем обращениям")).click()

    tab.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    expect(tab).to_have_url(re.compile(rf"/edit/{waiting_request.pk}/"))
    expect(form.locator("textarea[name='text']")).to_have_value("A note not saved yet")
    assert not waiting_request.notes.exists()

    # Once saved, leaving asks nothing.
    tab.remove_listener("dialog", stay)
    form.locator("button.hotline-case__update").first.click()
    expect(tab).to_have_url(re.compile(r"#update$"))
    tab.locator("a", has_text=re.compile("Back to all requests|Ко всем обращениям")).click()
    expect(tab).to_have_url(re.compile(r"/admin/hotline/requests/$"))
    assert waiting_request.notes.get().text == "A note not saved yet"


def test_the_case_screen_on_a_phone_starts_with_the_message(
    open_tab, site, consultant, waiting_request, screenshots_dir
):
    tab = open_tab(width=375, height=667)
    open_case(tab, site, consultant, waiting_request)
    message = tab.locator(".hotline-case__entry--person .hotline-case__text")
    expect(message).to_be_in_viewport()
    assert message.bounding_box()["y"] < 667
    tab.screenshot(path=str(screenshots_dir / "hotline-case-phone.png"))
