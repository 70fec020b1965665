"""What a page shows of other pages (related guides, a section's guides) changes on
it at once, in every language."""

import pytest
from django.test import Client

from tests.page_factories import make_guide, make_section, page_urls

pytestmark = pytest.mark.usefixtures("page_cache_on")


def render_anew(url):
    response = Client().get(url, HTTP_X_CACHE_BYPASS="bench-only-key")
    assert response["X-Cache"] == "bypass"
    return response.content.decode()


@pytest.fixture
def guides(home_page):
    section = make_section(home_page, slug="work", title="Work abroad")
    first = make_guide(section, slug="contract", title="Your contract")
    second = make_guide(section, slug="agency", title="Checking an agency")
    return first, second


def test_a_newly_related_guide_shows_at_once_in_every_language(guides):
    first, second = guides
    for url in page_urls(first).values():
        assert "Checking an agency" not in render_anew(url)

    first.related_guides.create(guide=second, sort_order=0)
    first.save_revision().publish()

    for url in page_urls(first).values():
        assert "Checking an agency" in render_anew(url)


def test_an_unpublished_related_guide_leaves_the_page_at_once(guides):
    first, second = guides
    first.related_guides.create(guide=second, sort_order=0)
    first.save_revision().publish()
    url = page_urls(first)["en"]
    assert "Checking an agency" in render_anew(url)

    second.unpublish()

    assert "Checking an agency" not in render_anew(url)


def test_a_section_shows_a_new_guide_and_drops_an_unpublished_one_at_once(guides):
    first, _second = guides
    section = first.get_parent().specific
    urls = page_urls(section).values()
    for url in urls:
        assert "Your contract" in render_anew(url)

    make_guide(section, slug="visa", title="Work visas")
    first.unpublish()

    for url in urls:
        html = render_anew(url)
        assert "Work visas" in html
        assert "Your contract" not in html
