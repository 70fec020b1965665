"""The address a request came from, for limits per client such as the hotline rate limit.

Behind a reverse proxy every request arrives from the proxy's address, and the
proxy names the real client in X-Forwarded-For. Anyone can send that header, so
it is read only when the request came from one of TRUSTED_PROXIES: then the
entries are walked from the right (each proxy appends the address it saw), past
the trusted proxies, and the first address that is not one of them is the
client. An entry that is not an address ends the walk at the last address known
to be real, so a forged or garbled header can never choose the answer.

This module imports no models and reads no settings at import time, so the
gunicorn configuration can use it to check the same TRUSTED_PROXIES value.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


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


def trusted_networks():
    """The TRUSTED_PROXIES setting as IP networks."""
    return parse_trusted_proxies(getattr(settings, "TRUSTED_PROXIES", ()))


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
    networks = trusted_networks()
    if not _is_trusted(address, networks):
        return str(address)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if not forwarded.strip():
        return str(address)
    for entry in reversed(forwarded.split(",")):
        hop = _address(entry)
        if hop is None:
            break
        address = hop
        if not _is_trusted(address, networks):
            break
    return str(address)
