import base64
import hashlib
import json
import re
from functools import lru_cache

from django.conf import settings
from django.utils import translation
from wagtail import hooks

from lastrada_site.languages import language_codes

# The admin hooks whose output Wagtail puts into admin pages as it is.
SCRIPT_HOOKS = ("insert_global_admin_js", "insert_editor_js")
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S)


def is_admin_path(path):
    """Whether a URL path belongs to the staff admin rather than the public site."""
    return path.startswith((f"/{settings.ADMIN_URL_PATH}", "/django-admin/"))


def framable_by_this_site(policy):
    """The policy with its frame-ancestors directive replaced by 'self'."""
    directives = [directive.strip() for directive in policy.split(";")]
    kept = [d for d in directives if d and d.split()[0].lower() != "frame-ancestors"]
    return "; ".join([*kept, "frame-ancestors 'self'"])


@lru_cache(maxsize=1)
def hook_script_hashes():
    """CSP hashes of the inline scripts that installed apps add through admin hooks.

    wagtail-modeltranslation, for one, defines its settings for the editor in an
    inline script. Such a script is fixed code of an installed package (only its
    interface language varies), so it is allowed by its hash; any other inline
    script in an admin page, such as one injected into a request's text, is not.
    Each language's version is allowed: the admin speaks the editor's chosen
    language, which the request's own language does not tell.
    """
    found = []
    for language in language_codes():
        with translation.override(language):
            for hook in SCRIPT_HOOKS:
                for function in hooks.get_hooks(hook):
                    for body in INLINE_SCRIPT.findall(str(function() or "")):
                        found.append(sha256_source(body))
    return tuple(dict.fromkeys(found))


# What Wagtail's chooser widgets write after their HTML when a form builds them
# itself (the redirects form's page chooser): a constructor call with a JSON id and
# JSON options, nothing else. The form fields Wagtail builds from models use
# lastrada_site.admin_widgets instead, started from a file.
CHOOSER_START = re.compile(
    r'<script>(new [A-Z][A-Za-z]*Chooser\("[A-Za-z0-9_-]*", (\{[^<]*\})\);)</script>'
)


def is_json_object(text):
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def sha256_source(body):
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def chooser_script_hashes(response):
    """Hashes of the chooser start-up scripts in an admin page, allowed one by one."""
    if response.streaming or "html" not in response.get("Content-Type", ""):
        return ()
    content = response.content.decode(response.charset or "utf-8", "replace")
    return tuple(
        dict.fromkeys(
            sha256_source(body)
            for body, options in CHOOSER_START.findall(content)
            if is_json_object(options)
        )
    )


def admin_policy(response):
    """The admin's policy, its script-src widened by the hashes of the hooks' scripts
    and of the page's chooser start-up scripts."""
    policy = settings.ADMIN_CONTENT_SECURITY_POLICY
    hashes = (*hook_script_hashes(), *chooser_script_hashes(response))
    if not hashes:
        return policy
    directives = [directive.strip() for directive in policy.split(";") if directive.strip()]
    return "; ".join(
        " ".join([directive, *hashes]) if directive.split()[0] == "script-src" else directive
        for directive in directives
    )


class SecurityHeadersMiddleware:
    """Content-Security-Policy and framing rules.

    Public pages get a strict CSP (this site's own files only, no inline script)
    and may never be framed. The admin runs only this site's script files too (plus
    the fixed inline scripts of installed apps' hooks, by their hash), keeps inline
    styles, and frames its own preview; a preview keeps the public page's strict
    policy, so editors see what readers get.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_admin_path(request.path):
            framing, policy = "SAMEORIGIN", admin_policy(response)
        elif getattr(request, "is_preview", False):
            # Wagtail renders a preview as a request to the page's public URL, and the
            # admin shows it in a frame: the public policy, framable by this site only.
            framing = "SAMEORIGIN"
            policy = framable_by_this_site(settings.CONTENT_SECURITY_POLICY)
        else:
            framing, policy = "DENY", settings.CONTENT_SECURITY_POLICY
        response["X-Frame-Options"] = framing
        response.setdefault("Content-Security-Policy", policy)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response
