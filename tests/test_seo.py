"""Titles, descriptions, canonical and hreflang links, the sitemap, robots.txt and the news feed."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from pages.models import HomePage
from tests.page_factories import make_guide, make_news, make_news_index, make_section, make_topic
from tests.shared_data import reloaded
from tests.support import LANGUAGES, assert_contains, page_html

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def parse_xml(content):
    return ET.fromstring(content)  # noqa: S314 - the site's own response, not untrusted input


@pytest.fixture(scope="module")
def built_tree(module_db):
    home_page = HomePage.objects.get()
    section = make_section(
        home_page, slug={"ru": "rabota", "be": "praca", "en": "work"}, title="Work"
    )
    full = make_guide(
        section,
        slug={"ru": "dogovor", "be": "damova", "en": "contract"},
        title={"ru": "Договор", "be": "Дамова", "en": "Contract"},
        search_description_ru="Что проверить в договоре",
        search_description_be="Што праверыць у дамове",
        search_description_en="What to check in a contract",
    )
    russian_only = make_guide(
        section,
        slug={"ru": "tolko-ru", "be": "tolki-be", "en": "only-en"},
        languages=("ru",),
        title={"ru": "Только по-русски", "be": "", "en": ""},
    )
    return {"section": section, "full": full, "russian_only": russian_only}


@pytest.fixture
def tree(db, built_tree):
    """A section with a full guide and a Russian-only one, built once for the module; each test
    reads it afresh, and what it changes is rolled back after it."""
    return reloaded(built_tree)


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = parse_xml(response.content)
    entries = {}
    for url in root.findall("s:url", SITEMAP_NS):
        loc = url.find("s:loc", SITEMAP_NS).text
        entries[loc] = {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", SITEMAP_NS)
        }
    return entries


def test_page_head_has_title_description_canonical_og_and_hreflang(client, tree):
    html = page_html(client, "/be/praca/damova/")

    assert 'name="robots"' not in html
    assert_contains(
        html,
        "<title>Дамова — ",
        '<meta name="description" content="Што праверыць у дамове">',
        '<link rel="canonical" href="http://testserver/be/praca/damova/">',
        '<meta property="og:title" content="Дамова">',
        '<meta property="og:locale" content="be_BY">',
        *(
            f'<link rel="alternate" hreflang="{code}" href="http://testserver{path}">'
            for code, path in (
                ("ru", "/ru/rabota/dogovor/"),
                ("be", "/be/praca/damova/"),
                ("en", "/en/work/contract/"),
                ("x-default", "/ru/rabota/dogovor/"),
            )
        ),
    )


def test_page_without_a_search_description_is_described_by_its_introduction(client, tree):
    # Editors often leave the promote tab's description empty: the page's own
    # introduction in the reader's language describes it then.
    html = client.get("/be/praca/").content.decode()
    intro = tree["section"].intro_be

    assert intro and not tree["section"].search_description_be
    assert f'<meta name="description" content="{intro}">' in html
    assert f'<meta property="og:description" content="{intro}">' in html


def test_fallback_page_is_noindex_canonical_to_russian_and_has_no_own_hreflang(client, tree):
    html = page_html(client, "/en/work/only-en/")

    assert_contains(
        html,
        "Только по-русски",
        '<meta name="robots" content="noindex">',
        '<link rel="canonical" href="http://testserver/ru/rabota/tolko-ru/">',
    )
    assert 'hreflang="en"' not in html.split("<body")[0]


def test_sitemap_lists_each_page_in_the_languages_it_is_written_in(client, tree):
    entries = sitemap_entries(client)

    base = "http://testserver"
    assert entries[f"{base}/be/praca/damova/"] == {
        "ru": f"{base}/ru/rabota/dogovor/",
        "be": f"{base}/be/praca/damova/",
        "en": f"{base}/en/work/contract/",
        "x-default": f"{base}/ru/rabota/dogovor/",
    }
    assert f"{base}/ru/rabota/tolko-ru/" in entries
    assert f"{base}/en/work/only-en/" not in entries
    assert f"{base}/be/praca/tolki-be/" not in entries
    assert entries[f"{base}/ru/rabota/tolko-ru/"] == {
        "ru": f"{base}/ru/rabota/tolko-ru/",
        "x-default": f"{base}/ru/rabota/tolko-ru/",
    }
    # The home page as setup_site makes it has no lead text yet: Russian only.
    assert f"{base}/ru/" in entries
    assert f"{base}/en/" not in entries


def test_sitemap_leaves_out_draft_pages(client, tree):
    tree["full"].unpublish()

    entries = sitemap_entries(client)

    assert "http://testserver/en/work/contract/" not in entries
    assert "http://testserver/en/work/" in entries


def test_robots_txt_shows_the_sitemap_keeps_search_out_and_hides_the_admin(client, home_page):
    response = client.get("/robots.txt")

    text = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "admin" not in text
    for code in LANGUAGES:
        assert f"Disallow: /{code}/search/" in text


@pytest.fixture(scope="module")
def built_news(module_db):
    home_page = HomePage.objects.get()
    index = make_news_index(home_page)
    topic = make_topic("employment", {"ru": "Работа", "be": "Праца", "en": "Work"})
    items = [
        make_news(
            index,
            f"item-{n}",
            datetime.date(2026, 3, n + 1),
            title={"ru": f"Новость {n}", "be": f"Навіна {n}", "en": f"News item {n}"},
            topics=[topic],
        )
        for n in range(3)
    ]
    untranslated = make_news(
        index,
        "ru-only",
        datetime.date(2026, 4, 1),
        languages=("ru",),
        title={"ru": "Только русская новость", "be": "", "en": ""},
    )
    return {"index": index, "items": items, "untranslated": untranslated}


@pytest.fixture
def news(db, built_news):
    """A news index with three items and a Russian-only one, built once for the module; each
    test reads it afresh, and what it changes is rolled back after it."""
    return reloaded(built_news)


def test_news_feed_is_rss_in_the_pages_language_with_its_items(client, news):
    response = client.get("/be/naviny/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse_xml(response.content).find("channel")
    assert channel.find("title").text == "Навіны"
    assert channel.find("language").text == "be"
    titles = [item.find("title").text for item in channel.findall("item")]
    assert titles == ["Навіна 2", "Навіна 1", "Навіна 0"]  # newest first, no untranslated item
    first = channel.findall("item")[0]
    assert first.find("link").text.endswith("/be/naviny/item-2-be/")
    assert first.find("guid").text == first.find("link").text
    assert first.find("category").text == "Праца"
    assert "2026" in first.find("pubDate").text


def test_russian_feed_includes_the_russian_only_item(client, news):
    channel = parse_xml(client.get("/ru/novosti/feed/").content).find("channel")

    titles = [item.find("title").text for item in channel.findall("item")]
    assert titles[0] == "Только русская новость"
    assert len(titles) == 4


def test_news_pages_advertise_the_feed(client, news):
    for url in ("/en/news/", "/en/news/item-1-en/"):
        html = client.get(url).content.decode()
        assert (
            '<link rel="alternate" type="application/rss+xml" title="News" href="/en/news/feed/">'
            in html
        )


FORM_DESCRIPTIONS = {
    "ru": "Бесплатная и конфиденциальная консультация горячей линии",
    "be": "Бясплатная і канфідэнцыйная кансультацыя гарачай лініі",
    "en": "Ask the safe travel abroad hotline for a free, confidential consultation",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_hotline_form_head_has_description_canonical_and_hreflang(client, home_page, language):
    head = page_html(client, f"/{language}/hotline/?from=poster").split("<body")[0]

    assert 'name="robots"' not in head
    assert f'<meta name="description" content="{FORM_DESCRIPTIONS[language]}' in head
    # The query string of a poster's link is not part of the address to index.
    assert f'<link rel="canonical" href="http://testserver/{language}/hotline/">' in head
    for code in LANGUAGES:
        assert (
            f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/hotline/">'
            in head
        )
    assert (
        '<link rel="alternate" hreflang="x-default" href="http://testserver/ru/hotline/">' in head
    )
    assert f'<meta property="og:url" content="http://testserver/{language}/hotline/">' in head


@pytest.mark.parametrize("language", LANGUAGES)
def test_hotline_thanks_pages_are_kept_out_of_search(client, home_page, language):
    from tests.hotline_support import valid_data

    sent = client.post(f"/{language}/hotline/", valid_data())
    assert sent.status_code == 303
    thanks = client.get(sent["Location"])
    expired = client.get(f"/{language}/hotline/thanks/not-a-real-token/")

    for response, status in ((thanks, 200), (expired, 404)):
        head = response.content.decode().split("<body")[0]
        assert response.status_code == status
        assert '<meta name="robots" content="noindex">' in head
        assert 'rel="canonical"' not in head and "hreflang" not in head


def test_sitemap_lists_the_hotline_form_in_every_language(client, home_page):
    entries = sitemap_entries(client)

    base = "http://testserver"
    expected = {code: f"{base}/{code}/hotline/" for code in LANGUAGES}
    expected["x-default"] = f"{base}/ru/hotline/"
    for code in LANGUAGES:
        assert entries[f"{base}/{code}/hotline/"] == expected
    assert not any("/thanks/" in loc for loc in entries)
