"""ISO 3166-1 countries with their names in English, Russian and Belarusian.

Country names are data, not interface strings: `country_name(code)` returns the name
in the active language. Generated once from Debian's iso-codes (iso_3166-1 with its
ru and be catalogues), with common short names where the official ones are unwieldy
("Russia", not "Russian Federation"). "ZZ" is the choice "another country / I don't know".
The names are a table of their own, country_names.tsv (code, en, ru, be).
"""

import csv
from pathlib import Path

from django.utils import translation

UNKNOWN = "ZZ"


def _read(path):
    """code: (English, Russian, Belarusian) from the table beside this module."""
    with path.open(encoding="utf-8", newline="") as table:
        rows = csv.DictReader(table, delimiter="\t")
        return {row["code"]: (row["en"], row["ru"], row["be"]) for row in rows}


COUNTRIES = {
    **_read(Path(__file__).with_name("country_names.tsv")),
    UNKNOWN: (
        "Another country / I don't know",
        "Другая страна / не знаю",
        "Іншая краіна / не ведаю",
    ),
}

_INDEX = {"en": 0, "ru": 1, "be": 2}
# Letters that sort apart from their base letter with a plain code-point sort.
_SORT_FOLD = str.maketrans({"ё": "е", "Ё": "Е", "і": "и", "І": "И", "ў": "у", "Ў": "У"})


def _language(language=None):
    language = (language or translation.get_language() or "ru").split("-")[0]
    return language if language in _INDEX else "ru"


def country_name(code, language=None):
    """The country's name in the given (or active) language; the code itself if unknown."""
    names = COUNTRIES.get(code)
    if names is None:
        return code or ""
    return names[_INDEX[_language(language)]]


def country_choices(language=None):
    """(code, name) pairs sorted by name in the language, "another country" last."""
    index = _INDEX[_language(language)]
    pairs = [(code, names[index]) for code, names in COUNTRIES.items() if code != UNKNOWN]
    pairs.sort(key=lambda pair: pair[1].translate(_SORT_FOLD).casefold())
    pairs.append((UNKNOWN, COUNTRIES[UNKNOWN][index]))
    return pairs


def all_country_choices():
    """Choices for the model field, evaluated lazily in the active language."""
    return country_choices()
