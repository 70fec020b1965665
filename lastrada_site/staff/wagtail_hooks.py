from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from lastrada_site.admin_menu import MenuItemFor

from . import views
from .lockout import current_lockouts
from .unlock import LockoutsView, may_unlock
from .users import may_manage

LOG_ACTIONS = (
    ("staff.lockout", _("Sign-in locked"), _("Signing in was locked after failed attempts")),
    ("staff.unlock", _("Sign-in unlocked"), _("Unlocked signing in after a lockout")),
    ("staff.2fa_enrol", _("Two-factor sign-in set up"), _("Set up two-factor sign-in")),
    ("staff.2fa_reset", _("Two-factor devices removed"), _("Removed the two-factor devices")),
    ("staff.2fa_link", _("Enrolment link issued"), _("Issued an enrolment link")),
    ("staff.2fa_failed", _("Wrong two-factor code"), _("Entered a wrong two-factor code")),
)


@hooks.register("register_log_actions")
def register_staff_log_actions(actions):
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    two_factor_urls = [
        path("", views.verify, name="verify"),
        path("setup/", views.setup, name="setup"),
        path("reset/<int:user_id>/", views.reset, name="reset"),
        path("link/<int:user_id>/", views.enrolment_link, name="link"),
    ]
    return [path("2fa/", include((two_factor_urls, "staff_2fa")))]


@hooks.register("register_admin_urls")
def register_lockout_urls():
    lockout_urls = [path("", LockoutsView.as_view(), name="index")]
    return [path("lockouts/", include((lockout_urls, "staff_lockouts")))]


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    return MenuItemFor(
        _("Sign-in lockouts"),
        reverse("staff_lockouts:index"),
        icon_name="lock",
        order=610,
        shown_to=may_unlock,
    )


@hooks.register("register_user_listing_buttons")
def unlock_button(user, request_user):
    if not may_unlock(request_user):
        return
    # Asked once per listing, not once per row.
    if not hasattr(request_user, "_locked_names"):
        request_user._locked_names = {entry["username"] for entry in current_lockouts()}
    if user.get_username() in request_user._locked_names:
        yield Button(
            _("Unlock sign-in"), reverse("staff_lockouts:index"), icon_name="lock-open", priority=80
        )


@hooks.register("register_user_listing_buttons")
def two_factor_buttons(user, request_user):
    if not may_manage(request_user, user):
        return
    if user_has_device(user, confirmed=None):
        yield Button(
            _("Reset two-factor sign-in"),
            reverse("staff_2fa:reset", args=[user.pk]),
            icon_name="key",
            priority=90,
        )
    if not user_has_device(user):
        yield Button(
            _("Issue enrolment link"),
            reverse("staff_2fa:link", args=[user.pk]),
            icon_name="key",
            priority=91,
        )
