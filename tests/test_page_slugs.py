"""Page addresses in the admin: Latin slugs per language, filled on the server when
left empty, and a slug that another page holds refused with a link to that page."""

import json
import re
from html import unescape

import pytest
from django.utils import translation
from wagtail.blocks.base import BlockField
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from pages.models import StandardPage
from tests.page_factories import make_page

ADD = "/admin/pages/add/pages/standardpage/{parent}/"
EDIT = "/admin/pages/{pk}/edit/"


@pytest.fixture
def home(db):
    return Page.objects.get(depth=2).specific


@pytest.fixture
def editor(client, django_user_model):
    """A signed-in editor whose admin speaks Russian, as most editors' does."""
    user = django_user_model.objects.create_superuser("slugs", "slugs@example.org", "pw")
    client.force_login(user)
    speak(user, "ru")
    return user


def speak(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def form_data(**values):
    """What the admin's form for a standard page sends, with empty streams and lists."""
    form_class = StandardPage.get_edit_handler().get_form_class()
    data = {
        name: streamfield([])
        for name, field in form_class.base_fields.items()
        if isinstance(field, BlockField)
    }
    data.update({name: inline_formset([]) for name in form_class.formsets})
    data.update(values)
    return nested_form_data(data)


def slug_errors(response, field):
    """The error messages shown at a field, as HTML."""
    html = response.content.decode()
    block = re.search(
        rf'data-contentpath="{field}".*?class="w-field__errors"[^>]*>(.*?)</div>',
        html,
        re.S,
    )
    assert block, f"no {field} field in the form"
    return [m.strip() for m in re.findall(r'<p class="error-message">(.*?)</p>', block[1], re.S)]


def draft(home, titles, slugs):
    return make_page(home, StandardPage, titles, slugs, publish=False)


def test_a_page_added_without_slugs_gets_a_latin_one_from_each_title(home):
    page = StandardPage(title_ru="Учёба за границей", title_be="Вучоба за мяжой")
    with translation.override("ru"):
        home.add_child(instance=page)

    page.refresh_from_db()
    assert (page.slug_ru, page.slug_be) == ("ucheba-za-granitsey", "vuchoba-za-myazhoy")
    # No English title, no English slug: the English address falls back to Russian.
    assert not page.slug_en
    assert page.url_path_ru == "/home/ucheba-za-granitsey/"
    assert page.url_path_be == "/home/vuchoba-za-myazhoy/"


def test_a_slug_made_on_the_server_is_numbered_when_a_sibling_has_it(home):
    draft(home, {"ru": "Контакты"}, {"ru": "kontakty", "be": "", "en": ""})
    page = StandardPage(title_ru="Контакты")

    with translation.override("ru"):
        home.add_child(instance=page)

    assert page.slug_ru == "kontakty-2"


def test_a_title_added_later_in_belarusian_gets_its_own_slug_when_saved(home):
    page = make_page(home, StandardPage, {"ru": "Контакты"}, {"ru": "kontakty", "be": "", "en": ""})

    page.title_be = "Кантакты"
    page.save_revision().publish()

    page.refresh_from_db()
    assert page.slug_be == "kantakty"
    with translation.override("be"):
        assert page.url == "/be/kantakty/"


def test_the_admin_makes_empty_slugs_from_the_titles(client, editor, home):
    data = form_data(title_ru="Права иностранных работников", title_be="Правы замежных работнікаў")

    response = client.post(ADD.format(parent=home.pk), data, follow=True)

    assert response.status_code == 200
    page = StandardPage.objects.get(title_ru="Права иностранных работников")
    assert page.slug_ru == "prava-inostrannykh-rabotnikov"
    assert page.slug_be == "pravy-zamezhnykh-rabotnikau"


def test_the_admin_numbers_an_empty_slug_whose_title_another_page_has(client, editor, home):
    draft(home, {"ru": "Контакты"}, {"ru": "kontakty", "be": "", "en": ""})

    client.post(ADD.format(parent=home.pk), form_data(title_ru="Контакты"))

    assert StandardPage.objects.filter(slug_ru="kontakty-2").exists()


def test_a_cyrillic_slug_sent_without_the_browsers_script_is_stored_in_latin(client, editor, home):
    data = form_data(title_ru="Как проверить вакансию", slug_ru="проверка-вакансии")

    client.post(ADD.format(parent=home.pk), data)

    assert StandardPage.objects.get(title_ru="Как проверить вакансию").slug_ru == (
        "proverka-vakansii"
    )


def test_the_form_fills_each_slug_field_with_latin_rules_of_its_own_language(client, editor, home):
    html = client.get(ADD.format(parent=home.pk)).content.decode()

    for language, yo in (("ru", "e"), ("be", "yo")):
        tag = re.search(rf'<input type="text" name="slug_{language}"[^>]*>', html)[0]
        assert f'data-w-slug-locale-value="{language}"' in tag
        rules = json.loads(unescape(re.search(r'data-w-slug-formatters-value="([^"]*)"', tag)[1]))
        assert [latin for (pattern, _flags), latin in rules if "ё" in pattern] == [yo]
        # The title of the same language drives it as the editor types.
        title = re.search(rf'<input type="text" name="title_{language}"[^>]*>', html)[0]
        assert f'data-w-sync-target-value="#id_slug_{language}"' in title
    assert "data-w-slug-allow-unicode-value" not in html


def test_a_slug_that_a_draft_holds_is_refused_at_the_field_with_a_link_to_the_draft(
    client, editor, home
):
    abandoned = draft(home, {"ru": "Учёба за границей"}, {"ru": "ucheba", "be": "", "en": ""})
    data = form_data(title_ru="Учёба за границей", slug_ru="ucheba")

    response = client.post(ADD.format(parent=home.pk), data)

    assert response.status_code == 200
    assert StandardPage.objects.filter(slug_ru="ucheba").count() == 1
    assert slug_errors(response, "slug_ru") == [
        "Этот адрес уже занят черновиком «Учёба за границей». "
        f'<a href="/admin/pages/{abandoned.pk}/edit/" target="_blank" rel="noopener">'
        "Откройте его</a> или выберите другой адрес."
    ]


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ru", "Этот адрес уже занят страницей «Контакты». "),
        ("be", "Гэты адрас ужо заняты старонкай «Контакты». "),
        ("en", "This address is already used by the page “Контакты”. "),
    ],
)
def test_a_slug_that_a_published_page_holds_is_refused_in_the_editors_language(
    client, editor, home, language, message
):
    speak(editor, language)
    live = make_page(home, StandardPage, {"ru": "Контакты"}, {"ru": "kontakty", "be": "", "en": ""})

    response = client.post(
        ADD.format(parent=home.pk), form_data(title_ru="Контакты", slug_ru="kontakty")
    )

    (error,) = slug_errors(response, "slug_ru")
    assert error.startswith(message)
    assert f'href="/admin/pages/{live.pk}/edit/"' in error


def test_a_belarusian_slug_is_checked_against_the_belarusian_slugs(client, editor, home):
    other = draft(
        home,
        {"ru": "Контакты", "be": "Кантакты"},
        {"ru": "kontakty", "be": "kantakty", "en": ""},
    )
    data = form_data(title_ru="Связь", slug_ru="svyaz", title_be="Кантакты", slug_be="kantakty")

    response = client.post(ADD.format(parent=home.pk), data)

    assert slug_errors(response, "slug_ru") == []
    (error,) = slug_errors(response, "slug_be")
    assert "«Кантакты»" in error
    assert f'href="/admin/pages/{other.pk}/edit/"' in error


def test_a_page_keeps_its_own_slug_when_edited(client, editor, home):
    page = draft(home, {"ru": "Контакты"}, {"ru": "kontakty", "be": "", "en": ""})

    response = client.post(
        EDIT.format(pk=page.pk), form_data(title_ru="Контакты!", slug_ru="kontakty")
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_ru == "Контакты!"
