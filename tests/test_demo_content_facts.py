"""Facts the demo content must get right, in every language: national helplines, the
victims' help, dated figures, one piece of advice on browser history, a checklist per
purpose, the guides on tourists, coming home and sending money, a search hint that finds.

The demo content is loaded once for this module inside a transaction that is rolled
back afterwards; the data-only tests read the content modules without a database.
"""

import re
from html import unescape
from urllib.parse import quote

import pytest
from django.utils import translation

from pages.demo.content import (
    countries,
    guides,
    guides_help,
    guides_migration,
    guides_rights,
    guides_risks,
    news,
    site,
)
from tests.support import LANGUAGES, demo_site_client

NEW_GUIDES = (
    "stranded-tourist-tour-operator-problems",
    "coming-home-after-work-abroad",
    "sending-money-home-safely",
)
NATIONAL_LINES = {"it": "800 290 290", "tr": "157"}
MINISTRY_HOTLINE = {
    "ru": "Департамента по гражданству и миграции МВД",
    "be": "Дэпартамента па грамадзянстве і міграцыі МУС",
    "en": "Department on Citizenship and Migration of the Ministry of Internal Affairs",
}
REINTEGRATION = {
    "ru": ("реинтеграции", "финансов", "профессиональное обучение"),
    "be": ("рэінтэграцыі", "фінансав", "прафесійнае навучанне"),
    "en": ("reintegration", "financial", "vocational training"),
}
PURPOSE_LISTS = {
    "ru": ("работать", "учиться", "к жениху или невесте", "туристом"),
    "be": ("працаваць", "вучыцца", "да жаніха ці нявесты", "турыстам"),
    "en": ("to work", "to study", "fiancé", "as a tourist"),
}
# Advice to wipe the whole history, which the browsing-safely page warns against.
WHOLE_HISTORY_ADVICE = (
    "очистите историю",
    "удалите историю браузера",
    "ачысціце гісторыю",
    "выдаліце гісторыю браўзера",
    "clear your history afterwards",
    "clear the browser history afterwards",
    "clear your browser history afterwards",
)
YEAR = re.compile(r"\b(19|20)\d\d\b")
SHARE = re.compile(
    r"\d\s*%|процент|працэнт|per cent|percent|каждый третий|кожны трэці|one call in three"
    r"|втрое|ўтрая|three times as many|tripled"
)


def text_of(html):
    return unescape(re.sub(r"<[^>]+>", " ", html))


