"""Hostile input, rate limits across processes, and what never leaves the site."""

import re
import subprocess
import sys
import textwrap
import uuid
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command

from hotline import ratelimit
from hotline.models import ConsultationRequest
from tests.hotline_support import valid_data
from tests.support import ROOT, redis_available

DB_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "hotline_test_cache",
    },
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}

SCRIPT = "<script>alert('x')</script>"
HOSTILE = {
    "script": SCRIPT,
    "attribute": '"><img src=x onerror=alert(1)>',
    "sql": "'; DROP TABLE hotline_consultationrequest; --",
    "template": "{{ settings.SECRET_KEY }} {% debug %}",
    "format": "%s%n%(x)s {0}",
    "control": "bell\x07 escape\x1b[31m vertical\x0b end",
    "emoji": "🙂🚨 👩‍👧 \u202eright-to-left",
    "nul": "nul\x00byte",
    "huge": "x" * 100_000,
}


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["name", "safe_times", "message", "contact_value"])
@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_input_never_breaks_a_page_or_shows_unescaped(
    client, home_page, django_user_model, field, kind
):
    payload = HOSTILE[kind]
    overrides = {field: payload}
    if field == "contact_value":
        overrides["contact_channel"] = "email"
    response = client.post("/en/hotline/", valid_data(**overrides))
    assert response.status_code in (200, 303)
    html = response.content.decode()
    assert SCRIPT not in html and "<img src=x" not in html
    if response.status_code == 200:
        # Refused with a message; nothing stored.
        assert "Please correct the following" in html
        assert ConsultationRequest.objects.count() == 0
        return
    stored = ConsultationRequest.objects.get()
    assert "\x00" not in getattr(stored, field) and "\x07" not in getattr(stored, field)
    assert SCRIPT not in client.get(response["Location"]).content.decode()
    admin = django_user_model.objects.create_superuser("boss", "b@example.org", "pw")
    client.force_login(admin)
    for url in (
        "/admin/hotline/requests/",
        f"/admin/hotline/requests/edit/{stored.pk}/",
        "/admin/hotline/requests/?export=csv",
    ):
        page = client.get(url)
        assert page.status_code == 200
        body = b"".join(page.streaming_content) if page.streaming else page.content
        body = body.decode()
        assert SCRIPT not in body and "<img src=x" not in body
    detail = unescape(client.get(f"/admin/hotline/requests/edit/{stored.pk}/").content.decode())
    if kind in ("script", "sql", "template", "emoji"):
        assert getattr(stored, field) in detail


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["huge"])
def test_oversized_input_is_refused_with_a_translated_message(client, home_page, kind):
    response = client.post("/ru/hotline/", valid_data(message=HOSTILE[kind]))
    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert "Пожалуйста, исправьте" in html
    assert ConsultationRequest.objects.count() == 0


