"""The database fails while someone sends the form: nothing they typed is lost.

The person gets HTTP 503 with the form filled in as they sent it, the hotline's
numbers (from their copy outside the database) and the emergency line; pressing
"Send request" again once the database is back stores the request once.
"""

import logging
import re
import uuid
from html import unescape

import pytest
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.utils import translation
from wagtail.models import Site

from hotline.models import ConsultationRequest
from pages import contacts_copy
from pages.models import HotlineContacts
from tests.database_guard import ORIGINAL_NAME
from tests.gunicorn_site import (
    Browser,
    Gunicorn,
    PostgresServer,
    form_fields,
    free_port,
    manage,
    prepare,
    production_env,
)
from tests.hotline_support import (
    PERSONAL_MARKERS,
    in_language,
    set_contacts,
    token_in,
    valid_data,
)
from tests.support import LANGUAGES
from tests.tcp_relay import TcpRelay

NOT_SENT = (
    "Your request could not be sent because of a technical problem on our side. Everything "
    "you wrote is kept below: please press “Send request” again in a few minutes, or call us."
)
EMERGENCY = "In immediate danger, call 112 or the local emergency number."
HOURS = {"ru": "пн–пт 9:00–18:00", "be": "пн–пт 9:00–18:00 (па-беларуску)", "en": "Mon–Fri 9–18"}
TYPED_MESSAGE = 'They took my passport <b>"now"</b> & I am scared. Unique-message-marker-7731.'


def failure_lines(caplog):
    return [record for record in caplog.records if record.name.startswith("hotline")]


@pytest.fixture(autouse=True)
def _no_copy_from_other_tests():
    contacts_copy.forget()
    yield
    contacts_copy.forget()


@pytest.fixture
def site(home_page):
    site = Site.objects.get(is_default_site=True)
    set_contacts(site, **{f"hours_{code}": hours for code, hours in HOURS.items()})
    return site


class DatabaseDown:
    """Every query fails, as when the server is gone; counts what was tried."""

    def __init__(self, error=OperationalError):
        self.error = error
        self.tried = 0

    def __call__(self, execute, sql, params, many, context):
        self.tried += 1
        raise self.error("connection to server at 127.0.0.1 failed: Connection refused")


