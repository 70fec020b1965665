"""Two app servers (gunicorn on two ports) on one PostgreSQL database and one Redis:
what one shows after a publish, the other shows on its next request, and the
hotline's rate limit counts the sends made through both."""

import re
import time
import uuid
from html import unescape

import pytest

from lastrada_site import caching
from tests.gunicorn_site import Browser, Gunicorn, free_port, manage, request
from tests.scale_support import ABOUT_URLS, deployment, require_postgresql, retitle_about

pytestmark = pytest.mark.slow

RATE_LIMIT = 3
TOO_MANY = "Too many requests have been sent from your network in a short time"
COUNT_MESSAGES = """
from hotline.models import ConsultationRequest
print(sum({marker!r} in request.message for request in ConsultationRequest.objects.all()))
"""


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory):
    require_postgresql("two app servers share one database server")
    with deployment(tmp_path_factory.mktemp("static")) as env:
        env = {**env, "HOTLINE_RATE_LIMIT": f"{RATE_LIMIT}/h"}
        servers = [Gunicorn(env, free_port(), workers=1) for _ in range(2)]
        try:
            for server in servers:
                server.wait_until_up()
            yield env, servers
        finally:
            for server in servers:
                server.stop()


def title_of(html):
    return unescape(re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip())


def read(server, language):
    """A reader of that language, through a load balancer that keeps the site's host name."""
    status, headers, html = request(
        server.port,
        "GET",
        ABOUT_URLS[language],
        headers={"Host": "localhost", "Accept-Language": language},
    )
    assert status == 200
    return headers, title_of(html)


def test_a_publish_is_seen_through_both_servers_within_a_second(two_servers):
    env, (first, second) = two_servers
    for language in ABOUT_URLS:
        for server in (first, second):
            read(server, language)
            # Each worker keeps the pages it rendered, under the shared generation.
            headers, title = read(server, language)
            assert title == f"About {language}"
            assert headers["X-Cache"] == "hit"

    retitle_about(env, "Published")
    # A worker reads the shared content generation at most once a second.
    time.sleep(caching.GENERATION_CHECK_SECONDS + 0.1)

    for language in ABOUT_URLS:
        for server in (second, first):
            headers, title = read(server, language)
            assert title == f"Published {language}", f"port {server.port} shows a stale page"


def test_the_rate_limit_counts_sends_through_both_servers(two_servers):
    env, (first, second) = two_servers
    marker = f"scale-{uuid.uuid4().hex}"
    outcomes = []
    for number in range(RATE_LIMIT + 1):
        server = (first, second)[number % 2]
        browser = Browser(server.port)
        status, _headers, form_page = browser.get("/en/hotline/")
        assert status == 200
        status, _headers, html = browser.submit(
            "/en/hotline/",
            form_page,
            "hotline-form",
            topic="employment",
            country="PL",
            contact_channel="email",
            contact_value="reader@example.org",
            message=f"Send number {number}. {marker}",
            consent="on",
        )
        outcomes.append(status)
        if status == 429:
            assert TOO_MANY in unescape(html)

    # Sends 1 and 3 went through the first server, 2 and 4 through the second.
    assert outcomes == [303] * RATE_LIMIT + [429]
    stored = manage(env, "shell", "--no-imports", "-c", COUNT_MESSAGES.format(marker=marker))
    assert stored.split() == [str(RATE_LIMIT)]
