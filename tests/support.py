"""Facts and helpers shared by many test modules: the repository's root, the site's
languages, the hotline contacts that tests write into the site settings, the demo
site, and a fresh interpreter to start settings in."""

import os
import secrets
import socket
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from cryptography.fernet import Fernet

from lastrada_site.languages import language_codes

# Imported with this module, at collection: the guard reads the database name then.
from tests.database_guard import ensure_test_database

# The repository's root, where manage.py, README.md and .env.example are.
ROOT = Path(__file__).resolve().parent.parent

LANGUAGES = tuple(language_codes())

CONTACTS = {
    "phone_belarus": "8 801 100 8 801",
    "phone_belarus_note_ru": "бесплатно со стационарных телефонов",
    "phone_belarus_note_be": "бясплатна са стацыянарных тэлефонаў",
    "phone_belarus_note_en": "free from landlines",
    "phone_abroad": "+375 17 000 00 00",
    "hours_ru": "будни 9:00–20:00",
    "hours_be": "будні 9:00–20:00",
    "hours_en": "weekdays 9:00–20:00",
    "email": "hotline@example.org",
}


def load_demo_site():
    """The site as `make run` creates it, with the demo content and CONTACTS as its real
    contacts (no longer marked as examples)."""
    from django.core.management import call_command
    from wagtail.models import Site

    from pages.models import HotlineContacts

    call_command("setup_site", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    contacts = HotlineContacts.for_site(Site.objects.get(is_default_site=True))
    for name, value in CONTACTS.items():
        setattr(contacts, name, value)
    contacts.are_examples = False
    contacts.save()


@contextmanager
def demo_site_client(request, django_db_blocker):
    """A test client on the demo site, for module-scoped fixtures that render its pages
    once; whatever they write is rolled back when the block ends.

    A fixture that also asks for `demo_site` uses the demo site loaded once for all
    such fixtures; without it, the demo content is loaded here for this block alone.
    """
    from django.test import Client

    from tests.shared_data import SHARED_DEMO_SITE, rolled_back

    ensure_test_database(request, django_db_blocker)
    with rolled_back(django_db_blocker):
        if not SHARED_DEMO_SITE.is_open:
            load_demo_site()
        yield Client(raise_request_exception=False)


def page_html(client, path, data=None, status=200):
    """The HTML (or CSV) the client gets at path, after checking the response's status."""
    response = client.get(path, data or {})
    assert response.status_code == status, path
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode()


def assert_contains(html, *fragments):
    """Each fragment is somewhere in html."""
    for fragment in fragments:
        assert fragment in html, fragment


def production_environment(**variables):
    """This environment with every variable production requires set to a valid value."""
    return {
        **os.environ,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "example.org",
        "EMAIL_USE_TLS": "true",
        "HOTLINE_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        **variables,
    }


def run_python(code, env):
    """Run `code` in a fresh interpreter, in the repository root, with `env`.

    Settings are read once per process, so a test of how they start needs its own.
    """
    return subprocess.run(  # noqa: S603 - our own interpreter and the test's own code
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def redis_available():
    """True when Redis answers on its usual local port (the outage tests need it)."""
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False
