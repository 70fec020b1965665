"""Pages cost a fixed, small number of SQL queries, whatever the size of the menu."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import HomePage
from tests import page_factories as factories
from tests.shared_data import reloaded

# The site, the page by its address and its specific row (pages.views.serve),
# Wagtail's view restrictions, the guide's topics and related guides; the menus,
# breadcrumbs and footer come from the page cache's fragments.
GUIDE_PAGE_BUDGET = 8
BYPASS = "render-anew"


@pytest.fixture(autouse=True)
def _render_anew(settings):
    # The budgets are for a page rendered anew, as on a page-cache miss: the parts
    # every page repeats (menus, breadcrumbs, footer) come from the cache. Served from the
    # page cache itself, a page costs no query at all (tests/test_page_cache.py).
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_BYPASS_KEY = BYPASS


def count_queries(client, url):
    # Warm the per-process caches (site root paths, content types) and the shared one.
    client.get(url, HTTP_X_CACHE_BYPASS=BYPASS)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, HTTP_X_CACHE_BYPASS=BYPASS)
    assert response.status_code == 200, url
    assert response["X-Cache"] == "bypass", url
    return len(context.captured_queries), context


@pytest.fixture(scope="module")
def built_site_tree(module_db):
    home_page = HomePage.objects.get()
    topic = factories.make_topic("employment")
    sections = [
        factories.make_section(home_page, slug=f"section-{n}", title=f"Section {n}")
        for n in range(3)
    ]
    guides = [
        factories.make_guide(sections[0], slug=f"guide-{n}", topics=[topic]) for n in range(3)
    ]
    guides[0].related_guides.create(guide=guides[1], sort_order=0)
    guides[0].related_guides.create(guide=guides[2], sort_order=1)
    guides[0].save_revision().publish()
    countries = factories.make_country_index(home_page)
    factories.make_country(countries, "Poland", "poland")
    news_index = factories.make_news_index(home_page)
    for n in range(3):
        factories.make_news(news_index, f"news-{n}", datetime.date(2026, 1, n + 1), topics=[topic])
    factories.make_campaign(home_page)
    factories.make_standard(home_page, slug="about")
    return {"home": home_page, "sections": sections, "guide": guides[0], "news": news_index}


@pytest.fixture
def site_tree(db, built_site_tree):
    """Sections, guides, countries, news, a campaign and a page, built once for the module;
    each test reads it afresh, and what it changes is rolled back after it."""
    return reloaded(built_site_tree)


def test_guide_page_stays_within_budget_whatever_the_menu_size(client, site_tree):
    url = site_tree["guide"].get_url()
    small_menu, context = count_queries(client, url)
    for n in range(3, 12):
        factories.make_section(site_tree["home"], slug=f"more-{n}", title=f"More {n}")
    factories.make_standard(site_tree["home"], slug="privacy", title="Privacy")

    large_menu, _ = count_queries(client, url)

    queries = "\n".join(q["sql"][:200] for q in context.captured_queries)
    assert small_menu <= GUIDE_PAGE_BUDGET, queries
    assert large_menu == small_menu
    html = client.get(url).content.decode()
    assert "More 11" in html  # the new sections really are in the menu


@pytest.mark.parametrize(
    ("page_key", "budget"),
    [
        ("home", 10),
        ("section", 9),
        ("news", 11),
        ("news_item", 8),
        ("campaign", 7),
        ("country_index", 7),
        ("country", 7),
        ("standard", 6),
    ],
)
def test_each_page_type_has_a_query_budget(client, site_tree, page_key, budget):
    from pages.models import CampaignPage, CountryIndexPage, CountryPage, NewsPage, StandardPage

    pages = {
        "home": site_tree["home"],
        "section": site_tree["sections"][0],
        "news": site_tree["news"],
        "campaign": CampaignPage.objects.get(),
        "country": CountryPage.objects.get(),
        "country_index": CountryIndexPage.objects.get(),
        "news_item": NewsPage.objects.order_by("pk").first(),
        "standard": StandardPage.objects.get(),
    }
    queries, context = count_queries(client, pages[page_key].get_url())
    assert queries <= budget, "\n".join(q["sql"][:200] for q in context.captured_queries)