@pytest.mark.django_db
def test_unknown_choices_and_garbage_fields_are_refused(client, home_page):
    response = client.post(
        "/en/hotline/",
        valid_data(topic="<b>x</b>", country="' OR 1=1 --", extra_field="ignored", is_urgent="🙂"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<b>x</b>" not in html
    assert ConsultationRequest.objects.count() == 0


@pytest.mark.django_db
def test_public_pages_carry_a_strict_csp_and_no_inline_code(client, home_page):
    response = client.get("/en/hotline/")
    assert "script-src 'self'" in response["Content-Security-Policy"]
    html = response.content.decode()
    assert "<script>" not in html and "<style" not in html and 'style="' not in html
    # Absolute addresses name this site (canonical, hreflang, og:url) or the quick
    # exit's link away; SVG's namespace is an identifier, not a request.
    quick_exit = urlsplit(settings.QUICK_EXIT_URL).hostname
    hosts = set(re.findall(r"https?://([^/\"'\s]+)", html))
    assert hosts <= {"testserver", quick_exit, "www.w3.org"}, hosts


@pytest.mark.django_db
def test_form_has_no_autocomplete_and_is_not_cached(client, home_page):
    response = client.get("/ru/hotline/")
    assert 'autocomplete="off"' in response.content.decode()
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]


# Rate limit -------------------------------------------------------------------------------


@pytest.fixture
def db_cache(db, settings):
    # Through pytest-django's `settings`, so every override is undone in the right order.
    settings.CACHES = DB_CACHE
    call_command("createcachetable", verbosity=0)
    from django.core.cache import cache

    cache.clear()
    return cache


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language,message",
    [
        ("ru", "Из вашей сети за короткое время отправлено слишком много обращений"),
        ("be", "З вашай сеткі за кароткі час адпраўлена занадта шмат зваротаў"),
        ("en", "Too many requests have been sent from your network in a short time"),
    ],
)
def test_rate_limit_answers_429_keeps_the_text_and_gives_the_numbers(
    client, home_page, settings, db_cache, language, message
):
    from wagtail.models import Site

    from tests.hotline_support import set_contacts

    set_contacts(Site.objects.get(is_default_site=True))
    settings.HOTLINE_RATE_LIMIT = "2/h"
    for _ in range(2):
        assert client.post(f"/{language}/hotline/", valid_data()).status_code == 303
    response = client.post(f"/{language}/hotline/", valid_data(message="third one marker-3"))
    html = unescape(response.content.decode())
    assert response.status_code == 429
    assert message in html
    assert "marker-3" in html
    assert "8 801 100 8 801" in html and "+375 17 000 00 01" in html
    assert ConsultationRequest.objects.count() == 2
    # Another address is not affected.
    other = client.post(f"/{language}/hotline/", valid_data(), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 303


@pytest.mark.django_db
def test_invalid_sends_and_reposts_do_not_use_up_the_limit(client, home_page, settings, db_cache):
    settings.HOTLINE_RATE_LIMIT = "1/h"
    for _ in range(3):
        assert client.post("/en/hotline/", valid_data(message="")).status_code == 200
    data = valid_data()
    assert client.post("/en/hotline/", data).status_code == 303
    assert client.post("/en/hotline/", data).status_code == 303  # a re-post still says thanks
    assert client.post("/en/hotline/", valid_data()).status_code == 429


@pytest.mark.django_db
def test_rate_limit_zero_turns_it_off(client, home_page, settings, db_cache):
    settings.HOTLINE_RATE_LIMIT = "0"
    for _ in range(5):
        assert client.post("/en/hotline/", valid_data()).status_code == 303
    assert ConsultationRequest.objects.count() == 5


def send_via(client, forwarded_for, remote_addr="127.0.0.1"):
    return client.post(
        "/en/hotline/",
        valid_data(),
        HTTP_X_FORWARDED_FOR=forwarded_for,
        REMOTE_ADDR=remote_addr,
    ).status_code


@pytest.mark.django_db
def test_a_forged_forwarded_for_does_not_move_the_rate_limit(client, home_page, settings, db_cache):
    settings.HOTLINE_RATE_LIMIT = "1/h"
    settings.TRUSTED_PROXIES = ["10.0.0.5"]
    # Not sent by the proxy: a new made-up X-Forwarded-For on every send changes nothing.
    assert send_via(client, "1.1.1.1", remote_addr="198.51.100.7") == 303
    assert send_via(client, "2.2.2.2", remote_addr="198.51.100.7") == 429
    assert send_via(client, "2.2.2.2, 10.0.0.5", remote_addr="198.51.100.7") == 429
    assert ConsultationRequest.objects.count() == 1


@pytest.mark.django_db
def test_behind_a_trusted_proxy_each_real_client_has_its_own_limit(
    client, home_page, settings, db_cache
):
    settings.HOTLINE_RATE_LIMIT = "1/h"
    settings.TRUSTED_PROXIES = ["10.0.0.0/24", "2001:db8::/32"]
    # The proxy appended 3.3.3.3, the address it saw; 9.9.9.9 is the sender's own claim.
    assert send_via(client, "9.9.9.9, 3.3.3.3", remote_addr="10.0.0.5") == 303
    # Another person behind the same proxy is not held back by the first one.
    assert send_via(client, "4.4.4.4", remote_addr="10.0.0.5") == 303
    # The first person again, through a chain of two trusted proxies and a new claim.
    assert send_via(client, "8.8.8.8, 3.3.3.3, 10.0.0.7", remote_addr="10.0.0.5") == 429
    # IPv6 all the way.
    assert send_via(client, "2001:db9::1", remote_addr="2001:db8::5") == 303
    assert send_via(client, "2001:DB9:0::1", remote_addr="2001:db8::5") == 429
    assert ConsultationRequest.objects.count() == 3


@pytest.mark.django_db
def test_an_ipv6_client_is_counted_by_its_64_network(client, home_page, settings, db_cache):
    settings.HOTLINE_RATE_LIMIT = "1/h"
    assert send_via(client, "", remote_addr="2001:db8:1:2::1") == 303
    # Another address of the same /64 (one client usually holds all of it).
    assert send_via(client, "", remote_addr="2001:db8:1:2:ffff:ffff:ffff:fffe") == 429
    # The next /64 is someone else.
    assert send_via(client, "", remote_addr="2001:db8:1:3::1") == 303
    assert ConsultationRequest.objects.count() == 2


@pytest.mark.parametrize(
    "value,expected",
    [("20/h", (20, 3600)), ("100/day", (100, 86400)), ("5/m", (5, 60)), ("0", None), ("", None)],
)
def test_rate_setting_is_parsed(value, expected):
    rate = ratelimit.parse_rate(value)
    assert (rate.count, rate.seconds) == expected if expected else rate is None


def test_a_malformed_rate_setting_is_reported():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="HOTLINE_RATE_LIMIT"):
        ratelimit.parse_rate("lots")


