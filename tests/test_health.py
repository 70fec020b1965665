"""The health check: the database's state, without a traceback."""

import os

from tests.support import run_python


def test_healthz_reports_database_ok(client, db):
    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response.json() == {"database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_unreachable_database_without_traceback():
    # A real unreachable database: nothing listens on port 1.
    script = (
        "import django; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/healthz/');"
        "print(r.status_code, r.content.decode())"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lastrada_site.settings.test",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/unreachable",
    }
    result = run_python(script, env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == '503 {"database": "error"}'
    assert "Traceback" not in result.stdout


def test_the_wsgi_entry_point_serves_the_health_check(db):
    """gunicorn loads lastrada_site.wsgi; the application it finds answers requests.

    A real WSGI request closes the database connection when it ends, which would
    end the test's transaction; as Django's test client does, the closing is held
    back for the request. (A transactional database instead would empty every
    table, the pages and groups the migrations made included, for later tests.)
    """
    from wsgiref.util import setup_testing_defaults

    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    from lastrada_site.wsgi import application

    environ = {"PATH_INFO": "/healthz/", "HTTP_HOST": "testserver"}
    setup_testing_defaults(environ)
    answer = {}

    def start_response(status, headers):
        answer.update(status=status, headers=dict(headers))

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        body = b"".join(application(environ, start_response))
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)

    assert answer["status"] == "200 OK"
    assert answer["headers"]["Content-Type"] == "application/json"
    assert body == b'{"database": "ok"}'
