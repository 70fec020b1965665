"""A per-client-address limit on sent requests, counted in the shared cache.

The counter lives in Django's default cache, which is Redis or the database in
every deployment (never per process), so the limit holds across gunicorn
workers. Windows are fixed (this hour, this day); the address is stored only as
a keyed hash, and an IPv6 client is counted by its /64, which one client usually
holds whole. This module imports no models, so it can run in a bare process.

While Redis cannot be reached (the cache then answers every call with "not
found"), each worker counts in its own memory instead: the limit still holds,
per worker, so a client gets at most the limit times the number of workers.

HOTLINE_RATE_LIMIT is "<count>/<period>" with the period s, m, h or d (or
second, minute, hour, day); "0" or an empty value turns the limit off. With
the database cache two simultaneous sends may both be counted as one; the
limit is meant to stop floods, not to be exact.
"""

import ipaddress
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.core.exceptions import ImproperlyConfigured
from django.utils.crypto import salted_hmac

logger = logging.getLogger("lastrada.cache")
PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
# This worker's own counts, used while the shared cache is away.
OWN_COUNTS = LocMemCache("hotline-rate-limit", {"OPTIONS": {"MAX_ENTRIES": 10000}})


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int


def parse_rate(value):
    """Rate from "20/h"; None when the limit is off."""
    value = (value or "").strip().lower()
    if value in ("", "0"):
        return None
    try:
        count, period = value.split("/", 1)
        count = int(count)
        seconds = PERIODS[period.strip()[:1]]
    except (ValueError, KeyError):
        raise ImproperlyConfigured(
            f"HOTLINE_RATE_LIMIT must look like 20/h (or 0 to turn it off), not {value!r}"
        ) from None
    if count <= 0:
        return None
    return Rate(count=count, seconds=seconds)


def _key(address, rate, now):
    window = int(now // rate.seconds)
    digest = salted_hmac("hotline.rate-limit", address_group(address)).hexdigest()[:32]
    return f"hotline:rate:{rate.count}:{rate.seconds}:{window}:{digest}"


def is_limited(address, now=None):
    """True when this address has used up its sends for the current window."""
    rate = parse_rate(settings.HOTLINE_RATE_LIMIT)
    if rate is None:
        return False
    key = _key(address, rate, now or time.time())
    used = max(cache.get(key, 0), OWN_COUNTS.get(key, 0))
    return used >= rate.count


def count_send(address, now=None):
    """Count one send from this address; returns how many it has made in this window."""
    rate = parse_rate(settings.HOTLINE_RATE_LIMIT)
    if rate is None:
        return 0
    key = _key(address, rate, now or time.time())
    count = increment(cache, key, rate.seconds + 60)
    if count is None:
        logger.warning("Shared cache unavailable: the rate limit counts per worker")
        count = increment(OWN_COUNTS, key, rate.seconds + 60)
    return count


def increment(counts, key, timeout):
    """The key's count plus one; None when the cache did not answer."""
    counts.add(key, 0, timeout=timeout)
    try:
        return counts.incr(key)
    except ValueError:
        # The key expired between add() and incr(): this is the first send of a new window.
        counts.set(key, 1, timeout=timeout)
        return 1


# Wrong secret keys on the answers page (answers.py). A person who mistypes their
# key a few times is not stopped; someone trying keys is, per reference code and per
# network. An IPv6 client usually holds a whole /64, so that is what is counted.
WRONG_KEYS_PER_CODE = 5
WRONG_KEYS_PER_ADDRESS = 20
WRONG_KEY_WINDOW = 3600


def address_group(address):
    """The client's network as the key limit counts it: an IPv6 address's /64, or the
    IPv4 address itself."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address or ""
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped is not None:
        return str(parsed.ipv4_mapped)
    return str(ipaddress.ip_network(f"{parsed}/64", strict=False))


def _failure_key(scope, identifier, now):
    window = int(now // WRONG_KEY_WINDOW)
    digest = salted_hmac("hotline.wrong-keys", f"{scope}:{identifier}").hexdigest()[:32]
    return f"hotline:wrong-keys:{scope}:{window}:{digest}"


def wrong_key_limits(code, address):
    """((scope, identifier), limit) pairs that a wrong key counts against."""
    return (
        (("code", code), WRONG_KEYS_PER_CODE),
        (("address", address_group(address)), WRONG_KEYS_PER_ADDRESS),
    )


def too_many_wrong_keys(code, address, now=None):
    """True when this code, or this client's network, has used up its wrong keys."""
    now = now or time.time()
    keys = [
        (_failure_key(*target, now), limit) for target, limit in wrong_key_limits(code, address)
    ]
    return any(max(cache.get(key, 0), OWN_COUNTS.get(key, 0)) >= limit for key, limit in keys)


def count_wrong_key(code, address, now=None):
    """Count one wrong key against the code and against the client's network."""
    now = now or time.time()
    for target, _limit in wrong_key_limits(code, address):
        key = _failure_key(*target, now)
        if increment(cache, key, WRONG_KEY_WINDOW + 60) is None:
            increment(OWN_COUNTS, key, WRONG_KEY_WINDOW + 60)
