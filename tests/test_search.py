"""Search at /<lang>/search/: the reader's language only, stems in Russian on PostgreSQL."""

import datetime
import re

import pytest
from django.db import connection
from django.utils import timezone, translation
from wagtail.models import Site

from pages.models import HomePage, HomePageFeaturedGuide
from pages.reads import add_reads
from tests.hotline_support import set_contacts
from tests.page_factories import make_guide, make_section
from tests.shared_data import reloaded
from tests.support import CONTACTS, LANGUAGES


def result_titles(response):
    return re.findall(
        r'class="search-result__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


# Guides written in every language: slug -> (titles, texts).
GUIDES = {
    "visa": (
        {"ru": "Виза для работы", "be": "Віза для працы", "en": "A work visa"},
        {
            "ru": "Рабочая виза оформляется до выезда. Туристическая не даёт права работать.",
            "be": "Працоўная віза афармляецца да выезду. Турыстычная не дае права працаваць.",
            "en": "A work visa is issued before you leave. A tourist one does not let you work.",
        },
    ),
    "passport": (
        {"ru": "Паспорт", "be": "Пашпарт", "en": "Your passport"},
        {
            "ru": "Паспорт принадлежит вам, работодатель не может его забирать.",
            "be": "Пашпарт належыць вам, працадаўца не можа яго забіраць.",
            "en": "Your passport belongs to you; an employer may not keep it.",
        },
    ),
}


@pytest.fixture(scope="module")
def built_guides(module_db):
    home_page = HomePage.objects.get()
    section = make_section(home_page, slug="travel", title="Travel")
    made = {
        slug: make_guide(section, slug=slug, title=title, text=text)
        for slug, (title, text) in GUIDES.items()
    }
    # Written only in Russian: in Belarusian and English it is shown through fallback.
    russian_only = make_guide(
        section,
        slug="contract",
        languages=("ru",),
        title={"ru": "Трудовой договор и виза", "be": "", "en": ""},
        text={"ru": "Договор подписывают до выезда; виза должна соответствовать работе."},
    )
    return {**made, "russian_only": russian_only}


@pytest.fixture
def guides(db, built_guides):
    """Guides in every language and one in Russian only, built once for the module; each test
    reads it afresh, and what it changes is rolled back after it."""
    return reloaded(built_guides)


def test_english_search_finds_the_english_page_by_a_word(client, guides):
    response = client.get("/en/search/", {"q": "employer"})

    assert response.status_code == 200
    assert result_titles(response) == ["Your passport"]
    assert "<mark>employer</mark>" in response.content.decode()


def test_belarusian_search_finds_the_belarusian_page(client, guides):
    response = client.get("/be/search/", {"q": "працадаўца"})

    assert response.status_code == 200
    assert result_titles(response) == ["Пашпарт"]


def test_results_come_only_from_the_readers_language(client, guides):
    # «виза» is Russian: the English and Belarusian searches must not find Russian text.
    assert result_titles(client.get("/en/search/", {"q": "виза"})) == []
    assert result_titles(client.get("/be/search/", {"q": "виза"})) == []
    # An English word is not found on the Russian site either.
    assert result_titles(client.get("/ru/search/", {"q": "passport"})) == []


def test_a_page_shown_only_through_fallback_is_not_a_result_in_that_language(client, guides):
    russian = result_titles(client.get("/ru/search/", {"q": "договор"}))
    english = result_titles(client.get("/en/search/", {"q": "договор"}))

    assert russian == ["Трудовой договор и виза"]
    assert english == []


def test_russian_search_by_the_exact_word(client, guides):
    response = client.get("/ru/search/", {"q": "паспорт"})

    assert result_titles(response) == ["Паспорт"]


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Stemming needs PostgreSQL's russian text search configuration; SQLite's "
    "fallback search matches substrings only. It runs in CI on PostgreSQL.",
)
def test_russian_search_finds_other_forms_of_a_word_on_postgresql(client, guides):
    # «визы» (genitive) must find pages that say «виза» (nominative).
    titles = result_titles(client.get("/ru/search/", {"q": "визы"}))

    assert "Виза для работы" in titles
    assert "Трудовой договор и виза" in titles
    assert "Паспорт" not in titles


def test_results_are_ranked_title_matches_first(client, guides):
    titles = result_titles(client.get("/ru/search/", {"q": "виза"}))

    assert titles[0] in {"Виза для работы", "Трудовой договор и виза"}
    assert set(titles) == {"Виза для работы", "Трудовой договор и виза"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Type a word or two"),
        ("   ", "Type a word or two"),
        ("!!! &&& '''", "no letters or digits"),
        ("\x00", "no letters or digits"),
        ("<script>alert(1)</script>", "Nothing was found"),
        ("visa " * 400, "only its first 10 words"),
        ("a" * 2000, "Nothing was found"),
    ],
)
def test_empty_long_or_odd_query_gets_a_normal_page_with_a_message(client, guides, query, message):
    response = client.get("/en/search/", {"q": query})

    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "<script>alert" not in html


