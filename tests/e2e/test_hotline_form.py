"""The hotline request form in a real browser, with JavaScript on and off."""

import re

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.support import LANGUAGES

from .helpers import open_page

pytestmark = pytest.mark.e2e

REFERENCE = re.compile(r"^LS-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")
ERROR_TITLE = {"ru": "Ошибка:", "be": "Памылка:", "en": "Error:"}


@pytest.fixture
def quick_form(settings):
    # The form refuses sends faster than a person could type; a test types faster.
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    return settings


def fill_the_form(tab, language, message):
    form = tab.locator("form.hotline-form")
    form.locator("input[name='topic'][value='employment']").check()
    form.locator("select[name='country']").select_option(index=2)
    form.locator("textarea[name='message']").fill(message)
    form.locator("input[name='contact_channel'][value='email']").check()
    form.locator("input[name='contact_value']").fill(f"reader-{language}@example.org")
    form.locator("input[name='may_call'][value='no']").check()
    form.locator("input[name='consent']").check()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_sending_the_form_shows_the_reference_code(
    open_tab, site, quick_form, language, javascript
):
    from hotline.models import ConsultationRequest

    tab = open_tab(width=375, height=800, javascript=javascript)
    open_page(tab, site.views["hotline form"][language])
    expect(tab.locator("[data-quick-exit]")).to_be_visible()
    message = f"Browser test ({language}, javascript={javascript}): is this job offer real?"
    # Opening the form leaves nothing on the phone.
    assert tab.context.cookies() == []

    fill_the_form(tab, language, message)
    tab.locator(".hotline-form button[type='submit']").click()

    expect(tab).to_have_url(re.compile(rf"/{language}/hotline/thanks/"))
    code = tab.locator(".hotline-thanks__code")
    expect(code).to_have_text(REFERENCE)
    # The send's answer set the one cookie, to which the thank-you page is tied.
    assert [cookie["name"] for cookie in tab.context.cookies()] == [settings.CSRF_COOKIE_NAME]
    tab.reload()
    expect(code).to_have_text(REFERENCE)
    # The quick exit is on the thank-you page too.
    expect(tab.locator("[data-quick-exit]")).to_have_attribute("href", settings.QUICK_EXIT_URL)
    stored = ConsultationRequest.objects.get(reference_code=code.inner_text().strip())
    assert stored.message == message
    assert stored.language == language
    assert stored.contact_value == f"reader-{language}@example.org"


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_errors_are_summarised_and_lead_to_their_fields(open_tab, site, language, javascript):
    tab = open_tab(javascript=javascript)
    open_page(tab, site.views["hotline form"][language])

    tab.locator(".hotline-form button[type='submit']").click()

    summary = tab.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_have_attribute("role", "alert")
    assert tab.title().startswith(ERROR_TITLE[language])
    if javascript:
        # Focus moves to the summary, so a screen reader reads it out at once.
        expect(summary).to_be_focused()
    links = summary.locator("a")
    assert links.count() >= 4
    message_link = summary.locator("a[href$='message']")
    message_link.click()
    if javascript:
        expect(tab.locator("textarea[name='message']")).to_be_focused()
        label = tab.locator("label[for='id_message']").bounding_box()
        bar = tab.locator(".quick-exit").bounding_box()
        assert label["y"] >= bar["y"] + bar["height"], "the field's label shows below the bar"
    else:
        expect(tab).to_have_url(re.compile(r"#id_message$"))
    expect(tab.locator("#id_message_error")).to_be_visible()


ATTACKER_SITE = "http://attacker.invalid/"


def attacker_page_html(action, token):
    """A page on another site that posts the hotline form as soon as it is opened."""
    fields = {
        "topic": "employment",
        "country": "DE",
        "contact_channel": "email",
        "contact_value": "planted@attacker.invalid",
        "message": "Planted by another site",
        "consent": "on",
        "website": "planted-trap",
        "form_token": token,
    }
    inputs = "".join(
        f'<input type="hidden" name="{name}" value="{value}">' for name, value in fields.items()
    )
    return (
        "<!doctype html><html><body>"
        f'<form id="f" method="post" action="{action}">{inputs}</form>'
        "<script>document.getElementById('f').submit()</script></body></html>"
    )


def test_a_form_posted_from_another_site_plants_nothing(open_tab, site, quick_form):
    """Someone who can make the person open a link tries to steer their request."""
    from hotline.models import ConsultationRequest

    form_url = site.views["hotline form"]["en"]
    attacker = open_tab()
    open_page(attacker, form_url)
    attacker_token = attacker.locator("input[name='form_token']").input_value()

    victim = open_tab()
    open_page(victim, form_url)  # the person has the site's cookies in this browser
    victim.route(
        ATTACKER_SITE,
        lambda route: route.fulfill(
            status=200, content_type="text/html", body=attacker_page_html(form_url, attacker_token)
        ),
    )
    victim.goto(ATTACKER_SITE)
    victim.wait_for_url(form_url)
    expect(victim.locator(".notice")).to_contain_text("Please fill in the form and press")
    form = victim.locator("form.hotline-form")
    expect(form.locator("textarea[name='message']")).to_have_value("")
    expect(form.locator("input[name='contact_value']")).to_have_value("")
    expect(form.locator("input[name='website']")).to_have_value("")
    assert form.locator("input[name='form_token']").input_value() != attacker_token

    fill_the_form(victim, "en", "My own question, sent after the other site's post")
    victim.locator(".hotline-form button[type='submit']").click()
    expect(victim).to_have_url(re.compile(r"/en/hotline/thanks/"))
    code = victim.locator(".hotline-thanks__code").inner_text().strip()
    stored = ConsultationRequest.objects.get(reference_code=code)
    assert stored.contact_value == "reader-en@example.org"
    assert stored.status == "new"

    # The thank-you link is worthless in the attacker's browser.
    response = attacker.goto(victim.url)
    assert response.status == 404
    assert code not in attacker.content()
