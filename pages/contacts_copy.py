"""A copy of the hotline's contacts that outlives a database failure.

The contacts are a site setting, stored in the database. When the database is
down, the page that tells a person their request was not sent must still show
the numbers to call, so a copy is kept outside it, in two places:

- the shared cache (Redis), refreshed when the setting is saved and, at most
  every SHARED_REFRESH_SECONDS, when it is read: every worker finds it, even
  one that has not shown a page since it started;
- this process's memory, refreshed on every successful read: it holds even when
  the cache is down, or is itself in the database (the default without
  REDIS_URL), where it would fail together with the database and is not used.

A copy holds, per language, only what the contact list shows: plain strings and
the flag that marks example contacts, so a copy written by an older release
still reads.
"""

import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.http.request import split_domain_port
from django.utils import translation

from lastrada_site.languages import language_codes

logger = logging.getLogger(__name__)

FIELDS = (
    "phone_belarus",
    "phone_belarus_note",
    "phone_abroad",
    "hours",
    "email",
    "are_examples",
)
CACHE_KEY = "hotline-contacts:{}"
DEFAULT_SITE = ""
# Long enough that reading the setting on every page costs no cache write; short
# enough that a copy the cache has evicted comes back soon.
SHARED_REFRESH_SECONDS = 5 * 60

_in_process = {}
_last_shared_write = {}


def keep(contacts, site, saved=False):
    """Copy the contacts of a site, just read or saved, out of the database."""
    copy = {code: snapshot(contacts, code) for code in language_codes()}
    for host in hosts_of(site):
        _in_process[host] = copy
        if saved or shared_copy_is_due(host, copy):
            write_shared(host, copy)


def for_request(request):
    """The contacts to show this request, in the active language, or None without a copy."""
    host, _port = split_domain_port(request.get_host())
    for key in (host.lower(), DEFAULT_SITE):
        copy = read_shared(key) or _in_process.get(key)
        if copy:
            language = translation.get_language()
            return copy.get(language) or copy.get(settings.LANGUAGE_CODE)
    return None


def forget():
    """Drop this process's copy (for tests that start from none)."""
    _in_process.clear()
    _last_shared_write.clear()


def snapshot(contacts, language):
    # Translated fields as a reader of that language sees them, fallback included.
    with translation.override(language):
        values = {name: getattr(contacts, name) for name in FIELDS}
    return {
        name: value if isinstance(value, bool) else str(value or "")
        for name, value in values.items()
    }


def hosts_of(site):
    hosts = [site.hostname.lower()]
    if site.is_default_site:
        hosts.append(DEFAULT_SITE)  # any host Wagtail does not know is served by this site
    return hosts


def shared_cache():
    cache = caches["default"]
    return None if isinstance(cache, DatabaseCache) else cache


def shared_copy_is_due(host, copy):
    # Never written yet: no copy equals None, so it is due.
    last_copy, written_at = _last_shared_write.get(host, (None, None))
    return last_copy != copy or time.monotonic() - written_at > SHARED_REFRESH_SECONDS


def write_shared(host, copy):
    # Counted as written even when it fails, so a cache that is down costs one
    # warning per refresh period, not one per page.
    _last_shared_write[host] = (copy, time.monotonic())
    cache = shared_cache()
    if cache is None:
        return
    try:
        cache.set(CACHE_KEY.format(host), copy, timeout=None)
    except Exception as error:  # the cache being down must not break the page
        logger.warning(
            "Hotline contacts: the shared copy was not written (%s)", type(error).__name__
        )


def read_shared(host):
    cache = shared_cache()
    if cache is None:
        return None
    try:
        return cache.get(CACHE_KEY.format(host))
    except Exception:  # the cache being down as well leaves this process's copy
        return None
