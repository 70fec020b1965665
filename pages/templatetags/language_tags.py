"""Template tags for the language versions of a page: switcher and fallback notice."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page

from lastrada_site.languages import language_names

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context, page=None):
    """The same page in every language, for the language switcher.

    Wagtail pages know their URL per language (slugs differ); other views
    (search, the hotline form) are translated by Django's URL resolver. A routable
    page's sub-page (a trip plan, a job-check result) has the same sub-path and query
    in every language: the view gives it as `language_subpath`, so the switcher opens
    the same result in the other language rather than an empty form.
    """
    request = context.get("request")
    current = translation.get_language()
    subpath = context.get("language_subpath", "")
    versions = []
    for code, name in language_names().items():
        if isinstance(page, Page):
            with translation.override(code):
                url = page.get_url(request=request)
            url = url + subpath if url else url
        elif request is not None and not context.get("switch_to_home"):
            url = translate_url(request.get_full_path(), code)
        else:
            url = f"/{code}/"
        versions.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return versions


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


@register.simple_tag
def fallback_lang_attr(page):
    """` lang="ru"` for the element holding a page shown in Russian for want of a translation.

    Screen readers then read that text with the Russian voice, not the reader's.
    """
    if not is_fallback(page):
        return ""
    return format_html(' lang="{}"', fallback_language())
