"""Extract interface strings and fill Russian and Belarusian translations from JSON.

    make translations FILE=strings.json
    .venv/bin/python scripts/translate.py FILE.json [FILE.json ...]

Each JSON file maps an English msgid to its translations:
    {"Send request": {"ru": "Отправить", "be": "Адправіць"},
     "%(count)s request|%(count)s requests": {"ru": ["…", "…", "…"], "be": ["…", "…", "…"]}}
(a plural entry's key is "singular|plural" and its values list every plural form;
a msgid with a context is keyed "context\u0004msgid", as gettext itself writes it).
The catalogues are regenerated with makemessages first, so strings that left the
code disappear; then every listed msgid gets its translation, and the catalogues
are merged once more (for gettext's line wrapping) and compiled. Prints the
msgids that are still untranslated.
"""

import json
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ru", "be")


def extract():
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "ru",
            "-l",
            "be",
            "--ignore=.venv",
            "--ignore=var",
            "--ignore=node_modules",
            "--no-obsolete",
            "--no-location",
            "-v",
            "0",
        ],
        cwd=ROOT,
        check=True,
    )


def load(files):
    translations = {}
    for name in files:
        translations.update(json.loads(Path(name).read_text(encoding="utf-8")))
    return translations


def fill(language, translations):
    path = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(path))
    catalogue.metadata["Language"] = language
    catalogue.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    if language in ("ru", "be"):
        catalogue.metadata["Plural-Forms"] = (
            "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
            "(n%100<10 || n%100>=20) ? 1 : 2);"
        )
    for entry in catalogue:
        key = f"{entry.msgid}|{entry.msgid_plural}" if entry.msgid_plural else entry.msgid
        if entry.msgctxt:
            key = f"{entry.msgctxt}\x04{key}"
        value = translations.get(key, {}).get(language)
        if value is None:
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = dict(enumerate(value))
        else:
            entry.msgstr = value
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        # makemessages' guess from a similar old msgid no longer applies.
        entry.previous_msgid = entry.previous_msgid_plural = None
    catalogue.save(str(path))
    return [
        e.msgid
        for e in catalogue
        if not e.obsolete
        and (
            e.msgstr_plural
            and not all(e.msgstr_plural.values())
            or not e.msgid_plural
            and not e.msgstr
            or "fuzzy" in e.flags
        )
    ]


def main(files):
    extract()
    translations = load(files)
    for language in LANGUAGES:
        missing = fill(language, translations)
        for msgid in missing:
            print(f"{language}: untranslated: {msgid!r}")  # noqa: T201
    # polib wraps long lines differently from gettext; a second pass through
    # makemessages restores gettext's wrapping, so that the change shows only the
    # new translations and a later `make messages` finds nothing to rewrap.
    extract()
    subprocess.run(
        [sys.executable, "manage.py", "compilemessages", "--ignore=.venv", "-v", "0"],
        cwd=ROOT,
        check=True,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
