"""Whole public pages for anonymous readers, kept by Django's cache middleware.

A widely shared campaign link or news story brings thousands of readers, and the
hotline form shares the workers that render pages, so a page rendered once for
an anonymous reader is kept for PAGE_CACHE_SECONDS and served again without
touching the database.

On top of Django's rules (GET or HEAD, a 200, nothing private), a page is only
looked up and kept when a shared copy can be right for everyone:
- the request carries no session cookie (editors and consultants see fresh pages)
  and is not for the admin or the image that counts a page's reads (/reads/);
- its query string names nothing but a page number or topic, and the page accepted
  them (a listing marks an unknown number or topic private, so made-up addresses
  never fill the cache); other parameters (utm_source…) get the page rendered;
- the view is one whose answers readers share (CACHED_VIEWS): never the hotline
  form, its thank-you page, search results or a preview;
- the answer set no cookie, used no CSRF token and did not touch the session.
Anything else leaves with `Cache-Control: private, no-store`.

Keys carry the release and the content generation read when the request started
(see lastrada_site.caching), so a page rendered while an editor publishes is kept
under the generation that is already over.
"""

import hmac
import logging

from django.conf import settings
from django.middleware.cache import CacheMiddleware
from django.utils.cache import add_never_cache_headers, patch_cache_control

from lastrada_site.middleware import is_admin_path

from . import CACHE_ALIAS, current_version, request_version

logger = logging.getLogger("lastrada.cache")
# The views whose answers readers share. Anything else is never stored.
CACHED_VIEWS = {"wagtail_serve", "django.contrib.sitemaps.views.sitemap", "robots_txt"}
# The query parameters a cached page may depend on (news pages and the topic filter).
KEYED_PARAMETERS = {"page", "topic"}
# Paths whose every request must reach its view: the image that counts page reads.
NEVER_CACHED_PATHS = ("/reads/",)


def is_bypass(request):
    """The benchmark's way to measure an uncached page: a header with the configured key."""
    key = settings.PAGE_CACHE_BYPASS_KEY
    sent = request.headers.get("X-Cache-Bypass", "")
    return bool(key) and hmac.compare_digest(sent.encode(), key.encode())


def may_look_up(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not is_admin_path(request.path)
        and not request.path.startswith(NEVER_CACHED_PATHS)
        and set(request.GET) <= KEYED_PARAMETERS
    )


def may_store(request, response):
    match = request.resolver_match
    session = getattr(request, "session", None)
    return (
        may_look_up(request)
        and request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and match is not None
        and match.url_name in CACHED_VIEWS
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (session is not None and session.accessed)
        and not getattr(request, "is_preview", False)
        and not any(word in response.get("Cache-Control", "") for word in ("private", "no-store"))
    )


def shared(response, state):
    """Headers of a page every reader may get: kept by Varnish or a CDN for as long
    as here, by browsers for a minute."""
    patch_cache_control(response, public=True, max_age=60, s_maxage=settings.PAGE_CACHE_SECONDS)
    del response["Expires"]
    response["X-Cache"] = state
    return response


def private(response):
    """Keep an answer that was not shared out of shared caches and the browser's disk."""
    if "Cache-Control" not in response:
        # Django's never-cache headers include private and no-store.
        add_never_cache_headers(response)
    return response


class PageCacheMiddleware(CacheMiddleware):
    """Django's CacheMiddleware in the "pages" cache, keyed per request by the
    release and content generation, for the requests and answers above."""

    def __init__(self, get_response):
        super().__init__(
            get_response, page_timeout=settings.PAGE_CACHE_SECONDS, cache_alias=CACHE_ALIAS
        )

    @property
    def key_prefix(self):
        return current_version()

    @key_prefix.setter
    def key_prefix(self, _configured):
        """Django's middleware sets one prefix when it starts; this one is per request."""

    def __call__(self, request):
        try:
            version = current_version()
        except Exception:
            # Without the cache, pages are still served: rendered anew.
            logger.warning("Page cache unavailable: pages are rendered without it")
            version = None
        token = request_version.set(version)
        try:
            return super().__call__(request)
        finally:
            request_version.reset(token)

    def process_request(self, request):
        if request_version.get() is None or not may_look_up(request) or is_bypass(request):
            return None
        response = super().process_request(request)
        return None if response is None else shared(response, "hit")

    def process_response(self, request, response):
        if request_version.get() is None or not may_store(request, response):
            return private(response)
        if is_bypass(request):
            return shared(response, "bypass")
        return shared(super().process_response(request, response), "miss")
