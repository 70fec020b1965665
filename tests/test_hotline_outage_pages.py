"""The form page and the thank-you page while PostgreSQL is gone: both answer, with
the hotline's numbers from their copy outside the database, never with a 500."""

import logging
import uuid
from html import unescape

import pytest
from django.db import connection

from pages import contacts_copy
from tests.gunicorn_site import Browser, Gunicorn, free_port
from tests.hotline_support import in_language, set_contacts, token_in, valid_data
from tests.support import LANGUAGES
from tests.tcp_relay import TcpRelay
from tests.test_hotline_unavailable import (  # noqa: F401  (the fixtures of that module)
    CACHE_SETUPS,
    EMERGENCY,
    DatabaseDown,
    _no_copy_from_other_tests,
    deployment,
    redis_prefix,
)

OPEN_NOTICE = (
    "The site has a technical problem right now, and your request may not be sent. If it is "
    "not, everything you wrote comes back to you. If it is urgent, call us:"
)
STORED_NOTICE = (
    "Your request has been stored, but because of a technical problem on our side we cannot "
    "show its reference code right now. Reload this page in a few minutes, or call us:"
)


@pytest.fixture
def site(home_page):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    set_contacts(site)
    return site


def while_down(client, url):
    down = DatabaseDown()
    with connection.execute_wrapper(down):
        response = client.get(url)
    assert down.tried >= 1, "the database was really asked, and failed"
    return response, unescape(response.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_page_opens_with_the_numbers_while_the_database_is_down(
    client, site, caplog, language
):
    url = f"/{language}/hotline/"
    client.get(url)  # a page read while the database worked left the copy
    with caplog.at_level(logging.ERROR):
        response, html = while_down(client, url)
    assert response.status_code == 200
    assert in_language(language, OPEN_NOTICE) in html
    assert in_language(language, EMERGENCY) in html
    assert "+375 17 000 00 01" in html and 'href="tel:88011008801"' in html
    # The number from abroad first.
    assert html.index("+375 17 000 00 01") < html.index("8 801 100 8 801")
    assert token_in(response.content.decode()) and not response.cookies
    assert "data-quick-exit" in html
    assert "Hotline form: the database failed while the form was shown" in caplog.text


@pytest.mark.django_db
def test_the_form_opened_while_down_is_stored_once_the_database_is_back(client, site, settings):
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    _response, html = while_down(client, "/en/hotline/")
    data = valid_data(form_token=token_in(html))
    assert client.post("/en/hotline/", data).status_code == 303


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_thank_you_page_answers_while_the_database_is_down(client, site, language):
    client.get(f"/{language}/hotline/")  # the form page, read while the database worked
    response = client.post(f"/{language}/hotline/", valid_data())
    location = response["Location"]
    response, html = while_down(client, location)
    assert response.status_code == 503
    assert in_language(language, STORED_NOTICE) in html
    assert "+375 17 000 00 01" in html
    # Back again: the code shows.
    assert client.get(location).status_code == 200


@pytest.mark.django_db
def test_an_unknown_thank_you_address_while_down_is_no_500(client, site):
    contacts_copy.forget()
    response, html = while_down(client, "/ru/hotline/thanks/not-a-real-token/")
    assert response.status_code in (404, 503)
    assert in_language("ru", EMERGENCY) in html


@pytest.mark.slow
@pytest.mark.parametrize("cache_kind", list(CACHE_SETUPS))
def test_form_and_thank_you_page_through_a_cut_database_connection(request, cache_kind):
    server, name, env = request.getfixturevalue("deployment")
    redis_url, workers = CACHE_SETUPS[cache_kind]
    port = free_port()
    served_env = {**env, "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}"}
    if redis_url:
        served_env.update(
            REDIS_URL=redis_url, CACHE_KEY_PREFIX=request.getfixturevalue("redis_prefix")
        )
    relay = TcpRelay(server.host, server.port).start()
    served_env["DATABASE_URL"] = server.url(name, host="127.0.0.1", port=relay.port)
    gunicorn = Gunicorn(served_env, port, workers)
    try:
        gunicorn.wait_until_up()
        browser = Browser(port)
        status, _headers, form_page = browser.get("/en/hotline/")
        assert status == 200
        typed = {
            "topic": "employment",
            "country": "PL",
            "contact_channel": "telegram",
            "contact_value": "@someone",
            "message": f"relay-{uuid.uuid4().hex}",
            "consent": "on",
        }
        status, headers, _html = browser.submit("/en/hotline/", form_page, "hotline-form", **typed)
        assert status == 303
        thanks_url = headers["Location"]

        relay.cut()
        for _attempt in range(workers):  # every worker, each with its own connection
            status, _headers, html = browser.get("/en/hotline/")
            text = unescape(html)
            assert status == 200, text[:2000]
            assert OPEN_NOTICE in text and "+375 17 000 00 01" in text
            status, _headers, html = browser.get(thanks_url)
            assert status in (404, 503), unescape(html)[:2000]
            assert "+375 17 000 00 01" in unescape(html) or EMERGENCY in unescape(html)
        log = gunicorn.log_text()
        assert "Traceback" not in log and " 500 " not in log
    finally:
        gunicorn.stop()
        relay.stop()
