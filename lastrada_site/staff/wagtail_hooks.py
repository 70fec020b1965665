from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_log_actions")
def register_staff_log_actions(actions):
    actions.register_action(
        "staff.lockout", _("Sign-in locked"), _("Signing in was locked after failed attempts")
    )
