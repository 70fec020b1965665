"""`manage.py load_demo_content`: all the content, idempotent, resettable, every link works.

The full demo content is loaded here three times, about 6 s each, besides the demo site
the suite shares.
"""

import io
import re
from collections import deque

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, Revision

from pages.models import (
    CampaignPage,
    CountryPage,
    GuidePage,
    HomePage,
    HotlineContacts,
    NewsPage,
    SectionPage,
    StandardPage,
    Topic,
    TripPlanPage,
)
from tests.support import LANGUAGES


def load(*args):
    out = io.StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


def content_counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "topics": Topic.objects.count(),
    }


def crawl(client, start_urls):
    """Follow every link to this site from the home pages; return the failures."""
    seen, failures = set(), []
    queue = deque(start_urls)
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200:
            failures.append((url, response.status_code))
            continue
        if "text/html" not in response.get("Content-Type", ""):
            continue
        for href in re.findall(r'href="(/[^"]*)"', response.content.decode()):
            href = href.replace("&amp;", "&")
            if not href.startswith(("/static/", "/admin/", "/documents/", "/media/")):
                queue.append(href.split("#")[0])
    return seen, failures


@pytest.mark.slow
def test_demo_content_is_complete_idempotent_and_every_link_works(client, home_page):
    output = load()

    assert SectionPage.objects.live().count() == 6
    assert GuidePage.objects.live().count() >= 15
    assert CountryPage.objects.live().count() >= 16
    assert NewsPage.objects.live().count() >= 8
    assert CampaignPage.objects.live().count() == 1
    assert StandardPage.objects.live().count() >= 4
    assert "• Guides:" in output and "Demo content:" in output
    for model in (SectionPage, GuidePage, CountryPage, NewsPage, CampaignPage, StandardPage):
        for page in model.objects.live():
            assert page.written_languages() == list(LANGUAGES), page.title_ru
    home = HomePage.objects.get()
    assert home.written_languages() == list(LANGUAGES)
    assert home.featured_guides.count() > 0
    assert GuidePage.objects.filter(related_guides__isnull=False).distinct().count() >= 10
    for country in CountryPage.objects.live():
        read = [source.value["accessed"] for source in country.sources_ru]
        assert read and country.last_checked >= max(read), country.title_en
    contacts = HotlineContacts.objects.get()
    assert contacts.email == "hotline@example.org"
    assert "replace them" in output

    before = content_counts()
    second = load()
    assert content_counts() == before
    assert "0 pages created" in second
    assert "not loaded" in load("--if-empty")
    assert content_counts() == before

    seen, failures = crawl(client, [f"/{code}/" for code in LANGUAGES])
    assert failures == []
    # Every country page leads to its trip plan in each language, and the plan opens.
    plan = TripPlanPage.objects.live().get()
    for country in CountryPage.objects.live():
        for code in LANGUAGES:
            with translation.override(code):
                page_url, plan_url = country.get_url(), plan.get_url()
            work_plan = f"{plan_url}work/{country.iso_code.lower()}/"
            assert page_url in seen and work_plan in seen, (country.title_en, code)
            assert f'href="{work_plan}"' in client.get(page_url).content.decode()
    guide_urls = [url for url in seen if url.count("/") == 4]  # /<lang>/<section>/<guide>/
    assert len(guide_urls) >= 15 * 3
    # The Belarusian pages are reachable and in Belarusian.
    html = client.get("/be/").content.decode()
    assert '<html lang="be">' in html and "fallback-notice" not in html


@pytest.mark.slow
def test_a_plain_run_keeps_an_editors_change_and_reset_rebuilds(demo_site, db):
    guides = GuidePage.objects.count()
    first_guide = GuidePage.objects.order_by("pk").first()
    first_guide.title_en = "Edited by an editor"
    first_guide.save_revision().publish()
    CountryPage.objects.get(slug_en="poland").delete()

    load()  # a plain run keeps an editor's change and adds what is missing
    assert GuidePage.objects.get(pk=first_guide.pk).title_en == "Edited by an editor"
    assert CountryPage.objects.filter(slug_en="poland").exists()

    output = load("--reset")

    assert "Reset: deleted" in output
    assert GuidePage.objects.count() == guides
    assert CountryPage.objects.count() >= 16
    assert not GuidePage.objects.filter(title_en="Edited by an editor").exists()
