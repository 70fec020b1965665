"""Build the word lists of the secret keys for answers on the site (hotline/wordlists/).

    .venv/bin/python scripts/make_word_lists.py

A key is five words drawn from the list of the reader's language, so each list
needs well over a thousand words that are common, easy to spell and to type, and
that nobody minds seeing on their screen. The words come from the site's own demo
texts first (the vocabulary readers of this site meet anyway), then from the
Russian and Belarusian interface catalogues of the installed packages (and their
English originals). Each word is reduced to its dictionary form with Debian's
hunspell (hunspell-ru, hunspell-be, hunspell-en-gb) and kept only when it:

* is a lower-case word of 4 to 8 letters (9 in Belarusian) of the language's own alphabet (no
  proper names, no abbreviations, no apostrophes or hyphens);
* is an entry of the hunspell dictionary of its language, and a noun or an
  adjective there (or a Russian infinitive): the dictionaries' affix flags tell
  these from verb forms, pronouns and adverbs, which are harder to remember;
* shares no root with the words below: violence, crime, exploitation, illness,
  sex, religion, politics and the like have no place in a key that a person in
  trouble writes down or reads on a watched phone;
* differs from every word kept before it even when ё, і and ў are typed as е, и
  and у (answer_keys.py folds them the same way when it checks a key).

The most frequent words come first; each list keeps at most 2,048 words. Run it
again after the demo texts change; the result is committed, so the site needs
neither hunspell nor this script.
"""

import collections
import glob
import importlib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hotline.answer_keys import fold  # noqa: E402

OUTPUT = ROOT / "hotline" / "wordlists"
HUNSPELL = "/usr/bin/hunspell"
DICTIONARIES = {"ru": "ru_RU", "be": "be_BY", "en": "en_GB"}
ALPHABETS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "en": "abcdefghijklmnopqrstuvwxyz",
}
LONGEST_LIST = 2048
# Belarusian words run longer, and its dictionary lists fewer of them as lemmas.
LONGEST_WORD = {"ru": 8, "be": 9, "en": 8}
# Affix flags of nouns and adjectives in each dictionary; a Russian verb is kept only
# in its infinitive. The Belarusian dictionary lists verbs in the first person, with
# lower-case flags only.
NOUN_FLAGS = {"ru": set("AEFGHIJKNOSXZ"), "be": None, "en": None}
INFINITIVE = re.compile(r"(ть|ти|чь)$")
DEMO_WEIGHT = 1000  # a word of the demo texts goes before any word of the catalogues
WORD = re.compile(r"[^\W\d_]+")
MARKUP = re.compile(r"<[^>]+>|%\(\w+\)[sd]|\{\w*\}|&\w+;")

# Roots of words that must never be part of a key.
AVOID = {
    "ru": (
        "насил изнас эксплуат рабств рабын торговл вербов убий убив убит смерт умер умир "
        "труп гроб секс проститу интим порн эрот наркот полиц милиц тюрьм арест задерж "
        "депорт похищ пропаж жертв угроз опасн побо избив кров оруж бомб войн воен "
        "террор суицид самоуб болезн больн вирус беремен аборт религ бог церк ислам "
        "христ политик партия шантаж долг обман мошен краж вор преступ трафик контраб "
        "нелегал штраф суд прокур следств пытк страх ужас враг драк плох глуп дурак "
        "идиот ненав голый голая туалет пьян водк алког табак курен казин ставк "
        "азарт чёрт черт дьявол мёртв мерт слеж шпион принужд винов беда кризис выкуп тревож"
    ).split(),
    "be": (
        "насіл згвалт эксплуат рабств рабын гандл вярбоў забой забіў забіт смерц памёр "
        "памер труп труна сэкс прастыту інтым порн эрот нарко паліц міліц турм арышт "
        "затрым дэпарт выкрад знікн ахвяр пагроз небяспе збіц збіва кроў крыв збро "
        "бомб вайн вайск тэрар суіцыд хвароб хвор вірус цяжарн аборт рэліг бог царк "
        "іслам хрысц палітык партыя шантаж доўг даўг ашук махляр крадз злодз злачын "
        "кантраб нелегал штраф суд пракур следств катав страх жах вораг бойк дрэн "
        "дурн ідыёт нянаві голы голая туалет п’ян гарэлк алкаг тытун казін чорт д’ябал "
        "пекл мёртв мерц сачэнн шпіён прымус вінават бяда крызіс выкуп трывож"
    ).split(),
    "en": (
        "abus assault rape kill murder dead death die dying corpse coffin sex prostitut "
        "intim porn erotic drug police prison jail arrest detain deport kidnap abduct "
        "missing victim threat danger beat blood weapon gun bomb war terror suicid "
        "disease sick ill virus pregnan abort religi god church islam christ politic "
        "party blackmail debt fraud scam steal theft thief crime crimin traffic smuggl "
        "illegal fine court prosecut tortur fear horror enemy fight bad stupid idiot "
        "hate naked nude toilet drunk alcohol vodka tobacco smok casino gambl devil "
        "hell damn slave exploit violen force fat ugly surveil spy tattoo suffer "
        "node null byte pixel debug array query regex json html guilt crisis coerc trouble "
        "ransom anxi"
    ).split(),
}


