"""Facts shared by many test modules: the repository's root, the site's languages
and the hotline contacts that tests write into the site settings."""

from pathlib import Path

from lastrada_site.languages import language_codes

# The repository's root, where manage.py, README.md and .env.example are.
ROOT = Path(__file__).resolve().parent.parent

LANGUAGES = tuple(language_codes())

CONTACTS = {
    "phone_belarus": "8 801 100 8 801",
    "phone_belarus_note_ru": "бесплатно со стационарных телефонов",
    "phone_belarus_note_be": "бясплатна са стацыянарных тэлефонаў",
    "phone_belarus_note_en": "free from landlines",
    "phone_abroad": "+375 17 000 00 00",
    "hours_ru": "будни 9:00–20:00",
    "hours_be": "будні 9:00–20:00",
    "hours_en": "weekdays 9:00–20:00",
    "email": "hotline@example.org",
}