def send_while_down(client, url, data, error=OperationalError):
    down = DatabaseDown(error)
    with connection.execute_wrapper(down):
        response = client.post(url, data)
    assert down.tried >= 1, "the database was really asked, and failed"
    return response, unescape(response.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_send_while_the_database_is_down_keeps_everything_typed(
    client, site, settings, caplog, language
):
    url = f"/{language}/hotline/"
    token = token_in(client.get(url).content.decode())  # reading the contacts copies them
    data = valid_data(form_token=token, message=TYPED_MESSAGE, is_urgent="on", may_call="no")

    with caplog.at_level(logging.INFO):
        response, html = send_while_down(client, url, data)
    raw = response.content.decode()

    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert "no-store" in response["Cache-Control"]
    assert f'<html lang="{language}">' in raw
    assert in_language(language, NOT_SENT) in html
    assert in_language(language, EMERGENCY) in html
    # The numbers, from the copy the form page left; the hours in the reader's language.
    assert 'href="tel:88011008801"' in raw and "8 801 100 8 801" in html
    assert 'href="tel:+375170000001"' in raw and "+375 17 000 00 01" in html
    assert HOURS[language] in html
    # Everything typed is in the form, escaped, with the same token.
    assert "They took my passport &lt;b&gt;&quot;now&quot;&lt;/b&gt; &amp; I am scared." in raw
    assert "<b>" not in raw
    assert 'name="name" value="Alesia Testname"' in raw
    assert 'value="alesia.private@example.org"' in raw
    assert "weekdays after 18:00 secretword" in html
    assert re.search(r'<input type="radio" name="topic" value="employment"[^>]* checked', raw)
    assert re.search(r'<input type="radio" name="contact_channel" value="email"[^>]* checked', raw)
    assert re.search(r'<input type="radio" name="may_call" value="no"[^>]* checked', raw)
    assert re.search(r'<option value="DE" selected>', raw)
    assert re.search(r'name="is_abroad"[^>]* checked', raw)
    assert re.search(r'name="is_urgent"[^>]* checked', raw)
    assert re.search(r'name="consent"[^>]* checked', raw)
    assert not re.search(r'name="may_leave_message"[^>]* checked', raw)
    assert token_in(raw) == token
    assert "data-quick-exit" in raw
    assert ConsultationRequest.objects.count() == 0

    lines = failure_lines(caplog)
    assert [(line.levelname, line.getMessage()) for line in lines] == [
        (
            "ERROR",
            "Hotline form: the database failed while a request was sent (OperationalError)",
        )
    ]
    for marker in PERSONAL_MARKERS:
        assert marker not in caplog.text

    # The database is back: the same form, sent again, is stored once.
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    again = client.post(url, data)
    assert again.status_code == 303
    assert again["Location"].startswith(f"/{language}/hotline/thanks/")
    assert client.post(url, data).status_code == 303
    stored = ConsultationRequest.objects.get()
    assert stored.message == TYPED_MESSAGE
    assert stored.language == language


@pytest.mark.django_db
def test_the_hidden_bot_field_is_never_sent_back(client, site):
    data = valid_data(website="http://spam.example/offer")
    response, html = send_while_down(client, "/en/hotline/", data)
    assert response.status_code == 503
    assert re.search(r'<input type="text" name="website"[^>]*>', html)
    assert "spam.example" not in html
    assert "Unique-message-marker-7731" in html


@pytest.mark.django_db
@pytest.mark.parametrize("error", [OperationalError, InterfaceError, DatabaseError])
def test_a_failure_while_storing_is_answered_without_another_query(
    client, site, monkeypatch, caplog, error
):
    """The database fails late, after validation and the rate limit: the page still
    renders, and nothing in it asks the database again."""
    client.get("/en/hotline/")
    asked_after_failure = []
    failed = []

    def failing_save(self):
        failed.append(True)
        raise error("server closed the connection unexpectedly")

    def record(execute, sql, params, many, context):
        # Rolling back the failed block's savepoint is the failure's own bookkeeping.
        if failed and not sql.startswith(("SAVEPOINT", "RELEASE", "ROLLBACK")):
            asked_after_failure.append(sql)
        return execute(sql, params, many, context)

    monkeypatch.setattr(ConsultationRequest, "save_new", failing_save)
    with connection.execute_wrapper(record):
        response = client.post("/en/hotline/", valid_data())

    assert failed
    assert response.status_code == 503
    assert asked_after_failure == []
    html = unescape(response.content.decode())
    assert NOT_SENT in html and "+375 17 000 00 01" in html
    assert "Unique-message-marker-7731" in html
    lines = failure_lines(caplog)
    assert len(lines) == 1 and error.__name__ in lines[0].getMessage()


@pytest.mark.django_db
def test_without_any_copy_only_the_emergency_line_is_shown(client, site):
    contacts_copy.forget()
    cache.clear()
    response, html = send_while_down(client, "/ru/hotline/", valid_data())
    assert response.status_code == 503
    assert in_language("ru", EMERGENCY) in html
    assert 'class="hotline-contacts"' not in html and "tel:" not in html
    assert "Unique-message-marker-7731" in html


@pytest.mark.django_db
def test_a_saved_change_reaches_a_worker_that_has_not_read_it(
    client, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        set_contacts(site, phone_abroad="+375 17 555 44 33")
    contacts_copy.forget()  # another worker: only the shared cache has the copy
    response, html = send_while_down(client, "/en/hotline/", valid_data())
    assert response.status_code == 503
    assert "+375 17 555 44 33" in html and 'href="tel:+375175554433"' in html


@pytest.mark.django_db
def test_a_worker_keeps_its_own_copy_when_the_cache_has_lost_it(client, site):
    client.get("/be/hotline/")
    cache.clear()
    response, html = send_while_down(client, "/be/hotline/", valid_data())
    assert response.status_code == 503
    assert "8 801 100 8 801" in html and HOURS["be"] in html


@pytest.mark.django_db
def test_a_cache_in_the_database_is_not_used_for_the_copy(site, settings, rf):
    """Without REDIS_URL the cache is a database table: it would fail with the database."""
    settings.CACHE_SETUPS = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_cache",
        }
    }
    contacts = HotlineContacts.objects.get(site=site)
    down = DatabaseDown()
    with connection.execute_wrapper(down):
        contacts_copy.keep(contacts, site)
        shown = contacts_copy.for_request(rf.get("/en/hotline/"))
    assert down.tried == 0
    assert shown["phone_abroad"] == "+375 17 000 00 01"


@pytest.mark.django_db
def test_a_cache_that_is_down_costs_one_warning_and_leaves_the_process_copy(
    site, monkeypatch, caplog, rf
):
    class Unreachable:
        def get(self, *args, **kwargs):
            raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

        set = get

    monkeypatch.setattr(contacts_copy, "shared_cache", Unreachable)
    for _page in range(3):
        HotlineContacts.for_site(site)
    with translation.override("en"):
        shown = contacts_copy.for_request(rf.get("/en/hotline/", HTTP_HOST="localhost"))
    assert shown["phone_belarus"] == "8 801 100 8 801" and shown["hours"] == HOURS["en"]
    warnings = [record for record in caplog.records if record.name == "pages.contacts_copy"]
    assert len(warnings) == 2  # the site's own host and the default site, once each
    assert all("ConnectionError" in record.getMessage() for record in warnings)


