"""Facts shared by many test modules: the site's languages and the hotline
contacts that tests write into the site settings."""

from lastrada_site.languages import language_codes

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
