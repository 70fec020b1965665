"""The page editor's language toggle (wagtail-modeltranslation) in the editor's language,
and the languages it shows after a failed save."""

import re

import pytest
from wagtail.models import Page
from wagtail.users.models import UserProfile

from lastrada_site.middleware import sha256_source

TOGGLE_SETTINGS = re.compile(r"<script>(\s*wagtailModelTranslations = \{.*?\};\s*)</script>", re.S)


@pytest.fixture
def editor_page(client, django_user_model, db):
    user = django_user_model.objects.create_superuser("toggle", "toggle@example.org", "pw")
    client.force_login(user)
    home = Page.objects.get(depth=2)

    def open_in(language):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        response = client.get(f"/admin/pages/add/pages/standardpage/{home.pk}/")
        assert response.status_code == 200
        return response

    return open_in


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("ru", "Показать и изменить поля на языках"),
        ("be", "Паказаць і змяніць палі на мовах"),
        ("en", "View / edit fields for"),
    ],
)
def test_the_toggle_speaks_the_editors_language_and_its_script_may_run(
    editor_page, language, heading
):
    response = editor_page(language)

    (settings_script,) = TOGGLE_SETTINGS.findall(response.content.decode())
    assert f"viewEditString: '{heading}'" in settings_script
    # The admin runs no inline script but the packages' own, allowed by their hash:
    # the translated settings must be among them, or the toggle would not start.
    script_src = next(
        directive
        for directive in response["Content-Security-Policy"].split(";")
        if directive.strip().startswith("script-src")
    )
    assert sha256_source(settings_script) in script_src.split()


def test_no_english_from_the_toggle_in_a_russian_or_belarusian_editor(editor_page):
    for language in ("ru", "be"):
        html = editor_page(language).content.decode()
        assert "View / edit fields for" not in html


def test_the_toggle_keeps_the_languages_chosen_last(editor_page):
    (settings_script,) = TOGGLE_SETTINGS.findall(editor_page("ru").content.decode())

    # The package remembers the choice in the browser and restores it on every load,
    # a failed save included (the browser test shows it).
    assert "locale_picker_restore: true" in settings_script
    assert "locale_picker_default: ['ru']" in settings_script


def test_the_editor_shows_languages_with_errors_after_the_toggle_is_built(editor_page):
    html = editor_page("ru").content.decode()

    toggle = html.index("wagtail_modeltranslation/js/language_toggles.js")
    assert html.index("js/editor-languages.js") > toggle
