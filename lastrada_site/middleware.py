from django.conf import settings
from django.utils.translation import get_language_from_path, get_language_from_request


def admin_prefixes():
    return (f"/{settings.ADMIN_URL_PATH}", "/django-admin/")


class SecurityHeadersMiddleware:
    """Content-Security-Policy and framing rules.

    Public pages get a strict CSP (this site's own files only, no inline script)
    and may never be framed. The Wagtail admin needs inline scripts and frames its
    own preview, so it keeps Wagtail's defaults and same-origin framing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(admin_prefixes()):
            response["X-Frame-Options"] = "SAMEORIGIN"
        else:
            response["X-Frame-Options"] = "DENY"
            response.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response


class RememberLanguageMiddleware:
    """Remember the language a reader chose by following a link to another language.

    Every public URL carries its language prefix; when a reader opens a page in a
    language other than the one `/` would pick for them (from the remembered choice,
    else the browser's Accept-Language), that choice is stored, so that `/` later
    sends them to the same language. A reader who stays in their browser's language
    gets no cookie at all: on a phone someone else may look at, less is better.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = get_language_from_path(request.path_info)
        if (
            language
            and response.status_code == 200
            and get_language_from_request(request) != language
        ):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response
