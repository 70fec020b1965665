from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from wagtail.models import Page, Site

from lastrada_site.languages import language_codes


class LanguageSitemap(Sitemap):
    """Each item in each language, with hreflang alternates and x-default in Russian."""

    i18n = True
    alternates = True
    x_default = True
    languages = language_codes()

    def _urls(self, page, protocol, domain):
        # Django's x-default strips the default language's prefix, which is not a
        # page here (every URL has its prefix): point it at the Russian original.
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            alternates = {alt["lang_code"]: alt for alt in url.get("alternates", [])}
            default = alternates.get(settings.LANGUAGE_CODE)
            if default is not None and "x-default" in alternates:
                alternates["x-default"]["location"] = default["location"]
        return urls


class PageSitemap(LanguageSitemap):
    """Every live public page, in each language it is written in, with hreflang alternates.

    Django's i18n sitemap calls `location` with each language active; a page's
    URL in a language uses that language's slugs. Pages shown in a language only
    through fallback to Russian are left out of that language's entries.
    """

    def items(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            return []
        return list(
            Page.objects.descendant_of(site.root_page, inclusive=True)
            .live()
            .public()
            .specific()
            .order_by("path")
        )

    def get_languages_for_item(self, item):
        written = getattr(item, "written_languages", None)
        return written() if written else [settings.LANGUAGE_CODE]

    def location(self, item):
        return item.get_url()

    def lastmod(self, item):
        return item.last_published_at


class HotlineFormSitemap(LanguageSitemap):
    """The hotline request form: a Django view, not a page, written in every language."""

    def items(self):
        return ["hotline:request"]

    def location(self, item):
        return reverse(item)
