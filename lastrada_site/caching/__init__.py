"""The page cache, on Django's cache framework, in the cache named "pages".

Whole pages for anonymous readers are kept by `middleware.PageCacheMiddleware`
(Django's CacheMiddleware); the parts every page repeats (menus, footer,
breadcrumbs) by `{% wagtailcache %}` in the templates. Every key starts with the
release (the static files' manifest, so a new deploy never serves a page that
links the old stylesheet) and the content generation read when the request
started. A change readers may see (pages/signals.py lists them) sets a new
generation, and every page and fragment is rendered anew on its next request, in
every language at once; old entries are never read again and expire.

The generation lives in the shared cache ("default", Redis in production), so
every worker and app server sees a change on its next request. What is kept
under it lives in each worker's memory ("pages", with a limit on its entries):
an entry never changes once stored, since its key names its generation, so
nothing needs sharing but the generation. A worker asks Redis for it at most once
every GENERATION_CHECK_SECONDS (and learns its own changes at once), so a page
from the cache costs no round trip at all, and another worker or app server
shows a change at most that long after it.
"""

import secrets
import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.db import transaction

CACHE_ALIAS = "pages"
GENERATION_CHECK_SECONDS = 1
GENERATION_KEY = "page-cache:generation"
UNREAD = object()
# The release and generation of the request being answered, read once at its start
# (None when the shared cache could not be reached).
request_version = ContextVar("page_cache_version", default=UNREAD)
# This worker's last reading: (generation, when it was read).
last_read = (None, float("-inf"))


def pages_cache():
    return caches[CACHE_ALIAS]


def generation():
    """The current content generation, created when the shared cache has none."""
    cache = caches["default"]
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, unique(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def recent_generation():
    """The generation as read at most GENERATION_CHECK_SECONDS ago (None, cache off,
    when Redis did not answer then)."""
    global last_read
    value, read_at = last_read
    now = time.monotonic()
    if now - read_at >= GENERATION_CHECK_SECONDS:
        value = generation()
        last_read = (value, now)
    return value


def unique():
    # Unique rather than counted: if the cache ever loses the number, a restart from
    # 1 would serve entries stored under an earlier 1.
    return f"{time.time_ns():x}{secrets.token_hex(2)}"


def current_version():
    """The release and content generation every cached page and fragment is kept under."""
    known = request_version.get()
    if known is not UNREAD:
        return known
    content = recent_generation()
    return None if content is None else f"{settings.RELEASE}.{content}"


def start_new_generation():
    """Make every stored page and fragment stale at once.

    Raised at once and again after the commit: a reader's request between the two
    would otherwise render the old content and keep it under the new generation.
    """

    def start():
        global last_read
        value = unique()
        caches["default"].set(GENERATION_KEY, value, timeout=None)
        last_read = (value, time.monotonic())

    start()
    transaction.on_commit(start)


def template_context(request):
    """What the templates' `{% wagtailcache %}` fragments are keyed and kept by;
    without a generation they are rendered and not kept."""
    version = current_version()
    return {
        "page_cache_version": version,
        "page_cache_seconds": 0 if version is None else settings.PAGE_CACHE_SECONDS,
    }
