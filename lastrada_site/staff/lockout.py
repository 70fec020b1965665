"""Login throttling on top of django-axes.

Axes applies one failure limit to every lockout parameter; a guess from one
address must be stopped sooner than a username tried from many addresses, so
each parameter gets its own limit (LOGIN_FAILURE_LIMITS). The failures of each
are scaled to the largest limit, which axes then compares as usual.
"""

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.admin.views.account import get_user_login_form, password_reset_enabled
from wagtail.log_actions import log

from hotline.ratelimit import client_address


def client_ip(request):
    # The same address the hotline rate limit uses, so both follow the proxy rule.
    return client_address(request) or None


class StaffLoginHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None):
        largest = max(limit for _parameters, limit in settings.LOGIN_FAILURE_LIMITS)
        scaled = 0
        attempts_per_parameter = self.get_user_attempts(request, credentials)
        for attempts, (_parameters, limit) in zip(
            attempts_per_parameter, settings.LOGIN_FAILURE_LIMITS, strict=True
        ):
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            scaled = max(scaled, failures * largest // limit)
        return scaled


def lockout_message():
    # Said the same way whether the account exists or not.
    return _(
        "Too many failed sign-in attempts. Signing in with this name is paused for "
        "%(minutes)s minutes. If you need access sooner, ask an administrator."
    ) % {"minutes": settings.LOGIN_LOCKOUT_MINUTES}


def lockout_response(request, original_response=None, credentials=None):
    """Wagtail's own login page, with the lockout explained in the admin's language."""
    form = get_user_login_form()(request)
    form.cleaned_data = {}  # an unbound form takes an error only once it has this
    form.add_error(None, lockout_message())
    context = {
        "form": form,
        "show_password_reset": password_reset_enabled(),
        "username_field": form.fields["username"].label,
        "next": request.POST.get("next", request.GET.get("next", "")),
    }
    return render(request, "wagtailadmin/login.html", context, status=429)


def record_lockout(sender, request=None, username=None, ip_address=None, **kwargs):
    """Put a lockout of an existing account into Wagtail's audit log."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: username}).first()
    if user is not None:
        log(user, "staff.lockout", data={"address": ip_address or ""})
