"""Settings: secure defaults, required production variables, documented environment."""

import pytest
from django.conf import settings

from tests.support import ROOT, production_environment, run_python


@pytest.mark.parametrize(
    ("missing", "message"),
    [("DJANGO_SECRET_KEY", "DJANGO_SECRET_KEY"), ("DJANGO_ALLOWED_HOSTS", "DJANGO_ALLOWED_HOSTS")],
)
def test_production_settings_refuse_to_start_without_required_variables(missing, message):
    env = production_environment()
    del env[missing]
    result = run_python("import lastrada_site.settings.production", env)

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
    manual = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")

    assert "DJANGO_SECRET_KEY" in used and "GUNICORN_WORKERS" in used
    assert [name for name in sorted(used) if f"\n{name}=" not in example] == []
    assert [name for name in sorted(used) if f"`{name}`" not in manual] == []
