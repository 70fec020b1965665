"""The ways to the tools (the job-offer check and the trip plan): the home page's
"where to start", the guide on checking a job offer and every country page link
them in every language; editors choose the home page's tools themselves."""

import re
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from pages.demo.builder import with_page_links
from pages.models import (
    CountryIndexPage,
    CountryPage,
    GuidePage,
    HomePage,
    HomePageToolLink,
    JobCheckPage,
    TripPlanPage,
)
from tests.page_factories import make_guide, make_page, make_section
from tests.support import LANGUAGES, demo_site_client, page_html

HREF = re.compile(r'href="(/[^"#?]*)"')


def links(html):
    return set(HREF.findall(html))


def urls(page):
    found = {}
    for language in LANGUAGES:
        with translation.override(language):
            found[language] = page.get_url()
    return found


@pytest.fixture(scope="module")
def crawled(request, demo_site, django_db_blocker):
    """Per language, the links of the pages a reader walks through from the home page:
    the home page, the job-offer guide it features, the country index its menu links
    and every country page the index lists."""
    with demo_site_client(request, django_db_blocker) as client:
        guide = GuidePage.objects.get(slug_en="check-a-job-offer")
        index = CountryIndexPage.objects.get()
        tools = {model: urls(model.objects.live().get()) for model in (JobCheckPage, TripPlanPage)}
        pages = {}
        for language in LANGUAGES:
            home = links(page_html(client, f"/{language}/"))
            index_url, guide_url = urls(index)[language], urls(guide)[language]
            assert index_url in home and guide_url in home, language
            index_links = links(page_html(client, index_url))
            countries = {}
            for country in CountryPage.objects.live():
                country_url = urls(country)[language]
                assert country_url in index_links, (language, country.title_en)
                countries[country.iso_code.lower()] = links(page_html(client, country_url))
            pages[language] = SimpleNamespace(
                home=home, guide=links(page_html(client, guide_url)), countries=countries
            )
        yield SimpleNamespace(pages=pages, tools=tools)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_and_the_job_offer_guide_link_both_tools(crawled, language):
    job_check, plan = crawled.tools[JobCheckPage][language], crawled.tools[TripPlanPage][language]
    pages = crawled.pages[language]

    assert {job_check, plan} <= pages.home
    assert {job_check, plan} <= pages.guide


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_country_page_links_its_own_trip_plan_and_wallet_card(crawled, language):
    plan = crawled.tools[TripPlanPage][language]
    countries = crawled.pages[language].countries

    assert len(countries) >= 16
    for code, found in countries.items():
        assert f"{plan}work/{code}/" in found, (language, code)


def test_the_home_page_shows_only_published_tools_first_with_the_editors_text(client, home_page):
    section = make_section(home_page)
    check = make_page(section, JobCheckPage, "Check an offer", "check")
    plan = make_page(home_page, TripPlanPage, "Plan", "plan", publish=False)
    guide = make_guide(section)
    home_page.tool_links = [
        HomePageToolLink(tool=tool, sort_order=n, text_ru=f"Строка {n}", text_en=f"Line {n}")
        for n, tool in enumerate((check, plan))
    ]
    home_page.featured_guides.create(guide=guide, sort_order=0)
    home_page.save_revision().publish()

    html = page_html(client, "/en/")

    start = html[html.index('id="home-start"') :]
    start = start[: start.index("</section>")]
    assert start.index(urls(check)["en"]) < start.index(urls(guide)["en"])
    assert "Line 0" in start and "Line 1" not in start
    assert "Строка 0" in page_html(client, "/be/")  # no Belarusian text: the Russian one


def test_only_a_tool_can_be_chosen_as_a_tool(home_page):
    guide = make_guide(make_section(home_page))
    link = HomePageToolLink(page=HomePage.objects.get(), tool=guide, text="…")

    with pytest.raises(ValidationError) as error:
        link.full_clean()
    assert "tool" in error.value.message_dict


def test_demo_texts_link_pages_by_key_once_the_pages_exist():
    pages = {"job-check": SimpleNamespace(pk=42)}
    block = ("callout", {"text": '<p>Take <a page="job-check">the check</a>.</p>'})

    assert with_page_links(block) == ("callout", {"text": "<p>Take the check.</p>"})
    assert with_page_links(block, pages) == (
        "callout",
        {"text": '<p>Take <a linktype="page" id="42">the check</a>.</p>'},
    )


def test_editors_choose_the_tools_with_a_sentence_in_each_language(superuser_client, home_page):
    html = page_html(superuser_client, f"/admin/pages/{home_page.pk}/edit/")

    assert 'id="id_tool_links-TOTAL_FORMS"' in html
    for code in LANGUAGES:
        assert f'name="tool_links-__prefix__-text_{code}"' in html
