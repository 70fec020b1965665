from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from lastrada_site.admin_menu import MenuItemFor

from .unlock import may_unlock


@hooks.register("register_log_actions")
def register_staff_log_actions(actions):
    actions.register_action(
        "staff.lockout", _("Sign-in locked"), _("Signing in was locked after failed attempts")
    )
    actions.register_action(
        "staff.unlock", _("Sign-in unlocked"), _("Unlocked signing in after a lockout")
    )
    actions.register_action(
        "staff.2fa_enrol", _("Two-factor sign-in set up"), _("Set up two-factor sign-in")
    )
    actions.register_action(
        "staff.2fa_reset", _("Two-factor devices removed"), _("Removed the two-factor devices")
    )
    actions.register_action(
        "staff.2fa_link", _("Enrolment link issued"), _("Issued an enrolment link")
    )
    actions.register_action(
        "staff.2fa_failed", _("Wrong two-factor code"), _("Entered a wrong two-factor code")
    )


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    from . import views

    return [
        path(
            "2fa/",
            include(
                (
                    [
                        path("", views.verify, name="verify"),
                        path("setup/", views.setup, name="setup"),
                        path("reset/<int:user_id>/", views.reset, name="reset"),
                        path("link/<int:user_id>/", views.enrolment_link, name="link"),
                    ],
                    "staff_2fa",
                ),
                namespace="staff_2fa",
            ),
        )
    ]


@hooks.register("register_admin_urls")
def register_lockout_urls():
    from .unlock import LockoutsView

    return [
        path(
            "lockouts/",
            include(
                ([path("", LockoutsView.as_view(), name="index")], "staff_lockouts"),
                namespace="staff_lockouts",
            ),
        )
    ]


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
    from .lockout import current_lockouts

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
def two_factor_reset_button(user, request_user):
    from django_otp import user_has_device

    from .views import may_reset

    if may_reset(request_user, user) and user_has_device(user, confirmed=None):
        yield Button(
            _("Reset two-factor sign-in"),
            reverse("staff_2fa:reset", args=[user.pk]),
            icon_name="key",
            priority=90,
        )


@hooks.register("register_user_listing_buttons")
def enrolment_link_button(user, request_user):
    from django_otp import user_has_device

    from .views import may_reset

    if may_reset(request_user, user) and not user_has_device(user):
        yield Button(
            _("Issue enrolment link"),
            reverse("staff_2fa:link", args=[user.pk]),
            icon_name="key",
            priority=91,
        )
