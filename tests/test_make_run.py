"""A newcomer's `make run`: the port it names and serves, the site's own addresses on
that port, the admin account it prints, and the site's own error pages with its
styles still served."""

import io
import os
import re
import shutil
import subprocess

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from wagtail.models import Site

from tests.gunicorn_site import PostgresServer
from tests.support import LANGUAGES, ROOT, run_python

OTHER_PORT = "http://127.0.0.1:8001"


def test_make_help_names_the_port_it_serves_on():
    result = subprocess.run(  # noqa: S603 - make, with this repository's Makefile
        [shutil.which("make"), "--no-print-directory", "help", "PORT=8123"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )

    run_line = next(line for line in result.stdout.splitlines() if "make run " in line)
    assert run_line.endswith("on http://127.0.0.1:8123")
    assert "$(PORT)" not in result.stdout


def test_on_another_port_canonical_hreflang_and_sitemap_addresses_use_it(client, home_page):
    out = io.StringIO()
    call_command("setup_site", address=OTHER_PORT, stdout=out)
    again = io.StringIO()
    call_command("setup_site", address=OTHER_PORT, stdout=again)

    assert Site.objects.get(is_default_site=True).root_url == OTHER_PORT
    assert out.getvalue() == f"The default site's address is now {OTHER_PORT}/.\n"
    assert again.getvalue() == ""
    for language in LANGUAGES:
        html = client.get(f"/{language}/", HTTP_HOST="127.0.0.1:8001").content.decode()
        links = re.findall(r'<link rel="(?:canonical|alternate)"[^>]* href="([^"]+)">', html)
        assert len(links) > 1 and all(link.startswith(f"{OTHER_PORT}/") for link in links)
    sitemap = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1:8001").content.decode()
    addresses = re.findall(r'(?:<loc>|href=")(http[^<"]+)', sitemap)
    assert addresses and all(url.startswith(f"{OTHER_PORT}/") for url in addresses)


@pytest.mark.parametrize("address", ["127.0.0.1:8001", "ftp://example.org", "http://host:port"])
def test_setup_site_refuses_an_address_it_cannot_use(home_page, address):
    with pytest.raises(CommandError, match="http://host:port"):
        call_command("setup_site", address=address)


def test_the_dev_admin_is_told_the_address_and_how_to_set_another_password(home_page, settings):
    settings.SETTINGS_MODULE = "lastrada_site.settings.dev"
    call_command("setup_site", address=OTHER_PORT)
    out = io.StringIO()

    call_command("ensure_dev_admin", stdout=out)

    assert f"Created a local admin account for {OTHER_PORT}/admin/" in out.getvalue()
    assert "manage.py changepassword admin" in out.getvalue()


# Run with the dev settings on the test database, inside a transaction rolled back at
# the end: neither the cache table `make run` makes nor what the requests write stays.
DEV_REQUESTS = """
import django
django.setup()
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import Client

with transaction.atomic():
    call_command("createcachetable")
    client = Client(raise_request_exception=False, HTTP_HOST="127.0.0.1:8000")
    css = client.get("/static/css/site.css")
    script = client.get("/static/js/save-offline.js")
    missing = client.get("/ru/no-such-page-here/")
    print(settings.DEBUG, css.status_code, css["Content-Type"], script.status_code)
    print(missing.status_code)
    print(missing.content.decode())
    transaction.set_rollback(True)
"""


def test_make_run_shows_the_sites_own_not_found_page_and_still_serves_static_files(db, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("the other process reads the test database, which needs PostgreSQL")
    database = PostgresServer(connection.settings_dict).url(connection.settings_dict["NAME"])
    env = {
        "DJANGO_SETTINGS_MODULE": "lastrada_site.settings.dev",
        "DATABASE_URL": database,
        "DJANGO_VAR_DIR": str(tmp_path),
        "HOTLINE_ENCRYPTION_KEYS": "dGVzdC1vbmx5LWtleS10ZXN0LW9ubHkta2V5LTAwMDA=",
    }
    result = run_python(DEV_REQUESTS, {**os.environ, **env})

    assert result.returncode == 0, result.stderr
    first, status, html = result.stdout.split("\n", 2)
    assert first == 'False 200 text/css; charset="utf-8" 200'
    assert status == "404"
    assert "<title>Страница не найдена" in html and 'class="hotline-bar"' in html
    assert "Technical details" not in html and "Using the URLconf" not in html


@pytest.mark.parametrize(("value", "debug"), [(None, False), ("true", True)])
def test_debug_is_off_in_development_unless_asked_for(tmp_path, value, debug):
    env = {**os.environ, "DJANGO_VAR_DIR": str(tmp_path)}
    env.pop("DJANGO_DEBUG", None)
    if value is not None:
        env["DJANGO_DEBUG"] = value
    result = run_python("import lastrada_site.settings.dev as dev; print(dev.DEBUG)", env)

    assert result.stdout.strip() == str(debug), result.stderr
