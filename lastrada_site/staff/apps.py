from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class StaffConfig(AppConfig):
    default = True
    name = "lastrada_site.staff"
    label = "staff"
    verbose_name = "Staff accounts"

    def ready(self):
        from axes.signals import user_locked_out
        from django.contrib.auth.signals import user_logged_in

        from .lockout import forgive_after_password, record_lockout

        user_locked_out.connect(record_lockout, dispatch_uid="staff.record_lockout")
        user_logged_in.connect(forgive_after_password, dispatch_uid="staff.forgive")


class StaffUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with user forms that state the password rules and give no
    one more than the user manager holds, and groups changed by superusers only."""

    default = False
    user_viewset = "lastrada_site.staff.users.StaffUserViewSet"
    group_viewset = "lastrada_site.staff.users.StaffGroupViewSet"
