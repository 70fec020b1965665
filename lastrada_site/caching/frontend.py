"""The cache in front of the site (Varnish or a CDN): which one, and emptying it whole.

`backends_from_env` turns FRONTEND_CACHE and its companions into Wagtail's
WAGTAILFRONTENDCACHE setting; it reads only the environment it is given, so the
settings modules can call it before Django is set up.

Wagtail's backends purge single URLs. A change that shows on every page (the
hotline contacts in the header, a topic, a redirect) needs the whole cache gone:
`purge_everything` asks each backend for that in its own way.
"""

import logging
from urllib.error import URLError
from urllib.parse import urlunsplit
from urllib.request import Request, urlopen

from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger("lastrada.frontend_cache")

BACKENDS = "wagtail.contrib.frontend_cache.backends."


def backends_from_env(environ):
    """WAGTAILFRONTENDCACHE for FRONTEND_CACHE: unset for none, a purge URL for
    Varnish (or any cache that accepts PURGE), `cloudflare` or `cloudfront`."""
    kind = environ.get("FRONTEND_CACHE", "").strip()
    if not kind:
        return {}
    if kind.lower() == "cloudflare":
        return {
            "cloudflare": {
                "BACKEND": BACKENDS + "CloudflareBackend",
                "BEARER_TOKEN": _required(environ, "CLOUDFLARE_BEARER_TOKEN", kind),
                "ZONEID": _required(environ, "CLOUDFLARE_ZONEID", kind),
            }
        }
    if kind.lower() == "cloudfront":
        # Credentials come from boto3's usual places (AWS_ACCESS_KEY_ID..., a role).
        return {
            "cloudfront": {
                "BACKEND": BACKENDS + "CloudfrontBackend",
                "DISTRIBUTION_ID": _required(environ, "CLOUDFRONT_DISTRIBUTION_ID", kind),
            }
        }
    if kind.startswith(("http://", "https://")):
        return {"varnish": {"BACKEND": BACKENDS + "HTTPBackend", "LOCATION": kind}}
    raise ImproperlyConfigured(
        "FRONTEND_CACHE must be the purge URL of a Varnish cache (http://127.0.0.1:6081), "
        f"'cloudflare' or 'cloudfront', not {kind!r}."
    )


def _required(environ, name, kind):
    value = environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"FRONTEND_CACHE={kind} needs {name}.")
    return value


def purge_everything(hostnames):
    """Empty every configured frontend cache for these host names (the sites')."""
    from wagtail.contrib.frontend_cache.backends import (
        CloudflareBackend,
        CloudfrontBackend,
        HTTPBackend,
    )
    from wagtail.contrib.frontend_cache.utils import get_backends

    for name, backend in get_backends().items():
        try:
            if isinstance(backend, HTTPBackend):
                for hostname in hostnames:
                    _ban_host(backend, hostname)
            elif isinstance(backend, CloudflareBackend):
                _purge_cloudflare_zone(backend)
            elif isinstance(backend, CloudfrontBackend):
                backend._create_invalidation(backend.cloudfront_distribution_id, ["/*"])
            else:
                logger.warning("Frontend cache %s cannot be emptied whole; pages expire", name)
        except (URLError, OSError, ValueError) as error:
            # Editors' saves must not fail because the cache is away; pages expire anyway.
            logger.error("Could not empty frontend cache %s: %s", name, error)


def _ban_host(backend, hostname):
    """BAN, which deploy/varnish.vcl accepts from trusted addresses: drop all of a host."""
    url = urlunsplit([backend.cache_scheme, backend.cache_netloc, "/", "", ""])
    with urlopen(Request(url, headers={"Host": hostname}, method="BAN"), timeout=10) as response:  # noqa: S310 - the configured cache
        response.read()


def _purge_cloudflare_zone(backend):
    import requests

    headers = {"Authorization": f"Bearer {backend.cloudflare_token}"}
    response = requests.post(
        backend.cloudflare_purge_endpoint_url,
        json={"purge_everything": True},
        headers=headers,
        timeout=30,
    )
    if not response.ok or not response.json().get("success"):
        logger.error("Cloudflare did not empty the zone (HTTP %s)", response.status_code)
