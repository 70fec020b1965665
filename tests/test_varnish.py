"""Varnish (deploy/varnish.vcl, Debian's varnishd) in front of gunicorn with production
settings, PostgreSQL and Redis: readers share the cached pages, publishing purges
every language of the page at once, and what is personal goes straight through.

Skipped without varnishd; under CI it must run, so it fails instead.
"""

import re
import subprocess
from html import unescape
from pathlib import Path

import pytest

from scripts import servers
from tests.gunicorn_site import Gunicorn, free_port, manage
from tests.scale_support import (
    ABOUT_URLS,
    deployment,
    require_postgresql,
    retitle_about,
    tool_or_skip,
)

pytestmark = pytest.mark.slow

VCL = Path(__file__).resolve().parent.parent / "deploy" / "varnish.vcl"
READS_OF_ABOUT = """
from pages.models import PageReads, StandardPage
page = StandardPage.objects.get(slug_en="about")
print(sum(PageReads.objects.filter(page=page).values_list("reads", flat=True)))
"""


class Varnish:
    def __init__(self, varnishd, workdir, port, backend_port):
        vcl = workdir / "varnish.vcl"
        # The shipped file, with only the app server's port changed to the test's.
        text = VCL.read_text()
        assert '.port = "8000";' in text
        vcl.write_text(text.replace('.port = "8000";', f'.port = "{backend_port}";'))
        self.port = port
        self.log = workdir / "varnishd.log"
        self.process = subprocess.Popen(  # noqa: S603 - Debian's varnishd
            [
                varnishd,
                "-F",
                "-j",
                "none",
                "-n",
                str(workdir / "instance"),
                "-a",
                f"127.0.0.1:{port}",
                "-f",
                str(vcl),
                "-s",
                "malloc,32m",
            ],
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )

    def wait_until_up(self, seconds=30):
        servers.wait_until_up(self.process, self.port, "varnishd", seconds, self.log.read_text)
        return self

    def stop(self):
        servers.stop(self.process)


def fetch(port, path, method="GET", headers=None, source="127.0.0.1"):
    status, message, content = servers.request(port, method, path, headers=headers, source=source)
    return status, message, unescape(content.decode())


def read(port, language, path=None):
    """A reader whose browser speaks the page's language, as most do."""
    return fetch(port, path or ABOUT_URLS[language], headers={"Accept-Language": language})


def from_cache(headers):
    # Varnish's X-Varnish holds two ids when it answered from a stored object.
    return len(headers["X-Varnish"].split()) == 2


def title_of(html):
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


@pytest.fixture(scope="module")
def cached_site(tmp_path_factory):
    varnishd = tool_or_skip("varnishd", "varnish")
    require_postgresql("the app server and the publishing process share one database")
    app_port, cache_port = free_port(), free_port()
    with deployment(
        tmp_path_factory.mktemp("static"), public_url=f"http://127.0.0.1:{cache_port}"
    ) as env:
        gunicorn = Gunicorn(env, app_port, workers=2)
        varnish = Varnish(varnishd, tmp_path_factory.mktemp("varnish"), cache_port, app_port)
        try:
            gunicorn.wait_until_up()
            varnish.wait_until_up()
            publisher_env = {**env, "FRONTEND_CACHE": f"http://127.0.0.1:{cache_port}"}
            yield cache_port, publisher_env
        finally:
            varnish.stop()
            gunicorn.stop()


def test_the_second_read_comes_from_varnish_and_a_publish_purges_every_language(cached_site):
    port, publisher_env = cached_site
    for language in ABOUT_URLS:
        status, first, html = read(port, language)
        assert status == 200 and title_of(html) == f"About {language}"
        assert not from_cache(first)
        assert "Set-Cookie" not in first
        status, second, html = read(port, language)
        assert status == 200 and title_of(html) == f"About {language}"
        assert from_cache(second), dict(second)
        assert "Age" in second
        # Kept because the app allowed it, for as long as it allowed.
        assert "s-maxage=" in second["Cache-Control"]

    retitle_about(publisher_env, "Renamed")

    for language in ABOUT_URLS:
        status, headers, html = read(port, language)
        assert status == 200
        assert title_of(html) == f"Renamed {language}", f"{language} still stale"
        assert not from_cache(headers)
        assert from_cache(read(port, language)[1]), "the new version is shared again"


def test_the_hotline_form_and_signed_in_staff_are_never_served_from_the_cache(cached_site):
    port, _env = cached_site
    tokens = set()
    for _ in range(2):
        status, headers, html = read(port, "ru", "/ru/hotline/")
        assert status == 200 and 'name="form_token"' in html
        assert not from_cache(headers)
        assert "Set-Cookie" not in headers
        tokens.add(html.split('name="form_token" value="', 1)[1].split('"', 1)[0])
    assert len(tokens) == 2, "each reader gets a form token of their own"

    read(port, "en")
    status, headers, _html = fetch(
        port, ABOUT_URLS["en"], headers={"Accept-Language": "en", "Cookie": "sessionid=abc"}
    )
    assert status == 200 and not from_cache(headers)


def test_only_trusted_addresses_may_purge(cached_site):
    port, _env = cached_site
    read(port, "en")
    assert from_cache(read(port, "en")[1])

    for method in ("PURGE", "BAN"):
        status, _headers, _html = fetch(port, ABOUT_URLS["en"], method=method, source="127.0.0.2")
        assert status == 403
    assert from_cache(read(port, "en")[1]), "a refused purge leaves the page cached"

    status, _headers, _html = fetch(
        port, ABOUT_URLS["en"], method="BAN", headers={"Host": f"127.0.0.1:{port}"}
    )
    assert status == 200
    assert not from_cache(read(port, "en")[1]), "a BAN from the app server empties the host"


def test_a_page_from_varnish_still_counts_every_read(cached_site):
    port, env = cached_site
    read(port, "en")
    status, headers, html = read(port, "en")
    assert status == 200 and from_cache(headers)
    image = re.search(r'src="(/reads/\d+\.gif)"', html).group(1)
    before = int(manage(env, "shell", "--no-imports", "-c", READS_OF_ABOUT))

    for _read in range(2):
        status, headers, body = servers.request(
            port,
            "GET",
            image,
            headers={"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0"},
        )
        assert status == 200 and body.startswith(b"GIF89a")
        assert not from_cache(headers) and "no-store" in headers["Cache-Control"]

    assert int(manage(env, "shell", "--no-imports", "-c", READS_OF_ABOUT)) == before + 2
