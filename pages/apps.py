from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from lastrada_site import page_cache

        from .review import checks  # noqa: F401  registers the go-live check

        page_cache.connect_signals()
        remember_site_root_paths_per_request()


def remember_site_root_paths_per_request():
    """wagtail-modeltranslation keeps the site root paths (needed for every page
    URL) on the page object when a URL is asked for without the request, and on
    the request for one language at a time. A page that links to many pages, in
    every language for the language switcher, then asks the cache for them again
    and again; in one request they cannot change, so they are taken once per
    language."""
    from django.utils.translation import get_language
    from wagtail_modeltranslation import patch_wagtailadmin

    from lastrada_site import page_cache

    find = patch_wagtailadmin._localized_site_get_site_root_paths
    patch_wagtailadmin._localized_site_get_site_root_paths = lambda: page_cache.once_per_request(
        "site-root-paths", get_language(), find
    )
