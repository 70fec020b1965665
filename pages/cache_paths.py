"""What to purge from the frontend cache (Varnish or a CDN) when content changes.

A page lives at one URL per language, and the slugs differ between languages
(/ru/strany/polsha/, /en/countries/poland/), so Wagtail's own purge, which sends
the page's URL in the active language only, would leave two languages stale.
Pages that list it (the news index, the home page with the latest news, a
section with its guides) are its ancestors; they are purged with it, with the
sitemap.

A change that shows on every page (a site setting such as the hotline contacts in
the header and footer, a topic, a redirect, a view restriction) and a move (every
URL below the page changes) empty the whole cache instead.

Wagtail's frontend_cache app is therefore not installed: its receivers would send
a second, incomplete purge. Its backends and batch purge are used as they are.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import NoReverseMatch
from django.utils import translation
from wagtail.signals import page_published, page_unpublished, post_page_move

from lastrada_site import frontend_cache
from lastrada_site.languages import language_codes

# A view restriction is here too: a page closed to the public must leave the cache.
SITE_WIDE_MODELS = ("pages.Topic", "wagtailredirects.Redirect", "wagtailcore.PageViewRestriction")


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


def frontend_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_page(instance, **_signal_arguments):
    if not frontend_cache_configured() or not isinstance(instance, CachedUrlsMixin):
        return
    # The URLs now, while the page exists (unpublish comes before a delete); the
    # purge once the change is committed, so the cache refetches the new content.
    urls = instance.get_cached_urls()

    def purge():
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        purge_urls_from_cache(urls)

    transaction.on_commit(purge)


def purge_site(**_signal_arguments):
    if not frontend_cache_configured():
        return
    transaction.on_commit(lambda: frontend_cache.purge_everything(site_hostnames()))


def purge_site_for_setting(sender, instance, created=False, **_signal_arguments):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    # The first read of a setting creates it with the defaults pages already show:
    # only an editor's change makes pages stale (and a reader's visit never purges).
    if isinstance(instance, (BaseSiteSetting, BaseGenericSetting)) and not created:
        purge_site()


def site_hostnames():
    from wagtail.models import Site

    return sorted({urlsplit(site.root_url).netloc for site in Site.objects.all()})


def connect_signals():
    page_published.connect(purge_page, dispatch_uid="frontend-cache-publish")
    page_unpublished.connect(purge_page, dispatch_uid="frontend-cache-unpublish")
    post_page_move.connect(purge_site, dispatch_uid="frontend-cache-move")
    post_save.connect(purge_site_for_setting, dispatch_uid="frontend-cache-setting")
    for model in SITE_WIDE_MODELS:
        post_save.connect(purge_site, sender=model, dispatch_uid=f"frontend-cache-save-{model}")
        post_delete.connect(purge_site, sender=model, dispatch_uid=f"frontend-cache-delete-{model}")


connect_signals()
