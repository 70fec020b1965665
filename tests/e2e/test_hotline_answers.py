"""The whole conversation on the site, in a real browser and in every language: a person
who can give no phone or e-mail sends a request, a consultant replies, the person reads
the reply with the code and the key and writes back, and the consultant sees it."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import log_in, open_page
from tests.support import LANGUAGES

pytestmark = pytest.mark.e2e

SITE_CHOICE = {
    "ru": "Ответьте мне на этом сайте",
    "be": "Адкажыце мне на гэтым сайце",
    "en": "Answer me on this site",
}
REPLIED = {"ru": "Ответ консультанта", "be": "Адказ кансультанта", "en": "The consultant answered"}


@pytest.fixture
def quick_form(settings):
    # The form refuses sends faster than a person could type; a test types faster.
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    return settings


def send_request(tab, site, language, message):
    open_page(tab, site.views["hotline form"][language])
    form = tab.locator("form.hotline-form")
    form.locator("input[name='topic'][value='crisis']").check()
    form.locator("select[name='country']").select_option("PL")
    form.locator("textarea[name='message']").fill(message)
    choice = form.locator("input[name='contact_channel'][value='site']")
    expect(form.locator(f"label[for='{choice.get_attribute('id')}']")).to_contain_text(
        SITE_CHOICE[language]
    )
    choice.check()
    form.locator("input[name='consent']").check()
    form.locator("button[type='submit']").click()
    expect(tab).to_have_url(re.compile(rf"/{language}/hotline/thanks/"))
    code = tab.locator(".hotline-thanks__reference .hotline-thanks__code").first.inner_text()
    key = tab.locator(".hotline-thanks__key").inner_text()
    return code.strip(), key.strip()


def read_answers(tab, site, language, code, key):
    open_page(tab, f"{site.url}/{language}/hotline/answers/")
    key_field = tab.locator("input[name='key']")
    assert key_field.get_attribute("type") == "password"
    assert key_field.get_attribute("autocomplete") == "off"
    tab.locator("input[name='reference_code']").fill(code)
    key_field.fill(key)
    tab.locator("form#hotline-answers-open button[type='submit']").click()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_whole_conversation_on_the_site(
    open_tab, site, quick_form, consultant, screenshots_dir, language
):
    from hotline.models import ConsultationRequest

    person = open_tab(width=375, height=667)
    code, key = send_request(person, site, language, f"My boss keeps my passport ({language}).")
    assert len(key.split()) == 5
    person.screenshot(path=str(screenshots_dir / f"hotline-answer-key-{language}.png"))
    consultation = ConsultationRequest.objects.get(reference_code=code)
    try:
        assert consultation.contact_channel == "site" and consultation.contact_value == ""

        staff = open_tab(width=1366, height=800)
        log_in(staff, site, consultant.username)
        staff.goto(f"{site.url}/admin/hotline/requests/edit/{consultation.pk}/")
        form = staff.locator("form#hotline-case-form")
        form.locator("input[name='text_kind'][value='reply']").check()
        form.locator("textarea[name='text']").fill(f"Call the embassy first ({language}).")
        form.locator("select[name='status']").select_option("waiting")
        form.locator("button.hotline-case__update").first.click()
        expect(staff.locator(".hotline-case__entry--reply")).to_contain_text("embassy first")

        # A fresh browser, as on another day: only the code and the key.
        reader = open_tab(width=375, height=667)
        read_answers(reader, site, language, code, key)
        expect(reader.locator(".hotline-answers__message--reply")).to_contain_text(
            f"Call the embassy first ({language})."
        )
        expect(reader.locator(".hotline-answers__message--reply")).to_contain_text(
            REPLIED[language]
        )
        expect(reader.locator("[data-quick-exit]")).to_be_visible()
        reader.screenshot(
            path=str(screenshots_dir / f"hotline-answers-{language}.png"), full_page=True
        )
        reader.locator("textarea[name='text']").fill(f"Thank you, I will call ({language}).")
        reader.locator("button[value='write']").click()
        expect(reader.locator(".notice--success")).to_be_visible()
        expect(reader.locator(".hotline-answers__conversation")).to_contain_text("I will call")
        reader.locator("button[value='close']").click()
        expect(reader.locator("input[name='key']")).to_be_visible()
        expect(reader.locator("body")).not_to_contain_text("embassy first")

        staff.goto(f"{site.url}/admin/hotline/requests/")
        expect(staff.get_by_role("link", name=code)).to_be_visible()
        staff.get_by_role("link", name=code).click()
        expect(staff.locator(".hotline-case__entry--follow_up")).to_contain_text(
            f"Thank you, I will call ({language})."
        )
        consultation.refresh_from_db()
        assert consultation.status == "needs_action"
        assert [cookie["name"] for cookie in reader.context.cookies()] == ["csrftoken"]
    finally:
        consultation.delete()
