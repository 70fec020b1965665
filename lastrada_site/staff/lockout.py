"""Login throttling on top of django-axes.

Axes applies one failure limit to every lockout parameter; a guess from one
address must be stopped sooner than a username tried from many addresses, so
each parameter gets its own limit (LOGIN_FAILURE_LIMITS). The failures of each
are scaled to the largest limit, which axes then compares as usual.
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.views.account import get_user_login_form, password_reset_enabled
from wagtail.log_actions import log

from lastrada_site.client_ip import client_address


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


def lockout_response(request, original_response=None, credentials=None):
    """Wagtail's own login page, with the lockout explained in the admin's language."""
    form = get_user_login_form()(request)
    form.cleaned_data = {}  # an unbound form takes an error only once it has this
    # Said the same way whether the account exists or not.
    message = _(
        "Too many failed sign-in attempts. Signing in with this name is paused for "
        "%(minutes)s minutes. If you need access sooner, ask an administrator."
    )
    form.add_error(None, message % {"minutes": settings.LOGIN_LOCKOUT_MINUTES})
    context = {
        "form": form,
        "show_password_reset": password_reset_enabled(),
        "username_field": form.fields["username"].label,
        "next": request.POST.get("next", request.GET.get("next", "")),
    }
    return render(request, "wagtailadmin/login.html", context, status=429)


def account_named(username):
    User = get_user_model()
    return User.objects.filter(**{User.USERNAME_FIELD: username}).first()


def record_lockout(sender, request=None, username=None, ip_address=None, **kwargs):
    """Put a lockout of an existing account into Wagtail's audit log.

    A name without an account has no record to log against; it is still listed
    among the current lockouts while it lasts.
    """
    user = account_named(username)
    if user is not None:
        log(user, "staff.lockout", data={"address": ip_address or ""})


def forgive_own_failures(request, user):
    """After a complete sign-in, drop the failures of this name from this address.

    A person's own typing mistakes should not count toward a later lockout. The
    failures of the same name from other addresses stay: they may be someone
    else's guesses, and the limit for the name from anywhere must still stop them.
    Axes' own reset on success cannot be used: it runs after the password, so
    entering the right password again would wipe the count of wrong codes.
    """
    AccessAttempt.objects.filter(
        username=user.get_username(), ip_address=client_ip(request)
    ).delete()


def forgive_after_password(sender, request=None, user=None, **kwargs):
    # With a second factor to come, the sign-in is complete only after the code.
    from .two_factor import asks_for_code

    if request is not None and not asks_for_code(user):
        forgive_own_failures(request, user)


def current_lockouts():
    """Every name that cannot sign in now, from one address or from all of them.

    Each entry holds the name, its account (None when no account has that name),
    whether the name is locked from every address, on how many addresses it is
    locked, and when the lockout ends at the latest.
    """
    cool_off = settings.AXES_COOLOFF_TIME
    recent = AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - cool_off)
    lockouts = {}
    for parameters, limit in settings.LOGIN_FAILURE_LIMITS:
        groups = (
            recent.values(*parameters)
            .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
            .filter(failures__gte=limit)
        )
        for group in groups:
            entry = lockouts.setdefault(
                group["username"],
                {"username": group["username"], "everywhere": False, "addresses": 0, "until": None},
            )
            if "ip_address" in parameters:
                entry["addresses"] += 1
            else:
                entry["everywhere"] = True
            until = group["last"] + cool_off
            entry["until"] = max(until, entry["until"] or until)
    User = get_user_model()
    accounts = User.objects.filter(**{f"{User.USERNAME_FIELD}__in": list(lockouts)})
    by_name = {account.get_username(): account for account in accounts}
    for name, entry in lockouts.items():
        entry["account"] = by_name.get(name)
    return sorted(lockouts.values(), key=lambda entry: entry["until"], reverse=True)


def unlock(username):
    """Let the name sign in again from every address; returns the failures forgotten."""
    return AccessAttempt.objects.filter(username=username).delete()[0]