def demo_texts():
    """Every translated text of the demo content, per language."""
    texts = {language: [] for language in DICTIONARIES}

    def strings(value, out):
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                strings(item, out)
        elif isinstance(value, list | tuple):
            for item in value:
                strings(item, out)

    def walk(value):
        if isinstance(value, dict) and set(texts) <= set(value):
            for language in texts:
                strings(value[language], texts[language])
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    for path in sorted((ROOT / "pages" / "demo_content").glob("*.py")):
        module = importlib.import_module(f"pages.demo.content.{path.stem}")
        for name in dir(module):
            if not name.startswith("__"):
                walk(getattr(module, name))
    return {language: " ".join(parts) for language, parts in texts.items()}


def catalogue_texts():
    """The interface catalogues of this site and of the installed packages: ru and be,
    and the English msgids."""
    import polib

    texts = {language: [] for language in DICTIONARIES}
    site_packages = Path(polib.__file__).resolve().parent
    for language in ("ru", "be"):
        pattern = f"{site_packages}/**/locale/{language}/LC_MESSAGES/*.po"
        own = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
        for name in [str(own), *sorted(glob.glob(pattern, recursive=True))]:
            try:
                catalogue = polib.pofile(name)
            except OSError:
                continue
            for entry in catalogue:
                texts[language].append(entry.msgstr or " ".join(entry.msgstr_plural.values()))
                if language == "ru":
                    texts["en"].append(entry.msgid)
    return {language: " ".join(parts) for language, parts in texts.items()}


def word_counts(text):
    return collections.Counter(WORD.findall(MARKUP.sub(" ", text).lower()))


def dictionary_forms(language, words):
    """{word: its dictionary form} for the words hunspell knows."""
    result = subprocess.run(  # noqa: S603 - a fixed program; the words go to its input
        [HUNSPELL, "-d", DICTIONARIES[language], "-s", "-i", "utf-8"],
        input="\n".join(words),
        capture_output=True,
        text=True,
        check=True,
    )
    forms = {}
    for block in result.stdout.split("\n\n"):
        lines = [line.split() for line in block.strip().splitlines() if line.strip()]
        stems = {line[1] for line in lines if len(line) > 1}
        if lines and stems:
            word = lines[0][0]
            forms[word] = word if word in stems else min(stems, key=lambda s: (len(s), s))
    return forms


def dictionary_entries(language):
    """{word: its affix flags} of the hunspell dictionary."""
    path = Path("/usr/share/hunspell") / f"{DICTIONARIES[language]}.dic"
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        word, _slash, flags = line.strip().lstrip("\ufeff").partition("/")
        entries.setdefault(word, flags)
    return entries


def is_noun_or_adjective(language, flags, word):
    if language == "be":
        return flags.isupper()
    if not flags:
        return False
    if language == "ru":
        return set(flags) <= NOUN_FLAGS["ru"] or bool(INFINITIVE.search(word))
    return True


def acceptable(language, word, entries):
    letters = ALPHABETS[language]
    return (
        4 <= len(word) <= LONGEST_WORD[language]
        and all(letter in letters for letter in word)
        and word in entries
        and is_noun_or_adjective(language, entries[word], word)
        and not any(root in word for root in AVOID[language])
    )


def build(language, demo, catalogues):
    entries = dictionary_entries(language)
    scores = collections.Counter()
    for text, weight in ((demo, DEMO_WEIGHT), (catalogues, 1)):
        counts = word_counts(text)
        forms = dictionary_forms(language, list(counts))
        for word, count in counts.items():
            form = forms.get(word)
            if form and acceptable(language, form, entries):
                scores[form] += count * weight
    chosen, seen = [], set()
    for word, _score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        if fold(word) not in seen:
            seen.add(fold(word))
            chosen.append(word)
    return chosen[:LONGEST_LIST]


def main():
    import django

    django.setup()
    demo, catalogues = demo_texts(), catalogue_texts()
    OUTPUT.mkdir(exist_ok=True)
    for language in DICTIONARIES:
        words = build(language, demo[language], catalogues[language])
        (OUTPUT / f"{language}.txt").write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
        print(f"{language}: {len(words)} words")


if __name__ == "__main__":
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lastrada_site.settings.dev")
    main()
