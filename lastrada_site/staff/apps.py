from django.apps import AppConfig


class StaffConfig(AppConfig):
    name = "lastrada_site.staff"
    label = "staff"
    verbose_name = "Staff accounts"

    def ready(self):
        from axes.signals import user_locked_out

        from .lockout import record_lockout

        user_locked_out.connect(record_lockout, dispatch_uid="staff.record_lockout")
