"""A real browser counts a read of every page it opens, from the page cache too,
without JavaScript and without being given a cookie."""

import pytest

from .helpers import open_page

pytestmark = pytest.mark.e2e

# An ordinary phone browser: Playwright's own names itself "HeadlessChrome", a robot.
PHONE = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"


def reads_of(page_pk):
    from pages.models import PageReads

    return sum(PageReads.objects.filter(page_id=page_pk).values_list("reads", flat=True))


def test_each_opening_of_a_page_is_counted_once_even_from_the_cache(open_tab, site):
    tab = open_tab(javascript=False, user_agent=PHONE)
    guide = site.guide
    before = reads_of(guide.pk)
    images = []
    tab.on("response", lambda response: "/reads/" in response.url and images.append(response))

    # The first opening stores the page; a later one comes from the cache (a content
    # change just before may make one more miss while the generation is re-read).
    openings = [open_page(tab, guide.urls["ru"])]
    while openings[-1].headers.get("x-cache") != "hit" and len(openings) < 4:
        openings.append(open_page(tab, guide.urls["ru"]))

    assert openings[-1].headers.get("x-cache") == "hit", [
        o.headers.get("x-cache") for o in openings
    ]
    assert [response.status for response in images] == [200] * len(openings)
    assert all("set-cookie" not in response.headers for response in images)
    assert tab.context.cookies() == []
    assert reads_of(guide.pk) == before + len(openings)