CHILD = textwrap.dedent(
    """
    import sys
    import django
    from django.conf import settings

    backend, location, prefix, action, count = sys.argv[1:6]
    cache = {"BACKEND": backend, "LOCATION": location, "KEY_PREFIX": prefix}
    databases = {}
    if backend.endswith("DatabaseCache"):
        databases = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": location + ".db"}}
        cache["LOCATION"] = "rate_cache"
    settings.configure(
        SECRET_KEY="cross-process-test-key-0123456789-0123456789-0123456789",
        DATABASES=databases,
        CACHES={"default": cache},
        HOTLINE_RATE_LIMIT="5/h",
        USE_TZ=True,
    )
    django.setup()
    if action == "create":
        from django.core.management import call_command
        call_command("createcachetable", verbosity=0)
        sys.exit(0)
    from hotline import ratelimit
    for _ in range(int(count)):
        ratelimit.count_send("198.51.100.7")
    print("limited" if ratelimit.is_limited("198.51.100.7") else "free")
    """
)


def run_child(backend, location, prefix, action, count=0):
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", CHILD, backend, location, prefix, action, str(count)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["database", "redis"])
def test_rate_limit_holds_across_processes(tmp_path, backend):
    """Separate processes (like gunicorn workers) share one count through the cache."""
    prefix = f"hotline-test-{uuid.uuid4().hex}"
    if backend == "redis":
        if not redis_available():
            pytest.skip("Redis is not running on 127.0.0.1:6379")
        cache_backend, location = (
            "django_redis.cache.RedisCache",
            "redis://127.0.0.1:6379/0",
        )
    else:
        cache_backend, location = (
            "django.core.cache.backends.db.DatabaseCache",
            str(tmp_path / "cache"),
        )
        run_child(cache_backend, location, prefix, "create")
    # Limit 5: three sends in one process and two in another use it up together,
    # although neither process alone reached it.
    assert run_child(cache_backend, location, prefix, "count", 3) == "free"
    assert run_child(cache_backend, location, prefix, "count", 2) == "limited"
    assert run_child(cache_backend, location, prefix, "count", 0) == "limited"
