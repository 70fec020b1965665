"""The offline copy: nothing until the reader presses "Save for offline", then the
saved guide opens without a connection and nothing else does, until removed."""

from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.utils import translation
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from tests.support import LANGUAGES

from .helpers import open_page

pytestmark = pytest.mark.e2e

REGISTRATIONS_JS = "navigator.serviceWorker.getRegistrations().then((r) => r.length)"
CACHES_JS = "caches.keys().then((names) => names.length)"


@pytest.fixture
def offline_tab(browser, site, django_db_blocker):
    """A tab whose context has no request routing: Playwright lets the page bypass its
    service worker while routes are set, which would hide the worker being tested.
    Requests are still watched, and none may go to another host."""
    own_host = urlsplit(site.url).netloc
    foreign = []
    context = browser.new_context(
        viewport={"width": 375, "height": 667}, locale="en-GB", service_workers="allow"
    )
    context.set_default_timeout(15_000)

    def watch(request):
        parts = urlsplit(request.url)
        # The quick exit's neutral site is asked for only while the context is offline.
        if parts.scheme.startswith("http") and parts.netloc != own_host:
            if request.url != settings.QUICK_EXIT_URL:
                foreign.append(request.url)

    context.on("request", watch)
    with django_db_blocker.unblock():
        yield context.new_page()
        context.close()
    assert foreign == [], f"the page tried to contact other hosts: {foreign}"


def browsing_safely_url(site, language):
    from wagtail.models import Site

    from pages.models import HotlineContacts

    contacts = HotlineContacts.for_site(Site.objects.get(is_default_site=True))
    with translation.override(language):
        return site.url + contacts.browsing_safely_page.get_url()


def opens(tab, url):
    try:
        response = tab.goto(url)
    except PlaywrightError:
        return False
    return response is not None and response.ok


def test_nothing_is_registered_or_cached_until_the_reader_asks(offline_tab, site):
    tab = offline_tab
    for url in (site.guide.urls["ru"], browsing_safely_url(site, "ru"), f"{site.url}/en/"):
        open_page(tab, url)
        assert tab.evaluate(REGISTRATIONS_JS) == 0, url
        assert tab.evaluate(CACHES_JS) == 0, url


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_saved_guide_opens_offline_nothing_else_does_and_removing_it_works(
    offline_tab, site, language
):
    tab = offline_tab
    guide = site.guide.urls[language]
    other = site.examples["CountryPage"].urls[language]
    open_page(tab, guide)
    save = tab.locator("[data-offline='save']")
    expect(save).to_be_visible()
    assert tab.evaluate(REGISTRATIONS_JS) == 0

    save.locator("button").click()
    expect(save).to_have_attribute("data-offline-saved", "")
    expect(save.locator("[data-offline-status]")).not_to_be_empty()
    assert tab.evaluate(REGISTRATIONS_JS) == 1

    tab.context.set_offline(True)
    response = tab.goto(guide)
    assert response is not None and response.ok and response.from_service_worker
    expect(tab.locator("h1")).to_have_text(site.guide.titles[language])
    # With its stylesheet: the quick-exit bar is red, and sticks at the top.
    assert tab.locator(".quick-exit").evaluate("(e) => getComputedStyle(e).position") == "sticky"
    expect(tab.locator(".hotline-bar")).to_contain_text(site.contacts["phone_belarus"])
    assert not opens(tab, other)
    assert not opens(tab, browsing_safely_url(site, language))

    tab.context.set_offline(False)
    open_page(tab, browsing_safely_url(site, language))
    remove = tab.locator("[data-offline='remove']")
    expect(remove).to_be_visible()
    remove.locator("button").click()
    expect(remove).to_have_attribute("data-offline-removed", "")
    assert tab.evaluate(REGISTRATIONS_JS) == 0
    assert tab.evaluate(CACHES_JS) == 0

    tab.context.set_offline(True)
    assert not opens(tab, guide)


SCOPES_JS = "navigator.serviceWorker.getRegistrations().then((r) => r.map((x) => x.scope))"
CONTROLLED_JS = "navigator.serviceWorker.controller !== null"


def save_guide(tab, site, language="ru"):
    open_page(tab, site.guide.urls[language])
    save = tab.locator("[data-offline='save']")
    save.locator("button").click()
    expect(save).to_have_attribute("data-offline-saved", "")


def test_the_worker_covers_one_language_and_leaves_the_admin_and_the_hotline_alone(
    offline_tab, site
):
    from django.urls import reverse

    tab = offline_tab
    save_guide(tab, site)
    assert tab.evaluate(SCOPES_JS) == [f"{site.url}/ru/"]
    # Outside its scope: the admin's pages are never controlled by it.
    open_page(tab, f"{site.url}/admin/login/")
    assert tab.evaluate(CONTROLLED_JS) is False
    # Inside it, the request form, a thank-you address and the answers page go past
    # it to the network, as without a worker; a guide goes through it.
    with translation.override("ru"):
        hotline_pages = [
            reverse("hotline:request"),
            reverse("hotline:answers"),
            reverse("hotline:thanks", args=["not-a-real-token"]),
        ]
    for path in hotline_pages:
        response = tab.goto(site.url + path)
        assert response is not None and not response.from_service_worker, path
    response = tab.goto(site.guide.urls["ru"])
    assert response.from_service_worker


def test_the_quick_exit_removes_the_offline_copy_after_leaving(offline_tab, site):
    tab = offline_tab
    save_guide(tab, site)
    open_page(tab, site.guide.urls["ru"])
    assert tab.evaluate(CONTROLLED_JS) is True
    exits = []
    tab.on("request", lambda request: exits.append(request.url))
    # The neutral site is not reached from the test machine: offline, the exit still
    # leaves at once, and the worker does its removing afterwards.
    tab.context.set_offline(True)
    tab.locator("[data-quick-exit]").click()
    expect(tab).not_to_have_url(site.guide.urls["ru"])
    assert settings.QUICK_EXIT_URL in exits
    tab.context.set_offline(False)

    later = tab.context.new_page()
    open_page(later, f"{site.url}/robots.txt")
    later.wait_for_function(
        "() => Promise.all([navigator.serviceWorker.getRegistrations(), caches.keys()])"
        ".then(([r, c]) => r.length === 0 && c.length === 0)",
        polling=200,
    )
    # Back on the guide, nothing of the copy controls the page any more.
    response = later.goto(site.guide.urls["ru"])
    assert response.ok and not response.from_service_worker


def test_without_javascript_neither_button_shows(open_tab, site):
    tab = open_tab(javascript=False)
    open_page(tab, site.guide.urls["en"])
    expect(tab.locator("[data-offline='save']")).to_be_hidden()
    open_page(tab, browsing_safely_url(site, "en"))
    expect(tab.locator("[data-offline='remove']")).to_be_hidden()
    expect(tab.locator("main")).to_contain_text("Remove saved pages")
