"""`make spelling`: the words hunspell does not know in the demo content and the catalogues.

Runs Debian's hunspell dictionaries (be_BY, ru_RU, en_GB) over the same texts the
glossary test reads (scripts/glossary.py) and lists, per language, each unknown word
that is not in the project's word list (docs/spelling/<language>.txt), how often it
occurs and where first. The old Belarusian dictionary misses many modern words, so
this never fails: read the list, fix the misspellings, and add the words that are
right to the word list, one a line.

    python scripts/spelling.py            # every language
    python scripts/spelling.py be         # Belarusian only
"""

import html
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import glossary  # noqa: E402

DICTIONARIES = {"be": "be_BY", "ru": "ru_RU", "en": "en_GB"}
WORD_LISTS = ROOT / "docs" / "spelling"
# What is not prose: tags, placeholders, addresses.
NOT_WORDS = re.compile(
    r"<[^>]+>|%\(\w+\)[sd]|\{\w*\}|https?://\S+|[\w.+-]+@[\w.-]+|\b[\w-]+\.(?:py|md|txt)\b"
)


def prose(text):
    return html.unescape(NOT_WORDS.sub(" ", text))


def unknown_words(language, dictionary, lines):
    """Each line's unknown words, as hunspell lists them for the whole input."""
    word_list = WORD_LISTS / f"{language}.txt"
    command = ["hunspell", "-d", dictionary, "-i", "utf-8", "-l"]
    if word_list.exists():
        command += ["-p", str(word_list)]
    result = subprocess.run(  # noqa: S603 - a fixed command, the text goes to stdin
        command, input="\n".join(lines), capture_output=True, text=True, check=False
    )
    return result.stdout.split()


def report(language):
    dictionary = DICTIONARIES[language]
    lines, first_seen = [], {}
    for where, texts in glossary.texts(language).items():
        for text in texts:
            line = " ".join(prose(text).split())
            lines.append(line)
            for word in re.findall(r"[^\W_]+(?:[’'-][^\W_]+)*", line):
                first_seen.setdefault(word, where)
    counts = Counter(unknown_words(language, dictionary, lines))
    print(f"{language} ({dictionary}): {len(counts)} words not in the dictionary or word list")
    for word, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {word}  ×{count}  ({first_seen.get(word, '?')})")


def main(languages):
    if shutil.which("hunspell") is None:
        print("hunspell is not installed: apt-get install hunspell hunspell-be hunspell-ru")
        return
    for language in languages or glossary.LANGUAGES:
        report(language)


if __name__ == "__main__":
    main(sys.argv[1:])
