"""Cross-site request forgery on the public forms, checked without a cookie.

The request form and the answers page are public and need no sign-in, so a reader
who only opens them must get no cookie. Django's CSRF check needs one before the
first POST; these two views are exempt from it and refuse instead any POST that
the browser itself says came from another site, in the order browsers send it:

1. `Sec-Fetch-Site` (every current browser): only "same-origin", or "none" for a
   send the person started themselves (a reload), passes.
2. `Origin` (sent with every form POST by browsers since 2019): this site, or an
   origin in CSRF_TRUSTED_ORIGINS.
3. `Referer`, when neither of those is sent: the same.

A POST with none of them comes from no browser (a script, a test client): no page
of another site can make a person's browser send it, so it is a plain send, held
by the form's own token, its rate limit and its bot trap like any other.
"""

from urllib.parse import urlsplit

from django.conf import settings


def trusted_origins(request):
    return {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}


def is_cross_site(request):
    """True when the browser says this POST was made by a page of another site."""
    fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
    if fetch_site:
        return fetch_site not in {"same-origin", "none"}
    origin = request.META.get("HTTP_ORIGIN")
    if origin:
        return origin not in trusted_origins(request)
    referer = request.META.get("HTTP_REFERER")
    if referer:
        parts = urlsplit(referer)
        return f"{parts.scheme}://{parts.netloc}" not in trusted_origins(request)
    return False
