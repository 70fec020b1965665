"""Three languages: the language switcher, redirects by language, translated slugs,
the Russian fallback and the languages of the admin."""

import pytest

from tests.page_factories import lang_fields
from tests.support import LANGUAGES, assert_contains, page_html

HOME_TITLES = {
    "ru": "Безопасный выезд за рубеж",
    "be": "Бяспечны выезд за мяжу",
    "en": "Safe travel abroad",
}


@pytest.mark.parametrize(("language", "title"), HOME_TITLES.items())
def test_home_page_renders_in_each_language(client, home_page, language, title):
    assert_contains(
        page_html(client, f"/{language}/"),
        f'<html lang="{language}">',
        f"<h1>{title}</h1>",
        f"<title>{title} — ",
    )


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("be-BY,be;q=0.9,ru;q=0.8", "/be/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("ru", "/ru/"),
        ("de", "/ru/"),
    ],
)
def test_root_redirects_by_accept_language(client, home_page, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


def switcher_label(code, name):
    """A language as the switcher names it: the code shows on phones, the name on wider
    screens and to screen readers."""
    return (
        f'<span class="language-switcher__code" aria-hidden="true">{code.upper()}</span>'
        f'<span class="language-switcher__name">{name}</span>'
    )


def switcher_link(href, code, name):
    return f'<a href="{href}" lang="{code}" hreflang="{code}">{switcher_label(code, name)}</a>'


def switcher_current(code, name):
    return f'<span lang="{code}" aria-current="true">{switcher_label(code, name)}</span>'


def test_root_without_accept_language_goes_to_russian(client, home_page):
    response = client.get("/")

    assert response["Location"] == "/ru/"


def test_a_language_read_is_not_remembered(client, home_page):
    # The reader's browser asks for Russian; reading English leaves nothing behind.
    client.get("/en/", HTTP_ACCEPT_LANGUAGE="ru")

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")

    assert response["Location"] == "/ru/"


def test_reader_in_their_browsers_language_gets_no_cookie(client, home_page):
    response = client.get("/be/", HTTP_ACCEPT_LANGUAGE="be")

    assert response.status_code == 200
    assert not response.cookies


def test_switcher_links_to_home_page_in_other_languages(client, home_page):
    assert_contains(
        client.get("/en/").content.decode(),
        switcher_link("/ru/", "ru", "Русский"),
        switcher_link("/be/", "be", "Беларуская"),
        switcher_current("en", "English"),
    )


def test_switcher_links_to_same_page_in_other_languages(client, home_page):
    _add_translated_child(home_page)

    html = client.get("/en/about-us/").content.decode()

    assert switcher_link("/ru/o-nas/", "ru", "Русский") in html
    assert switcher_link("/be/pra-nas/", "be", "Беларуская") in html
    assert switcher_current("en", "English") in html
    assert "<h1>About us</h1>" in html


def test_translated_slugs_route_only_under_their_language(client, home_page):
    _add_translated_child(home_page)

    assert client.get("/ru/o-nas/").status_code == 200
    assert client.get("/be/pra-nas/").status_code == 200
    assert client.get("/en/about-us/").status_code == 200


def test_slug_of_another_language_redirects_to_this_language(client, home_page):
    _add_translated_child(home_page)

    response = client.get("/en/o-nas/")

    assert response.status_code == 301
    assert response["Location"] == "/en/about-us/"
    assert client.get("/be/about-us/")["Location"] == "/be/pra-nas/"


def publish_without_belarusian(home_page, ru, en):
    """The home page written in Russian and English only: its Belarusian lead is empty."""
    home_page.intro_ru, home_page.intro_be, home_page.intro_en = ru, "", en
    home_page.save_revision().publish()


def test_untranslated_page_falls_back_to_russian_with_a_notice(client, home_page):
    publish_without_belarusian(
        home_page, ru="Бесплатная и конфиденциальная помощь.", en="Free and confidential help."
    )

    be_html = client.get("/be/").content.decode()
    en_html = client.get("/en/").content.decode()

    assert "Бесплатная и конфиденциальная помощь." in be_html
    assert "Гэтая старонка яшчэ не перакладзена на вашу мову" in be_html
    assert '<div class="home" lang="ru">' in be_html
    assert '<meta name="robots" content="noindex">' in be_html
    assert "Free and confidential help." in en_html
    assert "not been translated" not in en_html


def test_hreflang_lists_only_written_languages(client, home_page):
    publish_without_belarusian(home_page, ru="Текст.", en="Text.")

    html = client.get("/ru/").content.decode()

    assert 'hreflang="ru" href="http://testserver/ru/"' in html
    assert 'hreflang="en" href="http://testserver/en/"' in html
    assert 'hreflang="x-default" href="http://testserver/ru/"' in html
    assert 'hreflang="be" href=' not in html


def test_unknown_page_is_a_translated_404(client, home_page):
    html = page_html(client, "/be/nyama-takoj-staronki/", status=404)

    assert '<html lang="be">' in html
    assert "Старонка не знойдзена" in html


def test_switcher_on_a_404_leads_to_the_other_languages_home_pages(client, home_page):
    html = client.get("/be/nyama-takoj-staronki/").content.decode()

    assert switcher_link("/ru/", "ru", "Русский") in html
    assert switcher_link("/en/", "en", "English") in html
    assert "/ru/nyama-takoj-staronki/" not in html


def _add_translated_child(home_page):
    from pages.models import StandardPage

    titles = {"ru": "О нас", "be": "Пра нас", "en": "About us"}
    slugs = {"ru": "o-nas", "be": "pra-nas", "en": "about-us"}
    page = StandardPage(
        title=titles["ru"],
        slug=slugs["ru"],
        **lang_fields("title", titles),
        **lang_fields("slug", slugs),
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_admin_edits_each_language_side_by_side(admin_client, home_page):
    response = admin_client.get(f"/admin/pages/{home_page.pk}/edit/")

    assert response.status_code == 200
    html = response.content.decode()
    for code in LANGUAGES:
        for field in ("title", "slug", "seo_title", "search_description"):
            assert f'name="{field}_{code}"' in html


def test_admin_is_offered_in_russian_and_english(admin_client, db):
    response = admin_client.get("/admin/account/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<option value="ru"' in html
    assert '<option value="en"' in html
    assert '<option value="be"' not in html


def test_quick_exit_links_the_browsing_safely_advice_in_the_readers_language(client, home_page):
    from wagtail.models import Site

    from pages.models import HotlineContacts

    advice = _add_translated_child(home_page)
    contacts = HotlineContacts.for_site(Site.objects.get(is_default_site=True))
    contacts.browsing_safely_page = advice
    contacts.save()

    html = client.get("/be/").content.decode()

    assert (
        '<a class="quick-exit__advice" href="/be/pra-nas/">Як бяспечна карыстацца сайтам</a>'
        in html
    )
    # After the exit button, so the button stays the first control after the skip link.
    assert html.index("data-quick-exit>") < html.index("quick-exit__advice")

    advice.unpublish()
    assert "quick-exit__advice" not in client.get("/be/").content.decode()
