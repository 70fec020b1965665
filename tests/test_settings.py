"""Settings: secure defaults, required production variables, documented environment."""

import os
import secrets
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet
from django.conf import settings

from tests.support import ROOT


@pytest.mark.parametrize(
    ("missing", "message"),
    [("DJANGO_SECRET_KEY", "DJANGO_SECRET_KEY"), ("DJANGO_ALLOWED_HOSTS", "DJANGO_ALLOWED_HOSTS")],
)
def test_production_settings_refuse_to_start_without_required_variables(missing, message):
    env = {
        **os.environ,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "example.org",
        "EMAIL_USE_TLS": "true",
        "HOTLINE_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
    }
    del env[missing]
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import lastrada_site.settings.production"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_settings_default_to_secure():
    from lastrada_site.settings import base

    assert base.DEBUG is False
    assert settings.LANGUAGE_CODE == "ru"
    assert [code for code, _ in settings.LANGUAGES] == ["ru", "be", "en"]


def test_every_environment_variable_is_documented():
    import re

    pattern = re.compile(r'(?:os\.environ\.get|env_bool|env_list)\(\s*"([A-Z0-9_]+)"')
    used = set()
    sources = [ROOT / "gunicorn.conf.py"]
    for folder in ("lastrada_site", "pages", "hotline"):
        sources.extend((ROOT / folder).rglob("*.py"))
    for path in sources:
        used.update(pattern.findall(path.read_text(encoding="utf-8")))
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")

    assert "DJANGO_SECRET_KEY" in used and "GUNICORN_WORKERS" in used
    assert [name for name in sorted(used) if f"\n{name}=" not in example] == []
    assert [name for name in sorted(used) if f"`{name}`" not in readme] == []
