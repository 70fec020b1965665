"""The address a request came from, for limits per client such as the hotline rate limit.

Behind a reverse proxy every request arrives from the proxy's address, and the
proxy names the real client in X-Forwarded-For. Anyone can send that header, so
it is read only when the request came from one of TRUSTED_PROXIES: then the
entries are walked from the right (each proxy appends the address it saw), past
the trusted proxies, and the first address that is not one of them is the
client. An entry that is not an address ends the walk at the last address known
to be real, so a forged or garbled header can never choose the answer.

A proxy the operator forgot to list: when TRUSTED_PROXIES is empty and a request
arrives from a private network address (where a proxy, not a reader, sits) with
X-Forwarded-For, that is said once in the log and recorded in the cache for
`check --deploy` to report. Until the setting is fixed, such a request counts as
coming from the last address in the header, the one that proxy itself appended,
so the hotline rate limit and the sign-in lockout do not lump every reader into
the proxy's one address (one person's sends would stop everyone's). Nothing else
is believed from such a sender: the scheme stays what gunicorn says (plain http),
and the header's other entries are ignored.

This module imports no models and reads no settings at import time, so the
gunicorn configuration can use it to check the same TRUSTED_PROXIES value.
"""

import ipaddress
import logging
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)

# Where proxies sit: private networks (RFC 1918, carrier-grade NAT, unique local
# IPv6) and this host itself. Documentation ranges are not among them.
PROXY_NETWORKS = tuple(
    ipaddress.ip_network(network)
    for network in (
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "::1/128",
        "fc00::/7",
    )
)
# Set in the cache when an unlisted proxy was seen; `check --deploy` reports it.
UNLISTED_PROXY_KEY = "client-ip:unlisted-proxy-seen"
_noted_in_this_process = set()


def parse_trusted_proxies(entries):
    """IP networks from addresses or CIDR networks ("10.0.0.5", "10.1.0.0/16", "::1").

    Takes a comma-separated string or a sequence of strings; blank entries are
    skipped. A network with host bits set (10.1.2.3/16) is refused, as gunicorn
    refuses it, because it is usually a typing mistake. Each value is parsed once.
    """
    if isinstance(entries, str):
        entries = entries.split(",")
    return _parse(tuple(entry.strip() for entry in entries if entry.strip()))


@lru_cache(maxsize=8)
def _parse(entries):
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry))
        except ValueError:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES must be a comma-separated list of IP addresses or "
                f"networks, such as 10.0.0.5,10.1.0.0/16,::1; {entry!r} is not one "
                f"(in a network the address must end in zero bits, e.g. 10.1.0.0/16)."
            ) from None
    return tuple(networks)


def _address(value):
    """The IP address in a header entry or REMOTE_ADDR, or None when it is not one."""
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    # A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d.
    if address.version == 6 and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _is_trusted(address, networks):
    return any(address in network for network in networks)


def client_address(request):
    """The client's IP address as a string, in its canonical form where it is one."""
    remote = request.META.get("REMOTE_ADDR", "")
    address = _address(remote)
    if address is None:
        return remote
    networks = parse_trusted_proxies(settings.TRUSTED_PROXIES)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if not networks and forwarded.strip() and _is_trusted(address, PROXY_NETWORKS):
        note_unlisted_proxy(address)
        hop = _address(forwarded.split(",")[-1])
        return str(hop or address)
    if not _is_trusted(address, networks) or not forwarded.strip():
        return str(address)
    for entry in reversed(forwarded.split(",")):
        hop = _address(entry)
        if hop is None:
            break
        address = hop
        if not _is_trusted(address, networks):
            break
    return str(address)


def note_unlisted_proxy(address):
    """Say once per process, and keep for `check --deploy`, that a proxy is not listed."""
    if _noted_in_this_process:
        return
    _noted_in_this_process.add(str(address))
    logger.warning(
        "Requests arrive from %s, a private address, with X-Forwarded-For, but "
        "TRUSTED_PROXIES is empty. If that is your reverse proxy, add it to "
        "TRUSTED_PROXIES: until then only the last address in the header is used, "
        "and only to count the rate limit and sign-in failures per client.",
        address,
    )
    try:
        cache.set(UNLISTED_PROXY_KEY, str(address), 7 * 24 * 3600)  # a week
    except Exception:  # noqa: BLE001 - a cache outage must not fail the request
        logger.debug("Could not record the unlisted proxy in the cache.")


def unlisted_proxy_seen():
    """The address of an unlisted proxy seen lately, or None (also when the cache is down)."""
    try:
        return cache.get(UNLISTED_PROXY_KEY)
    except Exception:  # noqa: BLE001 - the check then has nothing to report
        return None
