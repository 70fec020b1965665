"""Template tags for search engines and link previews: canonical URL, hreflang, Open Graph."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Site

from lastrada_site.languages import language_codes

register = template.Library()

OG_LOCALES = {"ru": "ru_RU", "be": "be_BY", "en": "en_GB"}


def full_url(page, language, request=None):
    with translation.override(language):
        return page.get_full_url(request=request)


@register.simple_tag(takes_context=True)
def hreflang_alternates(context, page):
    """Alternate URLs for the languages the page is really written in, plus x-default."""
    request = context.get("request")
    alternates = [
        {"hreflang": code, "url": full_url(page, code, request)}
        for code in page.specific.written_languages()
    ]
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    alternates.append({"hreflang": "x-default", "url": full_url(page, default, request)})
    return alternates


@register.simple_tag(takes_context=True)
def canonical_url(context, page):
    """A page shown through fallback is canonical to the original it falls back to."""
    request = context.get("request")
    language = translation.get_language()
    if not page.specific.is_written_in(language):
        language = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return full_url(page, language, request)


@register.simple_tag(takes_context=True)
def view_head_links(context):
    """Canonical and hreflang URLs of a Django view served in every language.

    A Wagtail page knows its URL per language; a view such as the hotline form is
    translated by the URL resolver, and the query string is never part of it.
    """
    request = context["request"]
    # The root URL Wagtail gives its pages, so a view's links match theirs.
    site = Site.find_for_request(request)
    root = site.root_url if site is not None else request.build_absolute_uri("/").rstrip("/")
    alternates = [
        {"hreflang": code, "url": root + translate_url(request.path, code)}
        for code in language_codes()
    ]
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    alternates.append({"hreflang": "x-default", "url": root + translate_url(request.path, default)})
    return {"canonical": root + request.path, "alternates": alternates}


@register.simple_tag
def og_locale():
    """Open Graph wants language_TERRITORY, not a bare language code."""
    return OG_LOCALES.get(translation.get_language(), "ru_RU")
