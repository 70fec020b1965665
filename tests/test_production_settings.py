"""Production settings refuse to start with a guessable secret key or unencrypted mail.

Each case imports the production settings in a fresh interpreter, as gunicorn would,
with only the environment the case describes.
"""

import os
import secrets

import pytest
from cryptography.fernet import Fernet

from tests.support import ROOT, run_python

GENERATE = 'python -c "import secrets; print(secrets.token_urlsafe(50))"'
EXAMPLE_KEY = "change-me-to-a-random-string-of-at-least-50-characters"
SMTP = "django.core.mail.backends.smtp.EmailBackend"


def start_production(script="", **variables):
    """Import the production settings with these variables; returns the finished process."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "EMAIL_", "TRUSTED_PROXIES", "HOTLINE_"))
    }
    env.update(
        {
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "example.org",
            "EMAIL_USE_TLS": "true",
            "HOTLINE_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        }
    )
    env.update({name: value for name, value in variables.items() if value is not None})
    for name in [name for name, value in variables.items() if value is None]:
        env.pop(name, None)
    return run_python("from lastrada_site.settings import production as s\n" + script, env)


def assert_refused(result, *phrases):
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    for phrase in phrases:
        assert phrase in result.stderr


def test_a_random_key_and_encrypted_mail_start():
    result = start_production("print(s.EMAIL_USE_TLS, s.EMAIL_USE_SSL)")

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "False"]


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        (EXAMPLE_KEY, "still the example value from .env.example"),
        ("Sh0rt-but-random-9fK2xQ", "at least 50 characters"),
        ("ab" * 40, "fewer than 20 different characters"),
        ("build-only-" * 6, "fewer than 20 different characters"),
    ],
    ids=["example", "short", "two-characters", "repeated-word"],
)
def test_a_guessable_secret_key_is_refused_with_how_to_make_one(key, reason):
    result = start_production(DJANGO_SECRET_KEY=key)

    assert_refused(result, "DJANGO_SECRET_KEY", reason, GENERATE)


def test_the_deploy_check_key_in_the_makefile_is_accepted():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    key = makefile.split("DJANGO_SECRET_KEY=", 1)[1].split()[0]

    result = start_production(DJANGO_SECRET_KEY=key)

    assert result.returncode == 0, result.stderr


def test_smtp_without_tls_is_refused():
    result = start_production(EMAIL_BACKEND=SMTP, EMAIL_USE_TLS=None)

    assert_refused(
        result,
        "without encryption",
        "EMAIL_USE_TLS=true",
        "EMAIL_USE_SSL=true",
        "EMAIL_LOCAL_RELAY",
    )


def test_smtp_is_the_default_backend_and_is_checked_too():
    result = start_production(EMAIL_BACKEND=None, EMAIL_USE_TLS="false")

    assert_refused(result, "without encryption")


@pytest.mark.parametrize(
    "variables",
    [
        {"EMAIL_USE_TLS": "true"},
        {"EMAIL_USE_SSL": "true", "EMAIL_USE_TLS": None},
        {"EMAIL_LOCAL_RELAY": "true", "EMAIL_USE_TLS": None},
    ],
    ids=["starttls", "ssl", "local-relay"],
)
def test_smtp_starts_with_tls_ssl_or_a_declared_local_relay(variables):
    result = start_production(
        "print(s.EMAIL_USE_TLS, s.EMAIL_USE_SSL, s.EMAIL_LOCAL_RELAY)",
        EMAIL_BACKEND=SMTP,
        **variables,
    )

    assert result.returncode == 0, result.stderr
    expected = [
        str(variables.get(name) == "true")
        for name in ("EMAIL_USE_TLS", "EMAIL_USE_SSL", "EMAIL_LOCAL_RELAY")
    ]
    assert result.stdout.split() == expected


def test_tls_and_ssl_together_are_refused():
    result = start_production(EMAIL_BACKEND=SMTP, EMAIL_USE_TLS="true", EMAIL_USE_SSL="true")

    assert_refused(result, "only one of EMAIL_USE_TLS", "EMAIL_USE_SSL")


def test_a_backend_that_sends_nothing_over_the_network_needs_no_tls():
    result = start_production(
        EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend", EMAIL_USE_TLS=None
    )

    assert result.returncode == 0, result.stderr


def test_a_mistyped_trusted_proxy_stops_the_start():
    result = start_production(TRUSTED_PROXIES="127.0.0.1, proxy.internal")

    assert_refused(result, "TRUSTED_PROXIES", "'proxy.internal'")


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        (None, "HOTLINE_ENCRYPTION_KEYS is not set"),
        ("", "HOTLINE_ENCRYPTION_KEYS is not set"),
        ("not-a-fernet-key", "Key number 1 in HOTLINE_ENCRYPTION_KEYS is not a Fernet key"),
    ],
)
def test_production_refuses_to_start_without_a_usable_encryption_key(keys, message):
    result = start_production(HOTLINE_ENCRYPTION_KEYS=keys)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Fernet.generate_key()" in result.stderr
