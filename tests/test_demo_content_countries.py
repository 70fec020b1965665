"""The demo country pages: where people really go, each with its rules for Belarusians,
its sources, a check date no earlier than them, its emergency numbers and national
line, and the facts that changed for Belarusian citizens.

These read the data modules only (no database); tests/test_demo_content.py loads the
pages and follows their links.
"""

import datetime
import re

import pytest

from pages.demo.content import countries, countries_east, countries_eu, countries_overseas
from pages.review.content import looks_like_example_phone
from tests.support import LANGUAGES

BY_CODE = {item["iso_code"]: item for item in countries.COUNTRIES}
# Where Belarusians go to work, study, marry and travel, as the hotline hears it.
DESTINATIONS = {
    *("PL", "LT", "LV", "DE", "CZ", "IT", "ES", "CY"),
    *("RU", "TR", "GE", "KZ"),
    *("AE", "US", "IL", "EG", "TH"),
}
# The only national lines whose numbers are certain; every other is an example to check.
CHECKED_LINES = {"IT": "800 290 290", "TR": "157", "US": "1-888-373-7888"}
# What a reader must learn on these pages, in each language.
FACTS = [
    ("RU", "entry_rules", {"ru": "90 дней", "be": "90 дзён", "en": "90 days"}),
    ("CZ", "entry_rules", {"ru": "С 2022 года", "be": "З 2022 года", "en": "Since 2022"}),
    ("LT", "entry_rules", {"ru": "С 2023 года", "be": "З 2023 года", "en": "Since 2023"}),
    ("LT", "work_rules", {"ru": "визу D", "be": "візу D", "en": "D visa"}),
    ("LT", "work_rules", dict.fromkeys(LANGUAGES, "Užimtumo tarnyba")),
    ("PL", "work_rules", dict.fromkeys(LANGUAGES, "oświadczenie")),
    ("PL", "work_rules", dict.fromkeys(LANGUAGES, "zezwolenie na pracę")),
    ("TH", "intro", {"ru": "Мьянм", "be": "М’янм", "en": "Myanmar"}),
]
UKRAINE = {"ru": "Украин", "be": "Украін", "en": "Ukraine"}
# Belarusian words the glossary replaces (contract, foreigner, embassy, border guard).
NOT_BELARUSIAN_TERMS = re.compile(r"\b(дамов[аыуе]|іншазем|амбасад|пагранічнік|прама цяпер)")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def accessed_dates(item):
    return [
        datetime.date.fromisoformat(value["accessed"])
        for code in LANGUAGES
        for _kind, value in item["sources"][code]
    ]


def texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for part in value.values():
            yield from texts(part)
    elif isinstance(value, list | tuple):
        for part in value:
            yield from texts(part)


def test_the_demo_has_a_page_for_each_destination_and_none_for_ukraine():
    codes = [item["iso_code"] for item in countries.COUNTRIES]

    assert len(codes) >= 16
    assert DESTINATIONS <= set(codes)
    assert len(set(codes)) == len(codes)
    assert "UA" not in codes


def test_the_regional_modules_make_up_the_list():
    regional = countries_eu.COUNTRIES + countries_east.COUNTRIES + countries_overseas.COUNTRIES

    assert [item["key"] for item in countries.COUNTRIES] == [item["key"] for item in regional]


@pytest.mark.parametrize("code", sorted(BY_CODE))
def test_every_country_cites_sources_and_is_checked_no_earlier_than_it_read_them(code):
    item = BY_CODE[code]
    checked = datetime.date.fromisoformat(item["last_checked"])
    dates = accessed_dates(item)

    assert dates, f"{code} names no sources"
    assert all(len(item["sources"][language]) > 0 for language in LANGUAGES)
    assert checked >= max(dates), f"{code} was checked before its sources were read"
    assert checked <= datetime.date.today()


@pytest.mark.parametrize("code", sorted(BY_CODE))
def test_every_country_gives_rules_emergency_numbers_and_its_national_line(code):
    item = BY_CODE[code]
    for language in LANGUAGES:
        for field in ("intro", "entry_rules", "work_rules", "emergency_numbers", "embassy"):
            assert item[field][language].strip(), (code, field, language)
        assert re.search(r"<strong>\d{3,4}</strong>", item["emergency_numbers"][language])
        [(kind, line)] = item["trafficking_line"][language]
        assert kind == "contact_card"
        if code in CHECKED_LINES:
            assert line["phone"] == CHECKED_LINES[code]
            assert not line["needs_checking"]
        else:
            # A number nobody has confirmed is an obvious example, hidden from readers.
            assert line["needs_checking"]
            assert looks_like_example_phone(line["phone"]), (code, line["phone"])


@pytest.mark.parametrize("code", sorted(BY_CODE))
def test_slugs_are_latin_and_unique_per_language(code):
    slugs = BY_CODE[code]["slug"]

    for language in LANGUAGES:
        assert SLUG.fullmatch(slugs[language]), (code, slugs[language])
        others = [
            item["slug"][language] for item in countries.COUNTRIES if item is not BY_CODE[code]
        ]
        assert slugs[language] not in others


@pytest.mark.parametrize(("code", "field", "words"), FACTS, ids=[f"{c}-{f}" for c, f, _ in FACTS])
def test_the_facts_that_changed_for_belarusians_are_stated_in_every_language(code, field, words):
    for language in LANGUAGES:
        assert words[language] in BY_CODE[code][field][language], (code, field, language)


def test_the_country_index_says_why_ukraine_has_no_page():
    intro = countries.COUNTRY_INDEX["intro"]

    for language in LANGUAGES:
        assert UKRAINE[language] in intro[language]
    assert all(name in intro["en"] for name in ("Russian", "Belarusian", "English"))


def test_belarusian_country_texts_use_the_glossary_terms():
    for item in [countries.COUNTRY_INDEX, *countries.COUNTRIES]:
        for field, value in item.items():
            if isinstance(value, dict) and "be" in value:
                for text in texts(value["be"]):
                    assert not NOT_BELARUSIAN_TERMS.search(text.lower()), (item["slug"], field)
