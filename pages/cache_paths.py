"""What to purge from the frontend cache (Varnish or a CDN) when a page changes.

A page lives at one URL per language, and the slugs differ between languages
(/ru/strany/polsha/, /en/countries/poland/), so Wagtail's own purge, which sends
the page's URL in the active language only, would leave two languages stale.
Pages that list it (the news index, the home page with the latest news, a
section with its guides) are its ancestors; they are purged with it, with the
sitemap.

Wagtail's frontend_cache app is therefore not installed: its receivers would send
a second, incomplete purge. pages/signals.py decides what to purge.
"""

from django.urls import NoReverseMatch
from django.utils import translation

from lastrada_site.languages import language_codes


class CachedUrlsMixin:
    """Gives a page the list of URLs a frontend cache may hold for it."""

    def get_cached_paths(self):
        """The page itself and its routes that take no parameter (a news index's feed)."""
        paths = ["/"]
        for pattern in getattr(self, "get_subpage_urls", list)():
            route = getattr(pattern, "name", None)
            if not route:
                continue
            try:
                subpath = self.reverse_subpage(route)
            except NoReverseMatch:
                continue
            if subpath:
                paths.append(subpath)
        return paths

    def get_cached_urls(self):
        """Full URLs of this page and of the pages that list it, in every language."""
        pages = [self, *self.get_ancestors().filter(depth__gt=1).specific()]
        urls = set()
        for code in language_codes():
            with translation.override(code):
                for page in pages:
                    page_url = page.get_full_url()
                    if page_url:
                        urls.update(page_url + path.lstrip("/") for path in page.get_cached_paths())
        site = self.get_site()
        if site is not None:
            urls.add(site.root_url + "/sitemap.xml")
        return sorted(urls)
