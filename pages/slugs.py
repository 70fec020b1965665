"""Latin page addresses from Russian and Belarusian titles.

The scheme is the one the site's own addresses use (pages/demo/content): a
plain, readable transliteration without diacritics, `х` → kh, `ц` → ts,
`щ` → shch, `й` and `ы` → y, soft and hard signs dropped, `ў` → u. Where the two
languages spell alike they share a letter; they differ in two places:

- `ё` is `e` in Russian, where writers often leave out its dots (so "Учёба" and
  "Учеба" give one address), and `yo` in Belarusian, where it is always written;
- a Belarusian apostrophe before `е` or `і` is heard as a "y": "сям’і" → syamyi.

The rules are written once, as regular expressions (`formatters`) that leave a
title in ASCII. The admin's slug field runs the same expressions in the browser
before Wagtail's own `urlify` (the `formatters` of wagtail.admin.widgets.SlugInput),
so the address an editor sees while typing a title is the one `slugify` makes on
the server.
"""

import re
import unicodedata
from functools import cache

from django.conf import settings

MAX_LENGTH = 255

# Both languages' letters, so that a Russian name in a Belarusian title (or the other
# way round) still comes out Latin, and the Ukrainian ones that names bring along.
CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ye",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "yi",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ў": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
YO = {"ru": "e", "be": "yo"}
# The apostrophe as typed (’), as on a keyboard without it ('), and as Unicode
# recommends for Belarusian and Ukrainian (ʼ).
APOSTROPHES = "’'ʼ"
APOSTROPHE_BEFORE = {"be": {"е": "ye", "і": "yi"}}
# Latin letters that are not a plain letter with accents.
OTHER_LATIN = {
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ø": "o",
    "ð": "d",
    "đ": "d",
    "þ": "th",
    "ł": "l",
    "ı": "i",
    "ħ": "h",
    "ŧ": "t",
    "ŋ": "ng",
}
# Whatever is left that is neither ASCII nor a space (other scripts, symbols, dashes).
NOT_ASCII = r"[^\x00-\x7f\s]"
# What comes before the first letter or digit (a dash, «, №) would become a leading
# hyphen in the browser.
LEADING_PUNCTUATION = r"^[\W_]+"


def accented_latin():
    """Each Latin letter with accents (é, ž, ō, ệ …) and the plain letter under them."""
    letters = {}
    for first, last in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        for char in map(chr, range(first, last + 1)):
            plain = unicodedata.normalize("NFD", char).encode("ascii", "ignore").decode()
            if char.isalpha() and plain.isalpha():
                letters[char] = plain.lower()
    return letters


@cache
def formatters(language):
    """(pattern, replacement) pairs, applied in order, that leave a title in ASCII.

    Every pattern means the same in Python and in JavaScript, where Wagtail passes
    them with the flags g and u (and i for IGNORECASE: a letter's pattern finds its
    capital too).
    """
    rules = [
        (re.compile(f"[{APOSTROPHES}]{letter}", re.IGNORECASE), latin)
        for letter, latin in APOSTROPHE_BEFORE.get(language, {}).items()
    ]
    letters = {
        **accented_latin(),
        **OTHER_LATIN,
        **CYRILLIC,
        "ё": YO.get(language, YO[settings.LANGUAGE_CODE]),
    }
    by_latin = {}
    for letter, latin in letters.items():
        by_latin.setdefault(latin, []).append(letter)
    rules += [
        (re.compile(f"[{''.join(group)}]", re.IGNORECASE), latin)
        for latin, group in by_latin.items()
    ]
    rules += [
        (re.compile(NOT_ASCII), ""),
        (re.compile(LEADING_PUNCTUATION, re.IGNORECASE | re.ASCII), ""),
    ]
    return tuple(rules)


def slugify(title, language):
    """The Latin slug of a title in `language`, as the admin's slug field makes it.

    After the rules, this does what Wagtail's `urlify` does in the browser: what is
    not a letter, digit, hyphen, underscore or space goes, and runs of spaces and
    hyphens become one hyphen.
    """
    value = (title or "").strip()
    for pattern, latin in formatters(language):
        value = pattern.sub(latin, value)
    value = re.sub(r"[^-\w\s]", "", value.lower())
    value = re.sub(r"[-\s]+", "-", value)
    return value[:MAX_LENGTH].rstrip("-")


def free_slug(title, language, taken):
    """The title's slug, or the first of slug-2, slug-3, … that is not in `taken`, as
    Wagtail numbers the slugs it makes itself."""
    slug = candidate = slugify(title, language)
    if not slug:
        return slug
    number = 1
    while candidate in taken:
        number += 1
        suffix = f"-{number}"
        candidate = slug[: MAX_LENGTH - len(suffix)] + suffix
    return candidate


def sibling_slugs(parent, page, language):
    """Each sibling of `page` under `parent` (`page` itself left out, if saved) with the
    slug it answers to in `language`: its own, or the default language's where it has
    none, as modeltranslation falls back.
    """
    siblings = parent.get_children()
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    # One column when `language` is the default one.
    columns = dict.fromkeys(
        [f"slug_{language}", f"slug_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}"]
    )
    return {
        pk: next((slug for slug in slugs if slug), "")
        for pk, *slugs in siblings.values_list("pk", *columns)
    }
