"""The site as deployed, for tests that need real processes: a PostgreSQL database
of their own prepared as the release step does, gunicorn with production settings,
and a client that behaves like a browser (keeps its cookies, submits the form
with what the page holds). Not a test module itself.
"""

import os
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import quote, urlencode

import psycopg
from cryptography.fernet import Fernet
from django.utils.crypto import get_random_string

from scripts import servers
from tests.support import ROOT

PYTHON = sys.executable
PORTS = range(8700, 8800)
SETUP_SITE = """
from django.core.management import call_command
call_command("setup_site")
"""


class PostgresServer:
    """Where the configured PostgreSQL server is, to make databases of one's own on it."""

    def __init__(self, settings_dict):
        self.host = settings_dict["HOST"] or "127.0.0.1"
        self.port = int(settings_dict["PORT"] or 5432)
        self.user = settings_dict["USER"] or "postgres"
        self.password = settings_dict["PASSWORD"] or ""

    def url(self, name, host=None, port=None):
        credentials = quote(self.user) + (f":{quote(self.password)}" if self.password else "")
        return f"postgres://{credentials}@{host or self.host}:{port or self.port}/{name}"

    def execute(self, sql):
        with psycopg.connect(self.url("postgres"), autocommit=True) as connection:
            connection.execute(sql)


def production_env(database_url, static_root):
    """Production settings on plain HTTP without Redis; the same keys for every process
    that is given this environment, so what one encrypts or signs another can read."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lastrada_site.settings.production",
        "DJANGO_SECRET_KEY": get_random_string(64),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_STATIC_ROOT": str(static_root),
        "DATABASE_URL": database_url,
        # Personal fields are encrypted with these keys; production requires them.
        "HOTLINE_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "HOTLINE_MIN_FILL_SECONDS": "0",
        "HOTLINE_NOTIFY_EMAILS": "",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "INFO",
    }
    env.pop("REDIS_URL", None)
    return env


def manage(env, *args):
    """Run a management command; its standard output."""
    return subprocess.run(  # noqa: S603 - this repository's manage.py
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


def prepare(env, setup_code):
    """Migrate and create the site as the release step does, then run `setup_code`
    (Python, in a Django shell) for the test's own data.

    Static files are collected meanwhile: production's manifest storage needs them,
    and they need no database.
    """
    collect = subprocess.Popen(  # noqa: S603
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    try:
        manage(env, "migrate", "--noinput", "-v", "0")
        # setup_site and the test's data share one process: a Django start-up less.
        manage(env, "shell", "--no-imports", "-c", SETUP_SITE + setup_code)
    finally:
        if collect.wait(timeout=120) != 0:
            raise RuntimeError("collectstatic failed")


def free_port():
    return servers.free_port(PORTS)


class Gunicorn:
    def __init__(self, env, port, workers):
        self.port = port
        self.log = tempfile.NamedTemporaryFile(prefix="gunicorn-", suffix=".log")
        self.process = subprocess.Popen(  # noqa: S603
            [
                str(Path(PYTHON).parent / "gunicorn"),
                "lastrada_site.wsgi:application",
                "--workers",
                str(workers),
                "--bind",
                f"127.0.0.1:{port}",
                "--timeout",
                "60",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=self.log,
        )

    def wait_until_up(self, seconds=45):
        servers.wait_until_up(self.process, self.port, "gunicorn", seconds, self.log_text)
        return self

    def log_text(self):
        return Path(self.log.name).read_text(encoding="utf-8", errors="replace")

    def stop(self):
        servers.stop(self.process)
        self.log.close()


def request(port, method, path, body=None, headers=None, timeout=30):
    status, message, content = servers.request(port, method, path, body, headers, timeout)
    return status, message, content.decode()


class Browser:
    """Keeps the cookies it is given (Secure ones too: the test speaks plain HTTP to
    gunicorn, as a TLS proxy would) and sends a form as a browser would."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def get(self, path):
        return self._request("GET", path)

    def submit(self, path, html, form_id, **typed):
        """Send the form as the page holds it, with `typed` filled in on top."""
        fields = [(name, value) for name, value in form_fields(html, form_id) if name not in typed]
        fields += [(name, value) for name, value in typed.items() if value is not None]
        return self._request(
            "POST",
            path,
            body=urlencode(fields),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )

    def _request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in self.cookies.items())
        status, message, html = request(self.port, method, path, body=body, headers=headers)
        for header in message.get_all("Set-Cookie") or []:
            for key, morsel in SimpleCookie(header).items():
                self.cookies[key] = morsel.value
        return status, message, html


def form_fields(html, form_id):
    """The (name, value) pairs a browser sends for the form with this id."""
    parser = FormParser(form_id)
    parser.feed(html)
    parser.close()
    if not parser.found:
        raise AssertionError(f"no form with id {form_id!r} on the page")
    return parser.fields


class FormParser(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.found = False
        self.inside = False
        self.fields = []
        self._select = None  # [name, first option value, selected value]
        self._textarea = None  # [name, text]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.found = self.inside = True
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.fields.append((name, attrs.get("value") or "on"))
            elif kind not in ("submit", "button", "reset"):
                self.fields.append((name, attrs.get("value") or ""))
        elif tag == "select" and name:
            self._select = [name, None, None]
        elif tag == "option" and self._select is not None:
            value = attrs.get("value", "")
            if self._select[1] is None:
                self._select[1] = value
            if "selected" in attrs:
                self._select[2] = value
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "select" and self._select is not None:
            name, first, selected = self._select
            self.fields.append((name, selected if selected is not None else first or ""))
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            # As in a browser, a line break right after <textarea> is not part of the text.
            self.fields.append((name, text[1:] if text.startswith("\n") else text))
            self._textarea = None
        elif tag == "form":
            self.inside = False
