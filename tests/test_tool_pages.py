"""The demo site's tools (the job-offer check, the trip plan and its wallet card) as
HTML: every id on a page is unique, every label ticks its own box, and the language
switcher opens the same result in the other language."""

import re
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from django.utils import translation

from tests.support import LANGUAGES, demo_site_client, page_html

# Each tool page, as the sub-path under its tool's address: the plan for a country
# with a page (Poland) and for one without (Thailand).
TOOL_PAGES = [
    ("JobCheckPage", ""),
    ("JobCheckPage", "result/?q1=none&q2=yes&q3=unknown"),
    ("JobCheckPage", "change/?q1=none&q2=yes&q3=unknown"),
    ("TripPlanPage", ""),
    ("TripPlanPage", "work/pl/"),
    ("TripPlanPage", "marriage/th/"),
    ("TripPlanPage", "work/pl/card/"),
    ("TripPlanPage", "tourism/th/card/"),
    ("TripPlanPage", "study/th/change/"),
]


@pytest.fixture(scope="module")
def demo(request, demo_site, django_db_blocker):
    """The demo site's tools with their address in every language."""
    from pages.models import JobCheckPage, TripPlanPage

    with demo_site_client(request, django_db_blocker) as client:
        urls = {}
        for model in (JobCheckPage, TripPlanPage):
            page = model.objects.live().get()
            for language in LANGUAGES:
                with translation.override(language):
                    urls[model.__name__, language] = page.get_url()
        yield SimpleNamespace(client=client, urls=urls)


class Ids(HTMLParser):
    """Every id, every label's `for`, and per checklist item the ids and `for`s in it."""

    def __init__(self):
        super().__init__()
        self.ids, self.fors, self.items = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "li" and "checklist__item" in (attrs.get("class") or ""):
            self.items.append({"ids": [], "fors": []})
        if "id" in attrs:
            self.ids.append(attrs["id"])
            if self.items and tag == "input":
                self.items[-1]["ids"].append(attrs["id"])
        if tag == "label" and "for" in attrs:
            self.fors.append(attrs["for"])
            if self.items:
                self.items[-1]["fors"].append(attrs["for"])


def parsed(html):
    found = Ids()
    found.feed(html)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("tool", "subpath"), TOOL_PAGES)
def test_every_id_on_a_tool_page_is_unique_and_every_label_finds_its_box(
    demo, tool, subpath, language
):
    html = page_html(demo.client, demo.urls[tool, language] + subpath)
    found = parsed(html)

    duplicates = sorted({name for name in found.ids if found.ids.count(name) > 1})
    assert duplicates == []
    assert set(found.fors) <= set(found.ids)
    # A tap on an item of a checklist ticks the box of that item.
    for item in found.items:
        assert item["fors"] == item["ids"] and len(item["ids"]) == 1


def test_the_plan_has_checklists_to_tick(demo):
    found = parsed(page_html(demo.client, demo.urls["TripPlanPage", "en"] + "work/pl/"))

    assert len(found.items) >= 8


@pytest.mark.parametrize("tool", ["JobCheckPage", "TripPlanPage"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_language_switcher_opens_the_same_result(demo, tool, language):
    for tool_page, subpath in TOOL_PAGES:
        if tool_page != tool or not subpath:
            continue
        html = page_html(demo.client, demo.urls[tool, language] + subpath)
        switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
        for other in LANGUAGES:
            if other != language:
                expected = demo.urls[tool, other] + subpath.replace("&", "&amp;")
                assert f'href="{expected}"' in switcher


def test_the_plan_and_the_card_have_a_print_button_shown_by_a_script_of_the_site(demo):
    for subpath in ("work/pl/", "work/th/card/"):
        html = page_html(demo.client, demo.urls["TripPlanPage", "en"] + subpath)
        assert re.search(r"<li[^>]*hidden data-print-button><button type=\"button\">Print", html)
        assert re.search(r'<script src="/static/js/print-button[^"]*\.js" defer>', html)
