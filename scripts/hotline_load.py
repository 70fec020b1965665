"""Load test of the hotline form: gunicorn with several workers on a fresh PostgreSQL database.

    .venv/bin/python scripts/hotline_load.py [--requests 200] [--duplicates 20] [--workers 2]
    make load

What it does:
1. creates a PostgreSQL database of its own (dropped at the end unless --keep),
   migrates it, creates the site and collects static files, as a deployment would;
2. starts gunicorn with production settings and --workers worker processes on a
   free port of 127.0.0.1 (the database cache is shared by the workers);
3. opens the form --requests times at once, each visitor with its own form token;
4. sends all of them at once, and --duplicates of them a second time at the same
   moment (a double click on a slow connection);
5. checks that every send got its thank-you redirect and that the database holds
   exactly --requests requests, each message once; prints the throughput and the
   95th-percentile response time. Exits with status 1 on any mismatch.

Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), or --server-url.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import psycopg
import servers
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
TOKEN_INPUT = re.compile(r'name="form_token" value="([^"]+)"')


def request(port, method, path, body=None, headers=None):
    """Status, headers, body and the seconds it took."""
    started = time.perf_counter()
    status, message, content = servers.request(port, method, path, body, headers, timeout=120)
    return status, message, content, time.perf_counter() - started


class Visitor:
    """One person: their own form token and message."""

    def __init__(self, index):
        self.index = index
        self.marker = f"load-{uuid.uuid4().hex}"
        self.token = None

    def open_form(self, port):
        status, _headers, content, _ = request(port, "GET", "/en/hotline/")
        token = TOKEN_INPUT.search(content.decode())
        if status != 200 or not token:
            raise RuntimeError(f"form {self.index}: status {status}, no form token")
        self.token = token.group(1)

    def send(self, port):
        body = urlencode(
            {
                "form_token": self.token,
                "topic": "employment",
                "country": "DE",
                "contact_channel": "phone",
                "contact_value": "+375 29 123 45 67",
                "message": f"Load test request {self.index}. {self.marker}",
                "consent": "on",
            }
        )
        status, headers, _content, seconds = request(
            port,
            "POST",
            "/en/hotline/",
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        ok = status == 303 and "/hotline/thanks/" in headers.get("Location", "")
        return ok, status, seconds


def run(command, env):
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603


def prepare(env):
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], env)
    run([PYTHON, "manage.py", "setup_site"], env)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"], env)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def count_rows(database_url, markers, key):
    """All stored requests, and how many hold each visitor's marker. Messages are
    encrypted at rest, so they are read back with the server's key."""
    fernet = Fernet(key)
    with psycopg.connect(database_url) as connection:
        messages = connection.execute("SELECT message FROM hotline_consultationrequest").fetchall()
    per_marker = {marker: 0 for marker in markers}
    for (message,) in messages:
        marker = fernet.decrypt(message.encode()).decode().rsplit(" ", 1)[-1]
        if marker in per_marker:
            per_marker[marker] += 1
    return len(messages), per_marker


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--duplicates", type=int, default=20, help="sends repeated at once")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--server-url", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()

    name = f"lastrada_load_{os.getpid()}"
    admin_url = f"{args.server_url}/postgres"
    database_url = f"{args.server_url}/{name}"
    static_root = tempfile.mkdtemp(prefix="hotline-load-static-")
    port = servers.free_port(range(18100, 18200))
    key = Fernet.generate_key().decode()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lastrada_site.settings.production",
        "DJANGO_SECRET_KEY": "load-test-only-" + uuid.uuid4().hex + uuid.uuid4().hex,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "HOTLINE_ENCRYPTION_KEYS": key,
        "DJANGO_STATIC_ROOT": static_root,
        "DATABASE_URL": database_url,
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        # Every visitor comes from 127.0.0.1 here; in real life they come from many addresses.
        "HOTLINE_RATE_LIMIT": "0",
        "HOTLINE_MIN_FILL_SECONDS": "1",
        "HOTLINE_NOTIFY_EMAILS": "consultants@example.org",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("REDIS_URL", None)

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    server = None
    try:
        print(f"Preparing database {name} ...")
        prepare(env)
        server = subprocess.Popen(  # noqa: S603
            [
                str(Path(PYTHON).parent / "gunicorn"),
                "lastrada_site.wsgi:application",
                "--workers",
                str(args.workers),
                "--bind",
                f"127.0.0.1:{port}",
                "--timeout",
                "120",
                "--backlog",
                "2048",
            ],
            cwd=ROOT,
            env=env,
        )
        servers.wait_until_up(server, port, "gunicorn")
        print(f"gunicorn with {args.workers} workers on port {port}")

        visitors = [Visitor(index) for index in range(args.requests)]
        with ThreadPoolExecutor(max_workers=min(args.requests, 200)) as pool:
            list(pool.map(lambda visitor: visitor.open_form(port), visitors))
        time.sleep(1.1)  # the minimum fill time

        repeats = visitors[: args.duplicates]
        sends = visitors + repeats
        start_line = threading.Barrier(len(sends))

        def send(visitor):
            start_line.wait()
            return visitor.send(port)

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=len(sends)) as pool:
            results = list(pool.map(send, sends))
        elapsed = time.perf_counter() - started

        failures = [status for ok, status, _ in results if not ok]
        latencies = [seconds for _, _, seconds in results]
        total, per_marker = count_rows(database_url, [visitor.marker for visitor in visitors], key)
        wrong = {marker: count for marker, count in per_marker.items() if count != 1}

        print(
            f"sent {len(sends)} requests ({args.duplicates} of them twice at once) "
            f"in {elapsed:.2f} s"
        )
        print(f"throughput: {len(sends) / elapsed:.1f} requests/s")
        print(
            f"response time: median {statistics.median(latencies) * 1000:.0f} ms, "
            f"p95 {percentile(latencies, 0.95) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms"
        )
        print(f"stored: {total} requests (expected {args.requests})")
        if failures or total != args.requests or wrong:
            if failures:
                print(f"FAIL: {len(failures)} sends without a thank-you redirect: {set(failures)}")
            if wrong:
                print(f"FAIL: {len(wrong)} messages not stored exactly once")
            return 1
        print("OK: every request stored exactly once")
        return 0
    finally:
        if server is not None:
            servers.stop(server, seconds=30)
        if not args.keep:
            with psycopg.connect(admin_url, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    sys.exit(main())
