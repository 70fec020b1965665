"""Every interface string used by the code and templates is translated into ru and be."""

import shutil

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

LANGUAGES = ("ru", "be")


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory):
    """The committed catalogues with the strings the code uses now extracted into them.

    makemessages writes beside the sources (the project's locale/), whatever
    LOCALE_PATHS says: the committed files are kept aside, the extracted ones
    copied out for the test, and the committed ones put back.
    """
    import os

    locale = settings.BASE_DIR / "locale"
    committed = tmp_path_factory.mktemp("committed")
    fresh = tmp_path_factory.mktemp("fresh")
    shutil.copytree(locale, committed, dirs_exist_ok=True)
    cwd = os.getcwd()
    os.chdir(settings.BASE_DIR)
    try:
        call_command(
            "makemessages",
            locale=list(LANGUAGES),
            ignore_patterns=[".venv", "var", "tests"],
            no_location=True,
            no_obsolete=True,
            verbosity=0,
        )
        shutil.copytree(locale, fresh, dirs_exist_ok=True)
    finally:
        os.chdir(cwd)
        shutil.copytree(committed, locale, dirs_exist_ok=True)
    return fresh


def _untranslated(catalogue):
    missing = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            missing.append(entry.msgid)
        elif entry.msgid_plural:
            if not all(entry.msgstr_plural.values()) or len(entry.msgstr_plural) < 3:
                missing.append(entry.msgid)
        elif not entry.msgstr:
            missing.append(entry.msgid)
    return missing


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_translates_every_string_in_use(fresh_catalogues, language):
    catalogue = polib.pofile(str(fresh_catalogues / language / "LC_MESSAGES" / "django.po"))

    assert len(catalogue) > 20
    assert _untranslated(catalogue) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_catalogue_has_no_gaps(language):
    catalogue = polib.pofile(
        str(settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po")
    )

    assert _untranslated(catalogue) == []


def test_catalogues_keep_placeholders():
    """A translation that drops or renames a %(name)s placeholder breaks at runtime."""
    import re

    pattern = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
    problems = []
    for language in LANGUAGES:
        path = settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"
        for entry in polib.pofile(str(path)):
            wanted = sorted(set(pattern.findall(entry.msgid)))
            translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
            for text in translations:
                if text and sorted(set(pattern.findall(text))) != wanted:
                    problems.append((language, entry.msgid, text))
    assert problems == []
