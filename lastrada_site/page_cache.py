"""Whole public pages for anonymous readers, kept in the shared cache.

A widely shared campaign link or news story brings thousands of readers, and the
hotline form shares the workers that render pages. A page rendered once for an
anonymous reader is therefore kept for PAGE_CACHE_SECONDS and served again
without touching the database.

What is stored is decided after the view has answered: only the views in
CACHED_VIEWS (Wagtail pages and their feeds, the sitemap, robots.txt), only a
200 that sets no cookie, used no CSRF token and did not touch the session. So the
hotline form, its thank-you page, search results and previews are never kept,
whatever their URL. A request with a session cookie (editors, consultants) is
never answered from the cache either, so staff always see fresh pages.

A content generation number is read once per request, with the page itself in
the same round trip to the cache. Every stored page carries the generation it
was rendered under and is served only while that is still the current one; the
parts shared between pages (menus, routes, the footer) hold it in their keys.
Publishing, unpublishing, moving or deleting a page, and changing a topic, a site
setting, a redirect, a site or who may view a page, sets a new generation (see
`connect_signals`), so the next request renders anew everywhere at once, in every
language, without scanning keys; old entries are overwritten or expire.
"""

import hashlib
import hmac
import logging
import secrets
import time
from contextvars import ContextVar
from http import HTTPStatus
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.handlers.wsgi import get_path_info, get_script_name
from django.db import transaction
from django.http import HttpResponse
from django.middleware.security import SecurityMiddleware
from django.utils.cache import add_never_cache_headers, patch_cache_control

from .middleware import is_admin_path

logger = logging.getLogger(__name__)
GENERATION_KEY = "page-cache:generation"
MISSING = object()
# The views whose answers readers share. Anything else is never stored.
CACHED_VIEWS = {"wagtail_serve", "django.contrib.sitemaps.views.sitemap", "robots_txt"}
# The query parameters a cached page may depend on (news pages and topic filter).
# Links shared with other parameters (utm_source…) are answered from the entry of
# the same page without them, but never stored: a stored page must not repeat
# what someone else put in a link.
KEYED_PARAMETERS = ("page", "topic")
BROWSER_SECONDS = 60
# Headers that belong to one answer, not to the stored page.
UNSTORED_HEADERS = {"set-cookie", "date", "x-cache"}
# The generation read at the start of the request being answered, so that the
# shared parts a page is built from do not each ask the cache for it again.
request_generation = ContextVar("page_cache_generation", default=None)
# What this request already took from the cache or computed, so that a part used
# twice on one page is fetched once.
request_memo = ContextVar("page_cache_memo", default=None)