FROM_ABROAD = {"ru": "Из-за рубежа", "be": "З-за мяжы", "en": "From abroad"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("query", ["", "zzzqqq"])
def test_a_search_that_finds_nothing_offers_the_hotline_and_guides_to_start_with(
    client, guides, language, query
):
    set_contacts(Site.objects.get(is_default_site=True), **CONTACTS)
    home = HomePage.objects.get()
    home.featured_guides = [HomePageFeaturedGuide(guide=guides["passport"], sort_order=0)]
    home.save_revision().publish()
    with translation.override(language):
        guide_url = guides["passport"].get_url()

    html = client.get(f"/{language}/search/", {"q": query}).content.decode()

    offered = html[html.index('class="search-help"') :]
    box = offered[: offered.index("</section>")]
    abroad, belarus = CONTACTS["phone_abroad"], CONTACTS["phone_belarus"]
    assert FROM_ABROAD[language] in box and abroad in box and belarus in box
    assert box.index(abroad) < box.index(belarus)
    assert f'href="/{language}/hotline/"' in box
    assert f'<a href="{guide_url}">{GUIDES["passport"][0][language]}</a>' in offered


def test_a_search_that_finds_nothing_offers_the_most_read_guides_first(client, guides):
    home = HomePage.objects.get()
    home.featured_guides = [HomePageFeaturedGuide(guide=guides["passport"], sort_order=0)]
    home.save_revision().publish()
    today = timezone.localdate()
    add_reads(guides["visa"].pk, today, reads=3)
    # Reads older than 30 days and reads of pages that are not guides do not count.
    add_reads(guides["passport"].pk, today - datetime.timedelta(days=31), reads=50)
    add_reads(home.pk, today, reads=90)

    html = client.get("/en/search/", {"q": "zzzqqq"}).content.decode()

    offered = html[html.index("search-help__guides") :]
    assert offered.index("A work visa") < offered.index("Your passport")
    assert "Трудовой договор" not in offered


def test_a_search_with_results_offers_no_hotline_box(client, guides):
    response = client.get("/en/search/", {"q": "visa"})

    assert result_titles(response) and 'class="search-help"' not in response.content.decode()


def test_search_page_is_translated_and_not_indexed(client, guides):
    response = client.get("/be/search/", {"q": ""})

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="be">' in html
    assert '<meta name="robots" content="noindex">' in html
    assert "Пошук" in html


def test_results_are_paginated(client, home_page):
    section = make_section(home_page, slug="many", title="Many")
    for number in range(12):
        make_guide(
            section,
            slug=f"g{number}",
            title={"ru": f"Гид {number}", "be": f"Гід {number}", "en": f"Guide {number}"},
            text={code: "Contract contract" for code in LANGUAGES},
        )

    first = client.get("/en/search/", {"q": "contract"})
    second = client.get("/en/search/", {"q": "contract", "page": "2"})
    beyond = client.get("/en/search/", {"q": "contract", "page": "abc"})

    assert len(result_titles(first)) == 10
    assert len(result_titles(second)) == 2
    assert set(result_titles(first)).isdisjoint(result_titles(second))
    assert 'href="?q=contract&amp;page=2"' in first.content.decode()
    assert beyond.status_code == 200
    assert len(result_titles(beyond)) == 10


def test_block_labels_are_indexed_in_the_pages_own_language(client, home_page):
    # A callout's kind ("Information", "Warning") is part of its searchable text:
    # it was indexed in the language active at save (Russian), so a Belarusian
    # search for the Russian word «информация» found Belarusian pages.
    section = make_section(home_page, slug="notes", title="Notes")
    guide = make_guide(section, slug="note", title={"ru": "Заметка", "be": "Нататка", "en": "Note"})
    stream = guide._meta.get_field("body").stream_block
    for code, text in (("ru", "Важно"), ("be", "Важна"), ("en", "Important")):
        callout = {"kind": "info", "title": "", "text": f"<p>{text}</p>"}
        setattr(guide, f"body_{code}", stream.to_python([{"type": "callout", "value": callout}]))
    guide.save_revision().publish()

    assert result_titles(client.get("/be/search/", {"q": "информация"})) == []
    assert result_titles(client.get("/be/search/", {"q": "інфармацыя"})) == ["Нататка"]
    assert result_titles(client.get("/en/search/", {"q": "information"})) == ["Note"]
    assert result_titles(client.get("/ru/search/", {"q": "информация"})) == ["Заметка"]
