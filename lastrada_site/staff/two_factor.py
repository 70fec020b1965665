"""Who needs a second factor, and the middleware that holds them until they give it."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django_otp import user_has_device

# Pages an unverified user still needs: to sign in or out, to give the code or to
# enrol with a link, and what those pages load.
EXEMPT_VIEW_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "staff_2fa:verify",
    "staff_2fa:setup",
)


def asks_for_code(user):
    """True for a user whose sign-in ends only with a code: every staff account, since
    consultants read requests, editors and moderators publish what people at risk read
    and set the phone numbers on every page, and whoever manages users can hand any of
    those rights on."""
    return settings.TWO_FACTOR_REQUIRED and user.is_authenticated


def needs_verification(user):
    """True for a signed-in user who must give a code and has not yet."""
    return user.is_authenticated and not user.is_verified() and asks_for_code(user)


class TwoFactorMiddleware:
    """Sends an unverified user from every admin page to the code or enrolment page.

    Wagtail has no hook that runs before its views, so this stands in front of the
    whole admin; the hotline's views live there and answer only after it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.session.session_key
            and request.path_info.startswith(reverse("wagtailadmin_home"))
            and needs_verification(request.user)
            and not is_exempt(request.path_info)
        ):
            step = "staff_2fa:verify" if user_has_device(request.user) else "staff_2fa:setup"
            return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


def is_exempt(path):
    try:
        return resolve(path).view_name in EXEMPT_VIEW_NAMES
    except Resolver404:
        return False
