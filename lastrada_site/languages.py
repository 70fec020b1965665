"""The site's languages, read from settings.LANGUAGES in one place."""

from django.conf import settings


def language_codes():
    """The language codes in settings order, the default language first."""
    return [code for code, _name in settings.LANGUAGES]


def language_names():
    """Each language code with the name the language gives itself."""
    return dict(settings.LANGUAGES)
