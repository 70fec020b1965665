"""The secret key that opens the answers page of a request: five common words.

Someone who can give neither a phone number nor an e-mail address reads the
consultants' answers on the site, with the reference code and this key. The key
is drawn with `secrets` from the word list of the reader's language (wordlists/,
built by scripts/make_word_lists.py: 1,000 to 2,048 words each, so five words
give 50 bits or more). Only its password hash (Django's hashers) is stored.

Typing is forgiving: case, spaces, punctuation and hyphens between the words do not
matter, and ё, і, ў may be typed as е, и, у.
"""

import functools
import re
import secrets
import unicodedata
from pathlib import Path

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password

WORDS_IN_KEY = 5
WORD_LISTS = Path(__file__).resolve().parent / "wordlists"
# A key is at most five words of eight letters; anything much longer is not a key.
LONGEST_INPUT = 200
FOLDED_LETTERS = str.maketrans({"ё": "е", "і": "и", "ў": "у"})
NOT_LETTERS = re.compile(r"[^\w]|[\d_]")


def fold(text):
    """Lower case, with the letters people type interchangeably made one."""
    return unicodedata.normalize("NFKC", text).casefold().translate(FOLDED_LETTERS)


def normalise(text):
    """The key as it is hashed and checked: its letters only, folded."""
    return NOT_LETTERS.sub("", fold((text or "")[:LONGEST_INPUT]))


@functools.cache
def words(language):
    """The word list of a language (the site's default language for any other)."""
    codes = {code for code, _name in settings.LANGUAGES}
    language = language if language in codes else settings.LANGUAGE_CODE
    text = (WORD_LISTS / f"{language}.txt").read_text(encoding="utf-8")
    return tuple(word for word in text.split() if word)


def new_key(language):
    """A fresh key: five words of the language's list, separated by spaces."""
    vocabulary = words(language)
    return " ".join(secrets.choice(vocabulary) for _ in range(WORDS_IN_KEY))


def hash_key(key):
    return make_password(normalise(key))


def issue_key(consultation):
    """Give a new request for answers on the site its key: the hash stays for good, the
    key itself waits (encrypted) for the thank-you page to show it once."""
    key = new_key(consultation.language)
    consultation.answer_key_hash = hash_key(key)
    consultation.answer_key_to_show = key


@functools.cache
def _decoy_hash():
    return make_password(secrets.token_urlsafe(16))


def key_matches(key, stored_hash):
    """True when `key` is the one hashed in `stored_hash`.

    Without a stored hash (no such request, or its data was erased) a decoy hash is
    checked all the same, so the answer takes as long whether or not the code exists.
    """
    typed = normalise(key)
    if not stored_hash:
        check_password(typed, _decoy_hash())
        return False
    return bool(typed) and check_password(typed, stored_hash)
