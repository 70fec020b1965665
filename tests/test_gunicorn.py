"""gunicorn as deployed: what its access log keeps, and whom it trusts for forwarded headers.

The access log is what an operator, a hosting company or anyone who seizes the server
reads; it must not say who asked for help or what they searched for.
"""

import os
import re
import runpy
import secrets
import subprocess
import sys
import time
from contextlib import contextmanager
from ipaddress import ip_address
from pathlib import Path
from types import SimpleNamespace

import pytest
from cryptography.fernet import Fernet
from gunicorn.config import Config

from scripts import servers
from tests.support import ROOT

GUNICORN = Path(sys.executable).parent / "gunicorn"
CONFIG = ROOT / "gunicorn.conf.py"

pytestmark = pytest.mark.slow


def get(port, path, headers=None):
    status, _message, content = servers.request(port, "GET", path, headers=headers, timeout=5)
    return status, content.decode()


def wait_for(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


@contextmanager
def running_gunicorn(tmp_path, **extra_env):
    """gunicorn with gunicorn.conf.py and production settings, on an empty SQLite file."""
    port = servers.free_port(range(8600, 8700))
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "EMAIL_", "GUNICORN_", "TRUSTED_PROXIES", "REDIS_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "lastrada_site.settings.production",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "HOTLINE_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
            "DJANGO_VAR_DIR": str(tmp_path),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_WORKERS": "1",
            **extra_env,
        }
    )
    access_log = tmp_path / "access.log"
    error_log = tmp_path / "error.log"
    with access_log.open("w") as stdout, error_log.open("w") as stderr:
        process = subprocess.Popen(  # noqa: S603 - our own gunicorn and configuration
            [str(GUNICORN), "-c", str(CONFIG), "lastrada_site.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=stdout,
            stderr=stderr,
        )

    try:
        servers.wait_until_up(process, port, "gunicorn", 60, error_log.read_text)
        wait_for(lambda: access_log.read_text().count("\n") >= 1, 10, "the start-up request")
        skip = access_log.stat().st_size

        def new_lines():
            # Only what the test itself sent, not the start-up checks above.
            return access_log.read_bytes()[skip:].decode()

        yield SimpleNamespace(port=port, access_log=new_lines, error_log=error_log)
    finally:
        servers.stop(process)


@pytest.fixture
def gunicorn_server(tmp_path):
    with running_gunicorn(tmp_path) as server:
        yield server


def test_access_log_keeps_no_trace_of_who_asked_or_what_for(gunicorn_server):
    status, body = get(
        gunicorn_server.port,
        "/healthz/?q=trafficking+help+marker-query",
        headers={
            "User-Agent": "Mozilla/5.0 (marker-agent) PhoneBrowser/1.0",
            "Referer": "https://referrer.example/marker-referer",
        },
    )
    assert (status, body) == (200, '{"database": "ok"}')
    log = gunicorn_server.access_log
    wait_for(lambda: "/healthz/" in log(), 10, "the access log line")

    text = log()
    line = text.strip()
    # Time, request without its query, status, bytes, seconds: and nothing else.
    assert re.fullmatch(r'\[[^\]]+\] "GET /healthz/" 200 \d+ \d+\.\d{6}', line), line
    for trace in (
        "marker-query",
        "trafficking",
        "?",
        "marker-agent",
        "Mozilla",
        "marker-referer",
        "referrer.example",
        "127.0.0.1",
    ):
        assert trace not in text


def load_config(monkeypatch, **variables):
    for name in ("TRUSTED_PROXIES", "GUNICORN_BIND", "GUNICORN_WORKERS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    values = runpy.run_path(str(CONFIG))
    config = Config()
    for name in ("bind", "workers", "accesslog", "access_log_format", "forwarded_allow_ips"):
        config.set(name, values[name])
    return config


def trusts(config, address):
    return any(ip_address(address) in network for network in config.forwarded_allow_networks())


def test_gunicorn_trusts_forwarded_headers_only_from_trusted_proxies(monkeypatch):
    config = load_config(monkeypatch, TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/8,::1")

    assert config.forwarded_allow_ips == ["127.0.0.1/32", "10.0.0.0/8", "::1/128"]
    assert trusts(config, "10.20.30.40") and trusts(config, "::1")
    assert not trusts(config, "192.0.2.1")


def test_without_trusted_proxies_gunicorn_trusts_nobody(monkeypatch):
    config = load_config(monkeypatch)

    # Not "*", and not gunicorn's own default of 127.0.0.1 and ::1.
    assert config.forwarded_allow_ips == []
    assert not trusts(config, "127.0.0.1")


def test_bind_and_workers_come_from_the_environment(monkeypatch):
    assert load_config(monkeypatch).workers == 3
    assert load_config(monkeypatch).bind == ["127.0.0.1:8000"]

    config = load_config(monkeypatch, GUNICORN_BIND="0.0.0.0:8000", GUNICORN_WORKERS="5")

    assert config.bind == ["0.0.0.0:8000"]
    assert config.workers == 5


@pytest.mark.parametrize("trusted", [False, True], ids=["direct", "through-trusted-proxy"])
def test_a_forged_x_forwarded_proto_is_plain_http(tmp_path, trusted):
    """From anyone but a trusted proxy, X-Forwarded-Proto: https changes nothing: the
    request is redirected to HTTPS and gets no HSTS. From a trusted proxy it is HTTPS."""
    import http.client

    extra = {"DJANGO_SECURE_SSL_REDIRECT": "true"}
    if trusted:
        extra["TRUSTED_PROXIES"] = "127.0.0.1"
    with running_gunicorn(tmp_path, **extra) as server:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
        connection.request(
            "GET", "/offline-worker.js", headers={"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}
        )
        response = connection.getresponse()
        response.read()
        connection.close()
    if trusted:
        assert response.status == 200
        assert response.getheader("Strict-Transport-Security", "").startswith("max-age=")
    else:
        assert response.status == 301
        assert response.getheader("Location") == "https://127.0.0.1/offline-worker.js"
        assert response.getheader("Strict-Transport-Security") is None