def strings(value):
    """Every string inside a demo content value, however deeply nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def demo_texts():
    modules = (site, news, guides_help, guides_migration, guides_risks, guides_rights, countries)
    for module in modules:
        for name in dir(module):
            if name.isupper():
                yield from strings(getattr(module, name))


def guide(key):
    return next(g for g in guides.all_guides() if g["key"] == key)


@pytest.fixture(scope="module")
def demo(request, demo_site, django_db_blocker):
    """The pages these tests read, rendered once from the demo site in every language."""
    from pages.models import CountryPage, GuidePage

    with demo_site_client(request, django_db_blocker) as client:
        result = {"guides": {}, "countries": {}, "search": {}, "live": {}}
        for slug in NEW_GUIDES + ("getting-help-abroad", "free-help-for-victims"):
            page = GuidePage.objects.get(slug_en=slug)
            result["live"][slug] = (page.live, page.written_languages())
            for language in LANGUAGES:
                with translation.override(language):
                    url = page.get_url()
                result["guides"][slug, language] = client.get(url)
        for iso_code in NATIONAL_LINES:
            page = CountryPage.objects.get(iso_code=iso_code.upper())
            for language in LANGUAGES:
                with translation.override(language):
                    url = page.get_url()
                result["countries"][iso_code, language] = client.get(url)
        for language in LANGUAGES:
            hint = re.search(
                r'class="notice search-message"[^>]*>(.*?)</p>',
                client.get(f"/{language}/search/").content.decode(),
            )
            words = re.findall(r"[«“]([^»”]+)[»”]", unescape(hint.group(1)))
            result["search"][language] = {
                word: client.get(f"/{language}/search/?q={quote(word)}") for word in words
            }
    return result


@pytest.mark.parametrize("slug", NEW_GUIDES)
def test_new_guides_are_live_in_every_language(demo, slug):
    live, languages = demo["live"][slug]
    assert live and languages == list(LANGUAGES)
    for language in LANGUAGES:
        response = demo["guides"][slug, language]
        assert response.status_code == 200, (slug, language)
        assert f'<html lang="{language}">' in response.content.decode()
        assert "fallback-notice" not in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_italy_and_turkey_pages_give_their_national_lines(demo, language):
    for iso_code, number in NATIONAL_LINES.items():
        response = demo["countries"][iso_code, language]
        shown = number in text_of(response.content.decode())
        assert response.status_code == 200
        assert shown, f"the {iso_code} page in {language} does not give {number}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_help_abroad_guide_lists_the_national_lines_and_the_ministry_hotline(demo, language):
    html = text_of(demo["guides"]["getting-help-abroad", language].content.decode())
    for number in NATIONAL_LINES.values():
        assert number in html
    assert MINISTRY_HOTLINE[language] in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_victims_help_includes_iom_reintegration_and_the_ministry_hotline(demo, language):
    html = text_of(demo["guides"]["free-help-for-victims", language].content.decode())
    for words in REINTEGRATION[language]:
        assert words in html.lower(), words
    assert MINISTRY_HOTLINE[language] in html
    # The network's size is given with its year on the about page, not undated here.
    assert {"ru": "24 стран", "be": "24 краін", "en": "24 countries"}[language] not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_hint_words_find_pages(demo, language):
    searches = demo["search"][language]
    assert len(searches) == 2, searches.keys()
    for word, response in searches.items():
        assert response.status_code == 200
        assert 'class="search-count"' in response.content.decode(), (language, word)


def test_every_share_or_count_of_calls_names_its_year():
    undated = [text for text in demo_texts() if SHARE.search(text) and not YEAR.search(text)]
    assert undated == []


def test_the_associations_size_is_given_for_2020():
    mentions = [text for text in demo_texts() if re.search(r"\b29\b.{0,40}\b24\b", text)]
    assert mentions, "the about page and the anniversary news name the association's size"
    assert all("2020" in text for text in mentions)


def test_no_demo_text_advises_clearing_the_whole_history():
    advice = [
        text
        for text in demo_texts()
        if any(phrase in text.lower() for phrase in WHOLE_HISTORY_ADVICE)
    ]
    assert advice == []


def test_no_news_item_announces_a_campaign_with_iom_as_starting():
    for item in news.NEWS:
        for language in LANGUAGES:
            title = item["title"][language]
            assert not re.search(r"Стартует|Стартуе|launch", title), title


@pytest.mark.parametrize("language", LANGUAGES)
def test_before_you_go_checklist_has_a_list_for_each_purpose(language):
    body = guide("travel-safety-checklist")["body"][language]
    titles = [value["title"] for kind, value in body if kind == "checklist"]
    for purpose in PURPOSE_LISTS[language]:
        assert any(purpose in title for title in titles), (purpose, titles)
    work_list = next(t for t in titles if PURPOSE_LISTS[language][0] in t)
    others = [value for kind, value in body if kind == "checklist" and value["title"] != work_list]
    # The employment contract and work permit belong to the work list only.
    for checklist in others:
        for item in checklist["items"]:
            assert not re.search(r"Трудовой договор|Працоўны дагавор|employment contract", item)


def test_belarusian_text_uses_one_apostrophe_and_one_spelling_of_emergency():
    # Between two Cyrillic letters only Belarusian has an apostrophe (Russian writes ъ).
    other_apostrophes = re.compile(r"[а-яёіўА-ЯЁІЎ]['ʼ][а-яёіўА-ЯЁІЎ]")
    single_n = re.compile(r"[Ээ]кстран(?!н)")
    for text in demo_texts():
        assert not other_apostrophes.search(text), text[:120]
        assert not single_n.search(text), text[:120]