# For real: gunicorn with production settings reaches PostgreSQL through a relay
# that the test cuts while the form is sent, and restores before it is sent again.

SET_CONTACTS = """
from wagtail.models import Site
from pages.models import HotlineContacts
contacts = HotlineContacts.for_site(Site.objects.get(is_default_site=True))
contacts.phone_belarus = "8 801 100 8 801"
contacts.phone_abroad = "+375 17 000 00 01"
contacts.save()
"""
COUNT_MESSAGES = """
from hotline.models import ConsultationRequest
print(sum({marker!r} in request.message for request in ConsultationRequest.objects.all()))
"""
# (Redis URL or None for the database cache, gunicorn workers). With the cache in the
# database only the worker that showed the form has the contacts, so it runs alone.
CACHE_SETUPS = {"database cache": (None, 1), "redis": ("redis://127.0.0.1:6379/0", 2)}


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    """A fresh database prepared as a release would be, and the production environment.

    Not a copy of pytest-django's test database: PostgreSQL copies only a database
    nobody is connected to, and earlier tests may still hold a connection to it.
    """
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL): there is no server connection to cut")
    server = PostgresServer(connection.settings_dict)
    if server.host.startswith("/"):
        pytest.skip("needs PostgreSQL over TCP: the relay forwards TCP connections")
    name = f"{ORIGINAL_NAME}_cut_{uuid.uuid4().hex[:8]}"
    server.execute(f'CREATE DATABASE "{name}"')
    try:
        env = production_env(server.url(name), tmp_path_factory.mktemp("static"))
        prepare(env, SET_CONTACTS)
        yield server, name, env
    finally:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def redis_prefix():
    """A key prefix of this test's own, and its keys removed afterwards."""
    import redis

    prefix = f"test-dbdown-{uuid.uuid4().hex[:8]}"
    client = redis.Redis.from_url(CACHE_SETUPS["redis"][0])
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip("needs Redis at 127.0.0.1:6379 for the shared copy of the contacts")
    yield prefix
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


@pytest.mark.slow
@pytest.mark.parametrize("cache_kind", list(CACHE_SETUPS))
def test_a_send_through_a_cut_database_connection_is_kept_and_stored_on_resend(
    deployment, request, cache_kind
):
    server, name, env = deployment
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
        marker = f"relay-{uuid.uuid4().hex}"
        typed = {
            "topic": "employment",
            "country": "PL",
            "is_abroad": "on",
            "name": "Alesia Testname",
            "contact_channel": "telegram",
            "contact_value": "@alesia_private",
            "message": f"My employer keeps my passport & <my> papers. {marker}",
            "consent": "on",
        }

        relay.cut()
        status, _headers, failed_page = browser.submit(
            "/en/hotline/", form_page, "hotline-form", **typed
        )
        text = unescape(failed_page)
        assert status == 503, text[:2000]
        assert NOT_SENT in text and EMERGENCY in text
        assert 'href="tel:88011008801"' in failed_page and "+375 17 000 00 01" in text
        kept = dict(form_fields(failed_page, "hotline-form"))
        assert {key: kept.get(key) for key in typed} == typed
        assert kept["form_token"] == dict(form_fields(form_page, "hotline-form"))["form_token"]
        assert kept["website"] == ""

        relay.restore()
        # Pressing "Send request" on the page as it stands.
        status, headers, _html = browser.submit("/en/hotline/", failed_page, "hotline-form")
        assert status == 303
        assert headers["Location"].startswith("/en/hotline/thanks/")
        status, _headers, thanks = browser.get(headers["Location"])
        assert status == 200 and "Your request has been sent" in thanks
        stored = manage(env, "shell", "--no-imports", "-c", COUNT_MESSAGES.format(marker=marker))
        assert stored.split() == ["1"]

        log = gunicorn.log_text()
        lines = [line for line in log.splitlines() if "Hotline form:" in line]
        assert len(lines) == 1, log
        assert lines[0].endswith(
            "ERROR hotline.unavailable Hotline form: the database failed while a request "
            "was sent (OperationalError)"
        )
        assert "Service Unavailable" not in log  # Django's own line for the same event
        for private in ("Alesia", "alesia_private", "passport", marker):
            assert private not in log
        assert "Traceback" not in log
    finally:
        gunicorn.stop()
        relay.stop()
