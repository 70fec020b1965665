"""Deployment checks of the project itself, run by `manage.py check --deploy`."""

from django.conf import settings
from django.core.checks import Warning, register

from .client_ip import unlisted_proxy_seen


@register("security", deploy=True)
def check_trusted_proxies(app_configs=None, **kwargs):
    """A reverse proxy sends X-Forwarded-For, but TRUSTED_PROXIES does not name it."""
    proxy = None if settings.TRUSTED_PROXIES else unlisted_proxy_seen()
    if not proxy:
        return []
    return [
        Warning(
            f"Requests came from {proxy}, a private address, with X-Forwarded-For, but "
            "TRUSTED_PROXIES is empty: the site cannot tell readers apart reliably, and "
            "the proxy's X-Forwarded-Proto is not believed (no HTTPS redirect skipped, "
            "no HSTS).",
            hint=f"If {proxy} is your reverse proxy, set TRUSTED_PROXIES={proxy} "
            "(see docs/operations.md).",
            id="lastrada_site.W001",
        )
    ]
