"""Every page type in every language, fallback, navigation, listings."""

import datetime
import re

import pytest
from django.utils import translation

from pages.models import GuidePage, HomePage
from tests.page_factories import (
    POLAND_URLS,
    make_campaign,
    make_country,
    make_country_index,
    make_guide,
    make_news,
    make_news_index,
    make_page,
    make_section,
    make_standard,
    make_topic,
)
from tests.shared_data import reloaded
from tests.support import LANGUAGES, assert_contains, page_html


@pytest.fixture(scope="module")
def built_tree(module_db):
    home_page = HomePage.objects.get()
    topic = make_topic("employment", {"ru": "Работа", "be": "Праца", "en": "Employment"})
    section = make_section(
        home_page,
        slug={"ru": "rabota", "be": "praca", "en": "work"},
        title={"ru": "Работа за рубежом", "be": "Праца за мяжой", "en": "Working abroad"},
    )
    guide = make_guide(
        section,
        slug={"ru": "vakansiya", "be": "vakansiya-be", "en": "job-offer"},
        title={"ru": "Проверка вакансии", "be": "Праверка вакансіі", "en": "Checking a job offer"},
        topics=[topic],
    )
    other = make_guide(
        section,
        slug={"ru": "dogovor", "be": "damova", "en": "contract"},
        title={"ru": "Договор", "be": "Дамова", "en": "Contract"},
    )
    guide.related_guides.create(guide=other, sort_order=0)
    guide.save_revision().publish()
    countries = make_country_index(home_page)
    poland = make_country(
        countries,
        {"ru": "Польша", "be": "Польшча", "en": "Poland"},
        {"ru": "polsha", "be": "polshcha", "en": "poland"},
    )
    news_index = make_news_index(home_page)
    news = make_news(
        news_index,
        "launch",
        datetime.date(2026, 5, 20),
        title={"ru": "Запуск", "be": "Запуск кампаніі", "en": "Launch"},
        topics=[topic],
    )
    campaign = make_campaign(home_page)
    about = make_standard(
        home_page,
        slug={"ru": "o-nas", "be": "pra-nas", "en": "about"},
        title={"ru": "О нас", "be": "Пра нас", "en": "About us"},
    )
    return {
        "section": section,
        "guide": guide,
        "other": other,
        "countries": countries,
        "country": poland,
        "news_index": news_index,
        "news": news,
        "campaign": campaign,
        "about": about,
        "topic": topic,
    }


@pytest.fixture
def tree(db, built_tree):
    """Every page type under the home page, built once for the module; each test reads
    it afresh, and what it changes is rolled back after it."""
    return reloaded(built_tree)


def addresses(ru, be, en):
    return {"ru": ru, "be": be, "en": en}


