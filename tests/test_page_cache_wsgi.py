"""Stored pages answered by the WSGI application before Django handles the request."""

import io

import pytest
from django.core.cache import cache
from django.core.wsgi import get_wsgi_application

from lastrada_site import page_cache
from lastrada_site.page_cache import PageCacheApplication
from tests.page_factories import make_guide, make_section

GUIDE = "/ru/work/contract/"


pytestmark = pytest.mark.usefixtures("page_cache_on", "connection_kept")


@pytest.fixture
def connection_kept():
    """Django's WSGI handler closes the database connection when a request ends, as a
    server must; here that connection holds the test's transaction, so it is kept
    open, as Django's test client does."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def guide(home_page):
    return make_guide(make_section(home_page, slug="work"), slug="contract")


class Django:
    """Django's own WSGI application, noting which requests reached it."""

    def __init__(self):
        self.application = get_wsgi_application()
        self.paths = []

    def __call__(self, environ, start_response):
        self.paths.append(environ["PATH_INFO"])
        return self.application(environ, start_response)


@pytest.fixture
def django_app():
    return Django()


@pytest.fixture
def app(django_app):
    return PageCacheApplication(django_app)


def get(app, path, method="GET", **headers):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.url_scheme": "http",
        **headers,
    }
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer["status"] = status
        answer["headers"] = dict(response_headers)

    body = app(environ, start_response)
    answer["body"] = b"".join(body)
    if hasattr(body, "close"):
        body.close()
    return answer


def test_a_stored_page_is_answered_before_django_with_the_same_headers(app, django_app, guide):
    first = get(app, GUIDE)
    assert first["status"] == "200 OK" and first["headers"]["X-Cache"] == "miss"
    second = get(app, GUIDE)
    assert django_app.paths == [GUIDE]
    assert second["status"] == "200 OK" and second["headers"]["X-Cache"] == "hit"
    assert second["body"] == first["body"]
    for name in (
        "Content-Type",
        "Content-Language",
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "X-Frame-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
        "Permissions-Policy",
        "Cache-Control",
    ):
        assert second["headers"][name] == first["headers"][name], name
    assert "s-maxage=600" in second["headers"]["Cache-Control"]
    assert "Set-Cookie" not in second["headers"]


def test_head_gets_the_headers_alone(app, django_app, guide):
    get(app, GUIDE)
    head = get(app, GUIDE, method="HEAD")
    assert head["headers"]["X-Cache"] == "hit" and head["body"] == b""
    assert django_app.paths == [GUIDE]


@pytest.mark.parametrize(
    ("path", "method", "headers"),
    [
        (GUIDE, "GET", {"HTTP_COOKIE": "sessionid=abc"}),
        (GUIDE, "GET", {"HTTP_COOKIE": "lang=en"}),
        (GUIDE, "GET", {"QUERY_STRING": "utm_source=leaflet"}),
        (GUIDE, "GET", {"HTTP_X_CACHE_BYPASS": "bench-only-key"}),
        (GUIDE, "POST", {}),
        (GUIDE, "GET", {"HTTP_HOST": "attacker.example"}),
        ("/admin/", "GET", {}),
        ("/static/css/site.css", "GET", {}),
    ],
)
def test_other_requests_are_left_to_django(app, django_app, guide, path, method, headers):
    get(app, GUIDE)
    django_app.paths.clear()
    get(app, path, method=method, **headers)
    assert django_app.paths == [path]


def test_a_page_in_another_language_than_the_browsers_is_answered_from_the_cache(
    app, django_app, guide
):
    # The language is in the address and nothing remembers it: the stored page serves all.
    get(app, GUIDE)
    django_app.paths.clear()
    answer = get(app, GUIDE, HTTP_ACCEPT_LANGUAGE="en")
    assert answer["headers"]["X-Cache"] == "hit" and django_app.paths == []


def test_plain_http_is_left_to_djangos_redirect_to_https(guide, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    # The security middleware reads its settings when the application is built.
    django_app = Django()
    app = PageCacheApplication(django_app)
    secure = {"HTTP_X_FORWARDED_PROTO": "https"}
    get(app, GUIDE, **secure)
    assert get(app, GUIDE, **secure)["headers"]["X-Cache"] == "hit"
    redirected = get(app, GUIDE, HTTP_X_FORWARDED_PROTO="http")
    assert redirected["status"].startswith("301")
    assert redirected["headers"]["Location"] == f"https://testserver{GUIDE}"
    assert django_app.paths == [GUIDE, GUIDE]


def test_a_page_of_an_earlier_generation_is_not_served(app, django_app, guide):
    get(app, GUIDE)
    page_cache.new_generation_now()
    again = get(app, GUIDE)
    assert again["headers"]["X-Cache"] == "miss"
    assert django_app.paths == [GUIDE, GUIDE]


def test_without_the_cache_server_django_answers(app, django_app, guide, monkeypatch):
    get(app, GUIDE)

    def down(*args, **kwargs):
        raise ConnectionError("cache server down")

    monkeypatch.setattr(cache, "get_many", down)
    answer = get(app, GUIDE)
    assert answer["status"] == "200 OK"
    assert django_app.paths == [GUIDE, GUIDE]


def test_zero_seconds_switches_it_off(app, django_app, guide, settings):
    settings.PAGE_CACHE_SECONDS = 0
    get(app, GUIDE)
    get(app, GUIDE)
    assert django_app.paths == [GUIDE, GUIDE]


def test_production_serves_through_it():
    from lastrada_site import wsgi

    assert isinstance(wsgi.application, PageCacheApplication)
