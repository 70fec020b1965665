"""Issue an enrolment link from the server, for the first administrator of a new site.

Everyone else gets theirs from an administrator in the admin (Settings → Users).
"""

from django.core.management.base import BaseCommand, CommandError
from django_otp import user_has_device
from wagtail.log_actions import log

from lastrada_site.staff import enrolment
from lastrada_site.staff.lockout import account_named


class Command(BaseCommand):
    help = "Print a one-time link, valid 24 hours, with which USERNAME sets up two-factor sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        person = account_named(username)
        if person is None:
            raise CommandError(f"No account is named {username!r}.")
        if user_has_device(person):
            raise CommandError(
                f"{username!r} already has two-factor sign-in; an administrator resets it "
                "in Settings → Users, which issues a new link."
            )
        link = enrolment.issue(person)
        log(person, "staff.2fa_link")
        self.stdout.write(link)
