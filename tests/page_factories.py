"""Small builders for page trees in tests (the full demo content is loaded only in
tests/test_demo_content.py)."""

import datetime

from django.utils import translation
from wagtail.models import Page

from pages.models import (
    CampaignPage,
    CountryIndexPage,
    CountryPage,
    GuidePage,
    NewsIndexPage,
    NewsPage,
    SectionPage,
    StandardPage,
    Topic,
)
from tests.support import LANGUAGES


def _per_language(value, languages):
    """A value for each language: a dict as given, a string suffixed per language."""
    if isinstance(value, dict):
        return {code: value.get(code, "") for code in LANGUAGES}
    return {code: (f"{value} {code}" if code in languages else "") for code in LANGUAGES}


def make_page(parent, model, title, slug, languages=LANGUAGES, publish=True, **fields):
    """A child of `parent` written in `languages`; text fields ending in a language
    suffix are passed as given, `title` and `slug` may be strings or per-language dicts."""
    # A previous request may have left another language active in this thread, and
    # `page.title = …` writes the active language's column.
    with translation.override("ru"):
        return _make_page(parent, model, title, slug, languages, publish, **fields)


def _make_page(parent, model, title, slug, languages, publish, **fields):
    titles = _per_language(title, languages)
    slugs = (
        slug
        if isinstance(slug, dict)
        else {code: f"{slug}-{code}" if code != "ru" else slug for code in LANGUAGES}
    )
    topics = fields.pop("topics", None)
    page = model(**fields)
    for code in LANGUAGES:
        setattr(page, f"title_{code}", titles[code])
        setattr(page, f"slug_{code}", slugs[code])
    page.title = titles["ru"]
    page.slug = slugs["ru"]
    if topics is not None:
        page.topics = topics
    if not publish:
        page.live = False
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def texts(prefix, languages=LANGUAGES):
    """`{field}_{lang}` keyword arguments for a plain-text field written in `languages`."""
    return {code: (f"{prefix} ({code})" if code in languages else "") for code in LANGUAGES}


def lang_fields(field, values):
    return {f"{field}_{code}": value for code, value in values.items()}


def body(paragraphs, languages=LANGUAGES):
    """A StreamField value per language from one paragraph text per language."""
    block = GuidePage._meta.get_field("body").stream_block
    result = {}
    for code in LANGUAGES:
        text = paragraphs.get(code, "") if isinstance(paragraphs, dict) else paragraphs
        result[f"body_{code}"] = (
            block.to_python([{"type": "paragraph", "value": f"<p>{text}</p>"}])
            if code in languages and text
            else block.to_python([])
        )
    return result


def make_topic(slug, names=None):
    names = names or {code: f"{slug} {code}" for code in LANGUAGES}
    topic = Topic(slug=slug, name_ru=names["ru"])
    for code in LANGUAGES:
        setattr(topic, f"name_{code}", names[code])
    topic.save()
    return topic


def make_menu_page(home, model, title, slug, languages, intro, **fields):
    """A page under the home page, in the menu unless `show_in_menus=False`, with an
    introduction in each language it is written in."""
    fields.setdefault("show_in_menus", True)
    intro_fields = lang_fields("intro", texts(intro, languages))
    return make_page(home, model, title, slug, languages, **intro_fields, **fields)


def make_section(home, slug="work", languages=LANGUAGES, **fields):
    title = fields.pop("title", "Section")
    return make_menu_page(home, SectionPage, title, slug, languages, "Section intro", **fields)


def make_guide(section, slug="guide", languages=LANGUAGES, text=None, **fields):
    text = text or {code: f"Guide body text in {code}" for code in LANGUAGES}
    return make_page(
        section,
        GuidePage,
        fields.pop("title", "Guide"),
        slug,
        languages,
        **lang_fields("intro", texts("Guide intro", languages)),
        **body(text, languages),
        last_reviewed=datetime.date(2026, 10, 15),
        **fields,
    )


def make_country_index(home, languages=LANGUAGES):
    titles = {"ru": "Страны", "be": "Краіны", "en": "Countries"}
    slugs = {"ru": "strany", "be": "krainy", "en": "countries"}
    return make_menu_page(home, CountryIndexPage, titles, slugs, languages, "Countries intro")


def make_country(index, titles, slugs, iso_code="PL", languages=LANGUAGES):
    return make_page(
        index,
        CountryPage,
        titles,
        slugs,
        languages,
        iso_code=iso_code,
        last_checked=datetime.date(2026, 9, 1),
        **lang_fields("intro", texts("Country intro", languages)),
        **lang_fields(
            "entry_rules",
            {code: f"<p>Entry rules {code}</p>" if code in languages else "" for code in LANGUAGES},
        ),
        **lang_fields(
            "emergency_numbers",
            {code: "<p>112</p>" if code in languages else "" for code in LANGUAGES},
        ),
    )


def make_news_index(home, languages=LANGUAGES):
    titles = {"ru": "Новости", "be": "Навіны", "en": "News"}
    slugs = {"ru": "novosti", "be": "naviny", "en": "news"}
    return make_menu_page(home, NewsIndexPage, titles, slugs, languages, "News intro")


def make_news(index, slug, date, languages=LANGUAGES, topics=None, **fields):
    return make_page(
        index,
        NewsPage,
        fields.pop("title", f"News {slug}"),
        slug,
        languages,
        date=date,
        topics=topics or [],
        **lang_fields("intro", texts(f"Lead of {slug}", languages)),
        **body({code: f"News body {slug} {code}" for code in LANGUAGES}, languages),
        **fields,
    )


def make_campaign(home, languages=LANGUAGES):
    return make_page(
        home,
        CampaignPage,
        "Campaign",
        "campaign",
        languages,
        show_in_menus=True,
        **lang_fields("intro", texts("Hero text", languages)),
        **lang_fields("cta_title", texts("Call us", languages)),
        **lang_fields("cta_text", texts("We answer", languages)),
        **lang_fields("cta_button_label", texts("Write to us", languages)),
        **body({code: f"Campaign body {code}" for code in LANGUAGES}, languages),
    )


def make_standard(home, slug="about", languages=LANGUAGES, **fields):
    title = fields.pop("title", "About")
    fields = {**body({code: f"Standard body {code}" for code in LANGUAGES}, languages), **fields}
    return make_menu_page(home, StandardPage, title, slug, languages, "Standard intro", **fields)


def page_urls(page):
    """The page's URL in every language."""
    page = Page.objects.get(pk=page.pk).specific
    urls = {}
    for code in LANGUAGES:
        with translation.override(code):
            urls[code] = page.get_url()
    return urls


# Where make_poland puts Poland, in every language.
POLAND_URLS = {
    "ru": "/ru/strany/polsha/",
    "be": "/be/krainy/polshcha/",
    "en": "/en/countries/poland/",
}


def make_work_guide(home, slugs):
    """A guide with the given slugs in a section at /ru/rabota/, /be/praca/, /en/work/."""
    section = make_section(home, slug={"ru": "rabota", "be": "praca", "en": "work"})
    return make_guide(section, slug=slugs)


def make_poland(home):
    """A country index with Poland under it, named and addressed in every language.

    A site has one country index: one already under the home page (pages an earlier
    module of the run left in the shared test database) is replaced by this one.
    """
    for index in CountryIndexPage.objects.child_of(home):
        index.delete()
    return make_country(
        make_country_index(home),
        {"ru": "Польша", "be": "Польшча", "en": "Poland"},
        {"ru": "polsha", "be": "polshcha", "en": "poland"},
    )
