"""Template tags for language versions of a page: switcher, hreflang, fallback notice."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _page_url(page, language, request=None):
    with translation.override(language):
        return page.get_url(request=request)


def _full_url(page, language, request=None):
    with translation.override(language):
        return page.get_full_url(request=request)


@register.simple_tag(takes_context=True)
def language_versions(context, page=None):
    """The same page in every language, for the language switcher.

    Wagtail pages know their URL per language (slugs differ); other views
    (search, the hotline form) are translated by Django's URL resolver.
    """
    request = context.get("request")
    current = translation.get_language()
    versions = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            url = _page_url(page, code, request)
        elif context.get("switch_to_home"):
            url = f"/{code}/"
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        else:
            url = f"/{code}/"
        versions.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return versions


@register.simple_tag(takes_context=True)
def hreflang_alternates(context, page):
    """Alternate URLs for the languages the page is really written in, plus x-default."""
    request = context.get("request")
    alternates = [
        {"hreflang": code, "url": _full_url(page, code, request)}
        for code in page.specific.written_languages()
    ]
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    alternates.append({"hreflang": "x-default", "url": _full_url(page, default, request)})
    return alternates


@register.simple_tag(takes_context=True)
def canonical_url(context, page):
    """A page shown through fallback is canonical to the original it falls back to."""
    request = context.get("request")
    language = translation.get_language()
    if not page.specific.is_written_in(language):
        language = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return _full_url(page, language, request)


@register.simple_tag
def is_fallback(page):
    """True when the reader's language version of the page is missing and Russian is shown."""
    specific = getattr(page, "specific", page)
    if not hasattr(specific, "is_written_in"):
        return False
    return not specific.is_written_in(translation.get_language())


@register.simple_tag
def fallback_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


OG_LOCALES = {"ru": "ru_RU", "be": "be_BY", "en": "en_GB"}


@register.simple_tag
def og_locale():
    """Open Graph wants language_TERRITORY, not a bare language code."""
    return OG_LOCALES.get(translation.get_language(), "ru_RU")