def generation(known=None):
    """The current content generation, created when the cache has none."""
    value = known or request_generation.get() or cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, new_generation(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def new_generation():
    # Unique rather than counted: if the cache ever loses the number, a restart
    # from 1 would serve entries stored under an earlier 1.
    return f"{time.time_ns():x}{secrets.token_hex(2)}"


def bump_generation(**_signal_arguments):
    """Make every stored page stale at once (a signal receiver, hence the arguments).

    Raised at once and again after the commit: a reader's request between the
    two would otherwise render the old content and keep it under the new number.
    """
    new_generation_now()
    transaction.on_commit(new_generation_now)


def new_generation_now():
    try:
        cache.set(GENERATION_KEY, new_generation(), timeout=None)
    except Exception:
        # The editor's change is saved all the same; readers may see the old page
        # until its entry expires.
        logger.exception("Page cache: could not start a new content generation")


def cache_seconds():
    return settings.PAGE_CACHE_SECONDS


def remembered(name, parts, compute):
    """A value that depends on content only (a menu, the breadcrumbs of a page),
    shared by every request until the content generation changes.

    Pages rendered anew (a cache miss, or a reader the cache cannot serve) then
    skip the queries for the parts every page repeats.
    """
    if cache_seconds() <= 0:
        return compute()
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    memo = request_memo.get()
    if memo is not None and (name, digest) in memo:
        return memo[name, digest]
    try:
        key = f"page-cache:{generation()}:{name}:{digest}"
        value = cache.get(key, MISSING)
    except Exception:
        logger.warning("Page cache unavailable: %s rendered without it", name)
        return compute()
    if value is MISSING:
        value = compute()
        store(key, value)
    if memo is not None:
        memo[name, digest] = value
    return value


def once_per_request(name, parts, compute):
    """A value computed once in the request being answered (outside a request: each time)."""
    memo = request_memo.get()
    if memo is None:
        return compute()
    if (name, parts) not in memo:
        memo[name, parts] = compute()
    return memo[name, parts]


def store(key, value):
    try:
        cache.set(key, value, cache_seconds())
    except Exception:
        logger.warning("Page cache unavailable: an entry was not kept")


def keyed_query(request):
    kept = [(name, request.GET[name]) for name in KEYED_PARAMETERS if name in request.GET]
    return urlencode(kept)


def has_other_parameters(request):
    return any(name not in KEYED_PARAMETERS for name in request.GET)


def cache_key(request):
    request.get_host()  # refuses a host the site does not serve
    return address_key(raw_host(request.META), request.path, keyed_query(request))


def address_key(host, path, query):
    digest = hashlib.sha256(f"{host}{path}?{query}".encode()).hexdigest()
    return f"page-cache:page:{digest}"


def scheme(environ):
    """The request's scheme as Django's HttpRequest.scheme reads it."""
    if settings.SECURE_PROXY_SSL_HEADER:
        header, secure_value = settings.SECURE_PROXY_SSL_HEADER
        value = environ.get(header)
        if value is not None:
            return "https" if value.split(",", 1)[0].strip() == secure_value else "http"
    return environ.get("wsgi.url_scheme", "http")


def raw_host(environ):
    """The host as Django's HttpRequest.get_host() reads it, before validating it."""
    if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in environ:
        return environ["HTTP_X_FORWARDED_HOST"]
    if "HTTP_HOST" in environ:
        return environ["HTTP_HOST"]
    port = str(environ.get("SERVER_PORT", ""))
    default = "443" if environ.get("wsgi.url_scheme") == "https" else "80"
    return environ["SERVER_NAME"] + ("" if port == default else f":{port}")


def is_bypass(request):
    """The benchmark's way to measure an uncached page: a header with the configured key."""
    key = settings.PAGE_CACHE_BYPASS_KEY
    sent = request.headers.get("X-Cache-Bypass", "")
    return bool(key) and hmac.compare_digest(sent.encode(), key.encode())


def may_answer_from_cache(request):
    return (
        cache_seconds() > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not is_admin_path(request.path)
    )


def may_store(request, response):
    match = getattr(request, "resolver_match", None)
    session = getattr(request, "session", None)
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and match is not None
        and match.url_name in CACHED_VIEWS
        and not has_other_parameters(request)
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (session is not None and session.accessed)
        and not getattr(request, "is_preview", False)
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


def shared(response, state):
    patch_cache_control(response, public=True, max_age=BROWSER_SECONDS, s_maxage=cache_seconds())
    response["X-Cache"] = state
    return response


def stored_form(response, content_generation):
    headers = [
        (name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS
    ]
    return (content_generation, response.status_code, headers, response.content)


def from_stored(stored):
    _generation, status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def private(response):
    """Keep an answer that was not shared out of shared caches and the browser's disk."""
    if "Cache-Control" not in response:
        add_never_cache_headers(response)
        patch_cache_control(response, private=True, no_store=True)
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        answerable = may_answer_from_cache(request)
        # A page rendered anew on purpose is not looked up.
        key = cache_key(request) if answerable and not is_bypass(request) else None
        try:
            found = cache.get_many([GENERATION_KEY, key] if key else [GENERATION_KEY])
            current = generation(known=found.get(GENERATION_KEY))
        except Exception:
            # Without the cache, pages are still served: rendered anew, as before.
            logger.warning("Page cache unavailable: a page was rendered without it")
            return private(self.get_response(request))
        tokens = request_generation.set(current), request_memo.set({})
        try:
            if not answerable:
                return private(self.get_response(request))
            return self.answer(request, key, found.get(key), current)
        finally:
            request_generation.reset(tokens[0])
            request_memo.reset(tokens[1])

    def answer(self, request, key, stored, current):
        if is_bypass(request):
            response = self.get_response(request)
            if may_store(request, response):
                return shared(response, "bypass")
            return private(response)
        if stored is not None and stored[0] == current:
            return shared(from_stored(stored), "hit")
        response = self.get_response(request)
        if not may_store(request, response):
            return private(response)
        # Stored as it leaves the site, with the headers the outer security
        # middleware adds, so that PageCacheApplication can answer with it alone.
        shared(response, "miss")
        OUTER_SECURITY.process_response(request, response)
        store(key, stored_form(response, current))
        return response


# Static files and media are served by WhiteNoise and the storage, never stored here.
NEVER_STORED_PREFIXES = (settings.STATIC_URL, settings.MEDIA_URL)
# Its answer headers are set only where missing, so applying it here and again
# on the way out changes nothing.
OUTER_SECURITY = SecurityMiddleware(get_response=lambda request: None)


class PageCacheApplication:
    """The WSGI application, answering stored pages before Django handles the request.

    A page from the cache then costs one round trip to the cache server and no
    request handling, middleware or response object, so the app servers serve it
    about as fast as a static file. Only the plainest requests are answered here:
    GET or HEAD, no cookie of any kind, no query string, and nothing the security
    middleware would redirect to HTTPS; the key is the one PageCacheMiddleware
    stores under. Anything else, a page not stored or stored under an earlier
    generation, or a cache that does not answer, goes to Django, which renders,
    stores and answers as before.
    """

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        stored = self.stored_answer(environ)
        if stored is None:
            return self.application(environ, start_response)
        _generation, status, headers, content = stored
        start_response(f"{status} {HTTPStatus(status).phrase}", [*headers, ("X-Cache", "hit")])
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else content]

    @staticmethod
    def stored_answer(environ):
        if (
            cache_seconds() <= 0
            or environ.get("REQUEST_METHOD") not in ("GET", "HEAD")
            or environ.get("HTTP_COOKIE")
            or environ.get("QUERY_STRING")
            or environ.get("PATH_INFO", "").startswith(NEVER_STORED_PREFIXES)
        ):
            return None
        # What Django would make of the request (its path and host), read from the
        # environ without building a request: on a page from the cache that is a
        # good part of the work.
        path_info = get_path_info(environ) or "/"
        path = "{}/{}".format(get_script_name(environ).rstrip("/"), path_info.replace("/", "", 1))
        if is_admin_path(path) or "HTTP_X_CACHE_BYPASS" in environ:
            return None
        if settings.SECURE_SSL_REDIRECT and scheme(environ) != "https":
            return None  # Django's security middleware sends the reader to HTTPS
        # Only hosts Django accepted have stored pages, so an unknown one finds nothing.
        key = address_key(raw_host(environ), path, "")
        try:
            found = cache.get_many([GENERATION_KEY, key])
        except Exception:
            # Django renders the page as it would without the cache.
            return None
        stored = found.get(key)
        if stored is None or stored[0] != found.get(GENERATION_KEY):
            return None
        return stored


def connect_signals():
    """Set a new generation whenever something readers see may have changed."""
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from pages.models import Topic

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_generation, dispatch_uid=f"page-cache:{signal}")
    post_delete.connect(bump_generation, sender=Page, dispatch_uid="page-cache:page-delete")

    # A page closed to the public must not stay readable from the cache, and
    # routes are remembered with their site.
    for model in (Redirect, Topic, PageViewRestriction, Site):
        for signal in (post_save, post_delete):
            signal.connect(
                bump_generation,
                sender=model,
                dispatch_uid=f"page-cache:{model._meta.label}:{signal}",
            )
    for model in apps.get_models():
        if issubclass(model, (BaseSiteSetting, BaseGenericSetting)):
            post_save.connect(
                setting_saved, sender=model, dispatch_uid=f"page-cache:{model._meta.label}"
            )


def setting_saved(sender, created=False, **kwargs):
    # The first read of a setting creates it with the defaults pages already show;
    # only a change by an editor makes pages stale.
    if not created:
        bump_generation()
