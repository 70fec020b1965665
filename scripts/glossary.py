"""The house glossary (docs/glossary.md) as rules, and the texts they apply to.

Editors extend one file: each row of a language's table in the glossary gives
the word to use and the forms to avoid. `rules()` reads them, `texts()` gives
every text a reader of that language sees that the repository holds (the demo
content's values in that language and the interface catalogue), and
`avoided()` finds the forms to avoid in them. The glossary test and
`make spelling` both read the texts from here.
"""

import importlib
import pkgutil
import re
from dataclasses import dataclass
from pathlib import Path

import polib

from pages.demo import content as demo_content

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "docs" / "glossary.md"
LOCALE = ROOT / "locale"
LANGUAGES = ("ru", "be", "en")
# The catalogue whose source strings (msgid) are the English interface.
SOURCE_CATALOGUE = "ru"

SECTION = re.compile(r"^## .*\((?P<code>[a-z]{2})\)\s*$")
# Values that are not text a reader sees: a page's address, a callout's kind.
NOT_TEXT = {"slug", "kind"}
# A letter of a word, the apostrophe inside Belarusian words included.
LETTER = r"[\w’'ʼ]"


@dataclass(frozen=True)
class Rule:
    use: str
    avoid: str
    pattern: re.Pattern


def pattern_for(form):
    """A form of the Avoid column as a pattern: `/regex/` as it is, otherwise whole
    words, `*` at a word's end standing for any ending."""
    if len(form) > 2 and form.startswith("/") and form.endswith("/"):
        return re.compile(form[1:-1], re.IGNORECASE)
    words = [
        re.escape(word.rstrip("*")) + (f"{LETTER}*" if word.endswith("*") else "")
        for word in form.split()
    ]
    return re.compile(rf"(?<!{LETTER})" + r"\s+".join(words) + rf"(?!{LETTER})", re.IGNORECASE)


def rules(path=GLOSSARY):
    """{language code: [Rule, ...]} from every table row of the glossary."""
    found, language = {}, None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if heading := SECTION.match(line):
            language = heading["code"]
            found.setdefault(language, [])
            continue
        if language is None or not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 2 or cells[0] in ("Use", "---") or set(cells[0]) <= {"-", " "}:
            continue
        for form in filter(None, (part.strip() for part in cells[1].split(","))):
            found[language].append(Rule(use=cells[0], avoid=form, pattern=pattern_for(form)))
    return found


def language_strings(value, language):
    """Every text in `language` inside a demo content value: the strings under a
    per-language dict's key for it. Strings outside such dicts (keys) are not text."""
    if isinstance(value, dict):
        if set(value) == set(LANGUAGES):
            yield from all_strings(value[language])
        else:
            for key, item in value.items():
                if key not in NOT_TEXT:
                    yield from language_strings(item, language)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from language_strings(item, language)


def all_strings(value):
    """The strings of a value in one language; of a `(type, value)` block, its value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in NOT_TEXT:
                yield from all_strings(item)
    elif isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        yield from all_strings(value[1])
    elif isinstance(value, list | tuple):
        for item in value:
            yield from all_strings(item)


def demo_modules():
    """The names of the modules of pages/demo/content/."""
    return sorted(info.name for info in pkgutil.iter_modules(demo_content.__path__))


def demo_texts(language, module):
    """The texts in `language` of one demo content module, each once."""
    data = importlib.import_module(f"pages.demo.content.{module}")
    values = [getattr(data, name) for name in dir(data) if name.isupper()]
    texts = [text for value in values for text in language_strings(value, language)]
    return list(dict.fromkeys(texts))


def catalogue_texts(language):
    """The interface strings a reader of `language` sees: the translations in its
    catalogue, or for the source language the source strings."""
    code = SOURCE_CATALOGUE if language == "en" else language
    catalogue = polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))
    texts = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        if language == "en":
            texts += [entry.msgid, entry.msgid_plural]
        else:
            texts += [entry.msgstr, *entry.msgstr_plural.values()]
    return [text for text in texts if text]


def texts(language):
    """{where: [text, ...]}: each demo content module that holds texts, and the catalogue."""
    found = {}
    for module in demo_modules():
        if module_texts := demo_texts(language, module):
            found[f"pages/demo/content/{module}.py"] = module_texts
    found["catalogue"] = catalogue_texts(language)
    return found


def avoided(language_rules, strings):
    """[(form to avoid, what was found, the text around it)] in these strings."""
    return [
        (rule.avoid, match.group(0), text[max(match.start() - 40, 0) : match.end() + 40])
        for text in strings
        for rule in language_rules
        for match in rule.pattern.finditer(text)
    ]