PAGE_URLS = {
    "section": {"ru": "/ru/rabota/", "be": "/be/praca/", "en": "/en/work/"},
    "guide": addresses("/ru/rabota/vakansiya/", "/be/praca/vakansiya-be/", "/en/work/job-offer/"),
    "countries": {"ru": "/ru/strany/", "be": "/be/krainy/", "en": "/en/countries/"},
    "country": POLAND_URLS,
    "news_index": {"ru": "/ru/novosti/", "be": "/be/naviny/", "en": "/en/news/"},
    "news": addresses("/ru/novosti/launch/", "/be/naviny/launch-be/", "/en/news/launch-en/"),
    "campaign": {"ru": "/ru/campaign/", "be": "/be/campaign-be/", "en": "/en/campaign-en/"},
    "about": {"ru": "/ru/o-nas/", "be": "/be/pra-nas/", "en": "/en/about/"},
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", list(PAGE_URLS))
def test_every_page_type_renders_in_every_language_at_its_own_slug(client, tree, key, language):
    page = tree[key]

    response = client.get(PAGE_URLS[key][language])

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f"<h1>{getattr(page, f'title_{language}')}</h1>" in html
    assert "fallback-notice" not in html
    assert page.specific.written_languages() == list(LANGUAGES)


def test_guide_shows_intro_body_review_date_topics_and_related(client, tree):
    html = client.get("/en/work/job-offer/").content.decode()

    assert_contains(
        html,
        "Guide intro (en)",
        "Guide body text in en",
        '<time datetime="2026-10-15">',
        "Employment",
        'href="/en/work/contract/">Contract</a>',
    )


@pytest.mark.parametrize(
    ("language", "url", "date"),
    [
        ("ru", "/ru/novosti/launch/", "20 мая 2026 г."),
        ("be", "/be/naviny/launch-be/", "20 траўня 2026 г."),
        ("en", "/en/news/launch-en/", "May 20, 2026"),
    ],
)
def test_dates_read_naturally_in_each_language(client, tree, language, url, date):
    # Django has no Belarusian date formats of its own: without ours a Belarusian
    # reader saw the English order with Belarusian month names ("траўня 20, 2026").
    html = client.get(url).content.decode()

    assert f'<time datetime="2026-05-20">{date}</time>' in html


def test_untranslated_page_falls_back_to_russian_with_a_notice(client, tree):
    russian_only = make_guide(
        tree["section"],
        slug={"ru": "tolko-ru", "be": "tolki-be", "en": "only-en"},
        languages=("ru",),
        title={"ru": "Только по-русски", "be": "", "en": ""},
    )

    html = page_html(client, "/be/praca/tolki-be/")

    assert_contains(
        html, "<h1>Только по-русски</h1>", "fallback-notice", '<article class="guide" lang="ru">'
    )
    assert russian_only.written_languages() == ["ru"]


def test_breadcrumbs_lead_from_home_to_the_page(client, tree):
    html = client.get("/en/work/job-offer/").content.decode()

    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert 'href="/en/"' in crumbs
    assert 'href="/en/work/">Working abroad</a>' in crumbs
    assert '<li aria-current="page">Checking a job offer</li>' in crumbs


def test_home_page_has_no_breadcrumbs(client, tree):
    assert 'class="breadcrumbs"' not in client.get("/en/").content.decode()


def test_main_menu_and_footer_come_from_show_in_menus(client, tree):
    hidden = make_section(
        tree["section"].get_parent(), slug="hidden", show_in_menus=False, title="Hidden"
    )

    html = client.get("/be/").content.decode()

    menu = html.split('class="main-menu"')[1].split("</nav>")[0]
    footer = html.split('class="site-footer__links"')[1].split("</nav>")[0]
    assert 'href="/be/praca/" aria-current' not in menu
    assert 'href="/be/praca/">Праца за мяжой</a>' in menu
    assert 'href="/be/krainy/">Краіны</a>' in menu
    assert 'href="/be/naviny/">Навіны</a>' in menu
    assert "Пра нас" not in menu and 'href="/be/pra-nas/">Пра нас</a>' in footer
    assert hidden.title_be not in menu
    # The current section is marked in the menu on its pages.
    guide_html = client.get("/be/praca/vakansiya-be/").content.decode()
    assert 'href="/be/praca/" aria-current="page"' in guide_html


def feature_the_guide(tree):
    home = tree["section"].get_parent().specific
    home.featured_guides.create(guide=tree["guide"], sort_order=0)
    home.save_revision().publish()


# What a page of the tree shows: (what to change first, its address, fragments of its HTML).
PAGE_CONTENTS = [
    pytest.param(
        feature_the_guide,
        "/en/",
        (
            'href="/en/work/">Working abroad</a>',
            'href="/en/work/job-offer/">Checking a job offer</a>',
            'href="/en/news/launch-en/">Launch</a>',
            'class="hotline-cta"',
        ),
        id="home page lists sections, latest news and the hotline call to action",
    ),
    pytest.param(
        None,
        "/en/countries/poland/",
        ("Entry rules en", "<p>112</p>", '<time datetime="2026-09-01">'),
        id="country page shows rules, emergency numbers and check date",
    ),
    pytest.param(
        None,
        "/en/news/launch-en/",
        (
            '<time datetime="2026-05-20">',
            "Lead of launch (en)",
            "News body launch en",
            'href="/en/news/?topic=employment">Employment</a>',
        ),
        id="news page shows date, lead, body and topic links",
    ),
]


@pytest.mark.parametrize(("prepare", "path", "fragments"), PAGE_CONTENTS)
def test_page_shows_its_content(client, tree, prepare, path, fragments):
    if prepare:
        prepare(tree)

    assert_contains(client.get(path).content.decode(), *fragments)


def test_country_index_lists_countries_a_to_z_in_the_readers_language(client, tree):
    index = tree["countries"]
    # In Russian: Германия < Польша < Швеция; in English: Germany < Poland < Sweden;
    # in Belarusian: Германія < Польшча < Швецыя, and «Ўзбекістан»-like letters sort last.
    make_country(index, {"ru": "Швеция", "be": "Швецыя", "en": "Sweden"}, "sweden", "SE")
    make_country(index, {"ru": "Германия", "be": "Германія", "en": "Germany"}, "germany", "DE")
    make_country(index, {"ru": "Египет", "be": "Егіпет", "en": "Egypt"}, "egypt", "EG")

    def names(language, path):
        html = client.get(path).content.decode()
        items = html.split('class="country-list"')[1].split("</ul>")[0]
        return [part.split(">", 1)[1].split("<")[0] for part in items.split("<a ")[1:]]

    assert names("ru", "/ru/strany/") == ["Германия", "Египет", "Польша", "Швеция"]
    assert names("be", "/be/krainy/") == ["Германія", "Егіпет", "Польшча", "Швецыя"]
    assert names("en", "/en/countries/") == ["Egypt", "Germany", "Poland", "Sweden"]


def test_news_index_paginates_ten_a_page(client, tree):
    for number in range(11):
        make_news(tree["news_index"], f"n{number}", datetime.date(2026, 1, number + 1))

    first = client.get("/en/news/").content.decode()
    second = client.get("/en/news/", {"page": 2}).content.decode()
    nonsense = client.get("/en/news/", {"page": "x"})

    assert first.count('class="card"') == 10
    assert second.count('class="card"') == 2
    assert 'href="?page=2"' in first
    assert nonsense.status_code == 200


def test_news_index_filters_by_topic(client, tree):
    make_news(tree["news_index"], "other", datetime.date(2026, 6, 1), title="Other")

    filtered = client.get("/en/news/", {"topic": "employment"}).content.decode()
    unknown = client.get("/en/news/", {"topic": "no-such-topic"})

    assert "Launch" in filtered and "Other en" not in filtered
    assert unknown.status_code == 200
    assert "Other en" in unknown.content.decode()


def test_campaign_shows_hero_call_to_action_and_partners(client, tree):
    campaign = tree["campaign"]
    campaign.partners.create(
        name_ru="МОМ", name_be="МАМ", name_en="IOM", url="https://www.iom.int/"
    )
    campaign.save_revision().publish()

    html = client.get("/be/campaign-be/").content.decode()

    assert "Hero text (be)" in html
    assert "Call us (be)" in html
    assert 'href="/be/hotline/">Write to us (be)</a>' in html
    assert '<a href="https://www.iom.int/" rel="noopener noreferrer">МАМ</a>' in html


def test_page_types_only_go_where_they_belong():
    from pages.models import (
        CountryIndexPage,
        CountryPage,
        GuidePage,
        HomePage,
        NewsPage,
        SectionPage,
    )

    assert GuidePage not in HomePage.allowed_subpage_models()
    assert GuidePage.allowed_parent_page_models() == [SectionPage]
    assert CountryPage.allowed_parent_page_models() == [CountryIndexPage]
    assert NewsPage.allowed_subpage_models() == []
    assert SectionPage in HomePage.allowed_subpage_models()


def test_belarusian_alphabet_puts_i_where_russian_has_i_before_short_i():
    from pages.models.countries import _sort_key

    names = ["Йемен", "Ірландыя", "Ісландыя", "Зімбабвэ", "Кіпр"]

    assert sorted(names, key=lambda name: _sort_key(name, "be")) == [
        "Зімбабвэ",
        "Ірландыя",
        "Ісландыя",
        "Йемен",
        "Кіпр",
    ]


def test_guide_lists_its_headings_on_this_page_with_links_to_them(client, home_page):
    section = make_section(home_page)
    headings = {"ru": ["Зачем", "Как"], "be": ["Навошта", "Як"], "en": ["Why", "How"]}
    block = GuidePage._meta.get_field("body").stream_block
    bodies = {
        f"body_{code}": block.to_python(
            [{"type": "heading", "value": text} for text in texts]
            + [{"type": "paragraph", "value": "<p>Text</p>"}]
        )
        for code, texts in headings.items()
    }
    guide = make_page(section, GuidePage, "Guide", "guide", **bodies)

    for code, texts in headings.items():
        with translation.override(code):
            html = page_html(client, guide.get_url())
        listing = html.split('class="on-this-page"')[1].split("</nav>")[0]
        anchors = re.findall(r'<a href="#(h-[0-9a-f]{8})">([^<]+)</a>', listing)
        assert [text for _anchor, text in anchors] == texts
        for anchor, text in anchors:
            assert f'<h2 class="block-heading" id="{anchor}">{text}</h2>' in html


def test_guide_without_headings_has_no_on_this_page_list(client, tree):
    html = page_html(client, "/en/work/job-offer/")

    assert 'class="on-this-page"' not in html
    assert 'class="hotline-box"' in html
