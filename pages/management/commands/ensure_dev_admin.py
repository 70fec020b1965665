"""Create a local admin account for development, once, and print its password.

Only with the dev settings: a production deployment creates its accounts with
`createsuperuser` (see docs/consultants.md).
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from wagtail.models import Site


class Command(BaseCommand):
    help = (
        "With the dev settings, create an 'admin' superuser with a random password if none exists."
    )

    def handle(self, *args, **options):
        if not settings.SETTINGS_MODULE.endswith(".dev"):
            self.stdout.write("Not the dev settings: no account is created.")
            return
        users = get_user_model()
        if users.objects.filter(is_superuser=True).exists():
            return
        password = secrets.token_urlsafe(12)
        users.objects.create_superuser("admin", "admin@localhost", password)
        # The address `setup_site --address` gave the site, as `make run` serves it.
        admin_url = f"{Site.objects.get(is_default_site=True).root_url}/{settings.ADMIN_URL_PATH}"
        self.stdout.write(
            self.style.SUCCESS(
                f"Created a local admin account for {admin_url}\n"
                f"  user: admin\n  password: {password}\n"
                "This password is shown only now; `.venv/bin/python manage.py changepassword "
                "admin` sets another.\n`make run` turns two-factor sign-in off "
                "(TWO_FACTOR_REQUIRED=false), so this account needs no authenticator app."
            )
        )
