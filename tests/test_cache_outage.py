"""Redis gone: the site keeps serving, the form keeps storing, the rate limit keeps limiting.

The cache is the production client (django-redis with its short timeouts), talking
to a real Redis through a relay that the test cuts.
"""

import io
import logging
import socket
import time

import pytest
from django.core.cache import caches
from django.test import Client

from hotline import ratelimit
from hotline.models import ConsultationRequest
from lastrada_site import caching
from lastrada_site.caching.log import OncePerMinute
from lastrada_site.settings.base import redis_cache
from tests.hotline_support import valid_data
from tests.page_factories import make_guide, make_section
from tests.support import redis_available
from tests.tcp_relay import TcpRelay

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("page_cache_on")]
REDIS_DB = 12


@pytest.fixture(autouse=True)
def _read_the_generation_every_time(monkeypatch):
    # Workers read it once a second; here every request asks Redis.
    monkeypatch.setattr(caching, "GENERATION_CHECK_SECONDS", 0)


@pytest.fixture
def relay(settings):
    if not redis_available():
        pytest.skip("needs Redis on 127.0.0.1:6379")
    relay = TcpRelay("127.0.0.1", 6379).start()
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            **redis_cache(f"redis://127.0.0.1:{relay.port}/{REDIS_DB}"),
            "KEY_PREFIX": "outage-test",
        },
    }
    caches["default"].clear()
    yield relay
    relay.stop()


@pytest.fixture
def guide(home_page):
    return make_guide(make_section(home_page, slug="work", title="Work abroad"), slug="contract")


@pytest.fixture
def cache_log():
    """What the handler for cache failures writes (one line a minute at most)."""
    (handler,) = [
        handler
        for handler in logging.getLogger("lastrada.cache").handlers
        if any(isinstance(each, OncePerMinute) for each in handler.filters)
    ]
    handler.filters[0].last_passed.clear()
    buffer = io.StringIO()
    previous = handler.setStream(buffer)
    yield buffer
    handler.setStream(previous)


def timed_get(url, client=None):
    start = time.monotonic()
    response = (client or Client()).get(url)
    return response, time.monotonic() - start


def test_with_redis_gone_pages_admin_and_the_form_still_work(
    relay, guide, client, django_user_model, cache_log
):
    url = "/ru/work/contract/"
    assert Client().get(url)["X-Cache"] == "miss"
    assert Client().get(url)["X-Cache"] == "hit"

    relay.cut()

    for _reader in range(5):
        response, seconds = timed_get(url)
        assert response.status_code == 200 and "X-Cache" not in response
        assert b"Guide body text in ru" in response.content
        assert seconds < 2
    editor = django_user_model.objects.create_superuser("ed", "ed@example.org", "pw")
    staff = Client()
    staff.force_login(editor)
    assert staff.get("/admin/pages/").status_code == 200
    sent = client.post("/ru/hotline/", valid_data())
    assert sent.status_code == 303
    assert ConsultationRequest.objects.count() == 1
    assert cache_log.getvalue().count("\n") == 1
    assert "Cache unreachable" in cache_log.getvalue()

    relay.restore()
    assert Client().get(url)["X-Cache"] in ("hit", "miss")


def test_with_redis_gone_the_rate_limit_counts_per_worker(relay, settings):
    settings.HOTLINE_RATE_LIMIT = "3/h"
    relay.cut()
    for _send in range(3):
        assert not ratelimit.is_limited("198.51.100.7")
        ratelimit.count_send("198.51.100.7")
    assert ratelimit.is_limited("198.51.100.7")
    assert not ratelimit.is_limited("198.51.100.8")


def test_a_black_holed_redis_costs_fractions_of_a_second(settings, guide):
    # A listening socket that never answers: connections hang, as with a dropped route.
    hole = socket.socket()
    hole.bind(("127.0.0.1", 0))
    hole.listen(0)
    filler = socket.create_connection(hole.getsockname())  # fills the backlog
    try:
        settings.CACHES = {
            **settings.CACHES,
            "default": redis_cache(f"redis://127.0.0.1:{hole.getsockname()[1]}/0"),
        }
        response, seconds = timed_get("/ru/work/contract/")
        assert response.status_code == 200
        assert seconds < 5
    finally:
        filler.close()
        hole.close()
