"""axe-core on every page type in every language; screenshots; print; target sizes."""

import json

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.support import LANGUAGES

from .helpers import every_page_type, open_page

pytestmark = pytest.mark.e2e

BLOCKING_IMPACTS = {"serious", "critical"}
# Every rule axe ships, plus the WCAG 2.2 target-size rule, which is off by default.
AXE_OPTIONS = {"resultTypes": ["violations"], "rules": {"target-size": {"enabled": True}}}


def axe_problems(tab):
    results = Axe().run(tab, options=AXE_OPTIONS)
    violations = results.response["violations"]
    blocking = [
        {
            "rule": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "nodes": [node["target"] for node in violation["nodes"][:5]],
        }
        for violation in violations
        if violation["impact"] in BLOCKING_IMPACTS
    ]
    minor = sorted({violation["id"] for violation in violations} - {b["rule"] for b in blocking})
    return blocking, minor


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_serious_or_critical_problem_on_any_page_type(tab, site, language):
    found = {}
    for name, url in every_page_type(site, language).items():
        open_page(tab, url)
        blocking, minor = axe_problems(tab)
        if blocking:
            found[f"{name} {url}"] = blocking
        if minor:
            print(f"axe, minor on {url}: {', '.join(minor)}")  # noqa: T201 (test report)
    assert found == {}, json.dumps(found, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_on_the_hotline_form_with_errors(tab, site, language):
    open_page(tab, site.views["hotline form"][language])
    tab.locator(".hotline-form button[type='submit']").click()
    expect(tab.locator(".error-summary")).to_be_visible()

    blocking, _minor = axe_problems(tab)

    assert blocking == [], json.dumps(blocking, ensure_ascii=False, indent=1)


SCREENSHOT_PAGES = ("HomePage", "GuidePage", "CountryPage")


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshots_at_phone_and_desktop_width(open_tab, site, screenshots_dir, language, width):
    tab = open_tab(width=width, height=900)
    targets = {
        "home": site.examples["HomePage"].urls[language],
        "guide": site.guide.urls[language],
        "country": site.examples["CountryPage"].urls[language],
        "form": site.views["hotline form"][language],
    }
    for name, url in targets.items():
        open_page(tab, url)
        expect(tab.locator("h1")).to_be_visible()
        path = screenshots_dir / f"{name}-{language}-{width}.png"
        tab.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000, path


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_guide_prints_with_the_hotline_numbers_and_without_navigation(
    tab, site, screenshots_dir, language
):
    open_page(tab, site.guide.urls[language])
    tab.emulate_media(media="print")

    for hidden in (".quick-exit", ".language-switcher", ".main-menu", "footer", ".skip-link"):
        expect(tab.locator(hidden).first).to_be_hidden()
    numbers = tab.locator(".hotline-bar")
    expect(numbers).to_be_visible()
    expect(numbers).to_contain_text(site.contacts["phone_belarus"])
    expect(numbers).to_contain_text(site.contacts["phone_abroad"])
    expect(tab.locator("h1")).to_have_text(site.guide.titles[language])
    boxes = tab.locator(".checklist input[type='checkbox']")
    if boxes.count():
        expect(boxes.first).to_be_visible()
    tab.pdf(path=str(screenshots_dir / f"guide-{language}-print.pdf"), format="A4")
    tab.screenshot(path=str(screenshots_dir / f"guide-{language}-print.png"), full_page=True)


def test_a_ticked_checklist_prints_with_its_ticks(tab, site, screenshots_dir):
    """A reader ticks what they have done; the printed checklist shows it."""
    assert site.guides_with_checklists, "the demo guides include a checklist"
    open_page(tab, site.guides_with_checklists[0])
    first = tab.locator(".checklist input[type='checkbox']").first
    first.check()
    tab.emulate_media(media="print")
    expect(first).to_be_visible()
    expect(first).to_be_checked()
    tab.screenshot(path=str(screenshots_dir / "checklist-ru-print.png"), full_page=True)


# Controls that are not links inside running text (those are exempt in WCAG 2.5.8).
SMALL_TARGETS_JS = """() => [...document.querySelectorAll(
    'a[href], button, input:not([type=hidden]), select, textarea, summary')]
  .filter((el) => el.offsetParent !== null && getComputedStyle(el).display !== 'inline')
  .map((el) => ({html: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect()}))
  .filter(({box}) => box.width < 24 || box.height < 24)
  .map(({html, box}) => `${html} ${box.width}x${box.height}`)"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_control_is_at_least_24_px_square_on_a_phone(open_tab, site, language):
    tab = open_tab(width=375, height=800)
    small = {}
    checkboxes = 0
    for url in every_page_type(site, language).values():
        open_page(tab, url)
        checkboxes += tab.locator(".checklist input[type='checkbox']").count()
        found = tab.evaluate(SMALL_TARGETS_JS)
        if found:
            small[url] = found
    assert checkboxes, "the pages checked include a checklist with tick boxes"
    assert small == {}, json.dumps(small, ensure_ascii=False, indent=1)
