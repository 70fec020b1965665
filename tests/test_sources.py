"""The "Sources" list of guides and country pages: block, page end, search, demo data."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from pages.blocks import SourceBlock, SourcesStreamBlock
from pages.demo.builder import set_translations, stream
from pages.demo.content import countries, guides
from pages.demo.content import sources as demo_sources
from pages.models import CountryPage, GuidePage
from tests.page_factories import POLAND_URLS, make_work_guide
from tests.support import LANGUAGES

TITLES = {
    "ru": "Закон о внешней трудовой миграции",
    "be": "Закон аб знешняй працоўнай міграцыі",
    "en": "Law on external labour migration",
}
URL = "https://pravo.by/"
HEADINGS = {"ru": "Источники", "be": "Крыніцы", "en": "Sources"}
ACCESSED = {
    "ru": 'дата обращения: <time datetime="2026-03-05">5 марта 2026 г.</time>',
    "be": 'дата звароту: <time datetime="2026-03-05">5 сакавіка 2026 г.</time>',
    "en": 'accessed <time datetime="2026-03-05">March 5, 2026</time>',
}
URLS = {
    "guide": {"ru": "/ru/rabota/dogovor/", "be": "/be/praca/damova/", "en": "/en/work/contract/"},
    "country": POLAND_URLS,
}


def source_list(languages=LANGUAGES, accessed="2026-03-05"):
    return {
        f"sources_{code}": stream(
            [("source", {"title": TITLES[code], "url": URL, "accessed": accessed})],
            SourcesStreamBlock(),
        )
        for code in languages
    }


def with_sources(page, languages=LANGUAGES):
    for name, value in source_list(languages).items():
        setattr(page, name, value)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def guide(home_page):
    return make_work_guide(home_page, {"ru": "dogovor", "be": "damova", "en": "contract"})


def sources_section(html):
    match = re.search(r'<section class="sources".*?</section>', html, re.S)
    return match.group(0) if match else None


@pytest.mark.parametrize("kind", ["guide", "country"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_sources_end_the_page_with_links_and_dates_in_its_language(client, request, kind, language):
    with_sources(request.getfixturevalue(kind))

    html = client.get(URLS[kind][language]).content.decode()

    section = sources_section(html)
    assert section is not None
    assert f'<h2 id="sources-heading">{HEADINGS[language]}</h2>' in section
    assert f'<a href="{URL}" rel="noopener noreferrer">{TITLES[language]}</a>' in section
    assert ACCESSED[language] in " ".join(section.split())
    # The end of the article's text: after the page's own text, with only the closing
    # tags of its columns after it (a guide's aside follows its text on a phone).
    article = html[html.index("<article") : html.index("</article>")]
    article = re.sub(r"<aside.*?</aside>", "", article, flags=re.S)
    assert re.sub(r"(\s*</div>)*\s*$", "", article).endswith(section)


@pytest.mark.parametrize("kind", ["guide", "country"])
def test_a_page_without_sources_has_no_sources_heading(client, request, kind):
    request.getfixturevalue(kind)

    html = client.get(URLS[kind]["en"]).content.decode()

    assert sources_section(html) is None
    assert ">Sources</h2>" not in html


def test_a_language_without_its_own_list_shows_the_russian_one(client, guide):
    with_sources(guide, languages=("ru",))

    section = sources_section(client.get(URLS["guide"]["en"]).content.decode())

    assert section is not None
    assert TITLES["ru"] in section
    assert ">Sources</h2>" in section


@pytest.mark.parametrize(
    ("language", "word"), [("ru", "миграции"), ("be", "міграцыі"), ("en", "migration")]
)
def test_a_source_title_is_found_by_search_in_its_language(client, guide, language, word):
    with_sources(guide)

    response = client.get(f"/{language}/search/", {"q": word})

    assert response.status_code == 200
    titles = re.findall(
        r'class="search-result__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )
    assert titles == [f"Guide {language}"]


def test_search_text_holds_the_source_title_not_its_address_or_date(guide):
    guide = with_sources(guide)

    assert TITLES["en"].lower() in guide.search_text_en
    assert TITLES["be"].lower() in guide.search_text_be
    assert "pravo.by" not in guide.search_text_en
    assert "2026" not in guide.search_text_en


def test_country_source_titles_are_searchable_too(country):
    country = with_sources(country)

    assert TITLES["ru"].lower() in country.search_text_ru


def test_a_source_needs_a_title_a_web_address_and_a_date():
    block = SourceBlock()

    with pytest.raises(Exception) as error:
        block.clean(block.to_python({"title": "", "url": "not an address", "accessed": None}))

    assert set(error.value.block_errors) == {"title", "url", "accessed"}


def test_the_source_block_describes_itself_and_previews_in_the_editors_language(
    superuser_client, django_user_model
):
    from wagtail.users.models import UserProfile

    block = SourcesStreamBlock().child_blocks["source"]
    assert str(block.get_description()).strip()
    profile = UserProfile.get_for_user(django_user_model.objects.get(username="boss"))
    profile.preferred_language = "ru"
    profile.save()

    response = superuser_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert escape("Международная организация по миграции в Беларуси") in html
    assert "5 марта 2026 г." in html


def test_the_editor_offers_sources_in_each_language(superuser_client, guide, country):
    for page in (guide, country):
        response = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

        html = response.content.decode()
        assert response.status_code == 200
        for code in LANGUAGES:
            assert f'"fieldName": "sources_{code}"' in html


# -- demo content -------------------------------------------------------------


DEMO_PAGES = [
    *[(GuidePage, item) for item in guides.all_guides()],
    *[(CountryPage, item) for item in countries.COUNTRIES],
]
WITH_SOURCES = [(model, item) for model, item in DEMO_PAGES if "sources" in item]


def test_several_demo_guides_and_countries_cite_sources():
    kinds = [model for model, _item in WITH_SOURCES]
    assert kinds.count(GuidePage) >= 3
    assert kinds.count(CountryPage) >= 3


@pytest.mark.parametrize(
    ("model", "item"), WITH_SOURCES, ids=[item["key"] for _model, item in WITH_SOURCES]
)
def test_demo_sources_are_official_https_sites_read_in_2026(model, item):
    page = model()
    set_translations(page, "sources", item["sources"])

    for code in LANGUAGES:
        value = getattr(page, f"sources_{code}")
        assert len(value) == len(item["sources"]["ru"]) > 0
        for child in value:
            source = child.value
            assert source["title"].strip()
            assert source["url"].startswith("https://")
            assert datetime.date(2026, 1, 1) <= source["accessed"] <= timezone.localdate()
    # The same sources in the same order in every language, only the titles translated.
    urls = {code: [c.value["url"] for c in getattr(page, f"sources_{code}")] for code in LANGUAGES}
    assert urls["ru"] == urls["be"] == urls["en"]


def test_every_demo_source_has_its_title_in_each_language():
    for name in dir(demo_sources):
        value = getattr(demo_sources, name)
        if name.isupper() and isinstance(value, dict):
            titles = {code: value[code][1]["title"] for code in LANGUAGES}
            assert len(set(titles.values())) == len(LANGUAGES), name
