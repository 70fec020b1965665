from django.conf import settings


def admin_prefixes():
    return (f"/{settings.ADMIN_URL_PATH}", "/django-admin/")


def is_admin_path(path):
    """Whether a URL path belongs to the staff admin rather than the public site."""
    return path.startswith(admin_prefixes())


def framable_by_this_site(policy):
    """The policy with its frame-ancestors directive replaced by 'self'."""
    directives = [directive.strip() for directive in policy.split(";")]
    kept = [d for d in directives if d and d.split()[0].lower() != "frame-ancestors"]
    return "; ".join([*kept, "frame-ancestors 'self'"])


class SecurityHeadersMiddleware:
    """Content-Security-Policy and framing rules.

    Public pages get a strict CSP (this site's own files only, no inline script)
    and may never be framed. The Wagtail admin needs inline scripts and frames its
    own preview, so its CSP leaves scripts and styles alone and allows same-origin
    framing, but still shuts out plugins, foreign form targets and <base> tags. A
    preview keeps the public page's strict policy, so editors see what readers get.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_admin_path(request.path):
            response["X-Frame-Options"] = "SAMEORIGIN"
            response.setdefault("Content-Security-Policy", settings.ADMIN_CONTENT_SECURITY_POLICY)
        elif getattr(request, "is_preview", False):
            # Wagtail renders a preview as a request to the page's public URL, and the
            # admin shows it in a frame: the public policy, framable by this site only.
            response["X-Frame-Options"] = "SAMEORIGIN"
            response.setdefault(
                "Content-Security-Policy", framable_by_this_site(settings.CONTENT_SECURITY_POLICY)
            )
        else:
            response["X-Frame-Options"] = "DENY"
            response.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response
