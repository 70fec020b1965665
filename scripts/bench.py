"""How fast the site answers readers: pages from the page cache against the static CSS.

    .venv/bin/python scripts/bench.py [--seconds 10] [--connections 16] [--workers 2]
    make bench

What it does:
1. creates a PostgreSQL database of its own, migrates it, loads the demo content
   and collects static files, as a deployment would;
2. starts gunicorn with gunicorn.conf.py, production settings, --workers workers and
   Redis as the cache (a key prefix of its own), with a random PAGE_CACHE_BYPASS_KEY;
3. checks that the cached guide answers `X-Cache: hit` and the bypassed one
   `X-Cache: bypass`;
4. measures with wrk, one target after the other with the same client settings: the
   CSS file (WhiteNoise), a guide page from the cache, the same guide rendered afresh
   (X-Cache-Bypass), the home page and the news index;
5. prints requests/s and p50/p99 latency with their ratio to the CSS file, and drops
   the database and its Redis keys, and stops gunicorn.

Exits with status 1 when the cached guide serves fewer than 75 % of the CSS file's
requests per second. Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth),
Redis on 127.0.0.1:6379 and wrk (apt-get install wrk).
"""

import argparse
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import redis
import servers
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CACHED_SHARE_REQUIRED = 0.75
UNCACHED_SHARE_HOPED = 0.04
STYLESHEET = re.compile(r'<link rel="stylesheet" href="(/static/[^"]+\.css)"')
FIND_PAGES = """
from django.utils import translation
from pages.models import GuidePage, HomePage, NewsIndexPage
with translation.override("ru"):
    print(GuidePage.objects.live().order_by("path").first().url)
    print(HomePage.objects.get().url)
    print(NewsIndexPage.objects.live().get().url)
"""
WRK_RATE = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)
WRK_NON_2XX = re.compile(r"Non-2xx or 3xx responses: (\d+)")
WRK_SOCKET_ERRORS = re.compile(r"Socket errors: (.*)")
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def request(port, path, headers=None):
    status, message, content = servers.request(port, "GET", path, headers=headers, timeout=60)
    return status, message, content.decode(errors="replace")


def manage(env, *args):
    return subprocess.run(  # noqa: S603 - this repository's manage.py
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


def prepare(env):
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "setup_site")
    manage(env, "load_demo_content")
    manage(env, "collectstatic", "--noinput", "-v", "0")


def start_gunicorn(env, port, workers, log):
    return subprocess.Popen(  # noqa: S603
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "--config",
            str(ROOT / "gunicorn.conf.py"),
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "lastrada_site.wsgi:application",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )


def expect(port, path, headers, x_cache, tries=20):
    """Requests before measuring until the target answers 200 as the table claims (each
    worker keeps its own pages, so a hit comes once the worker answering has one)."""
    for _try in range(tries):
        status, message, _body = request(port, path, headers)
        seen = message.get("X-Cache")
        if status == 200 and seen == x_cache:
            break
    if status != 200 or (x_cache and seen != x_cache):
        raise RuntimeError(f"{path}: status {status}, X-Cache {seen!r}, expected {x_cache!r}")
    return seen or "-"


def run_wrk(wrk, port, path, headers, args):
    command = [
        wrk,
        f"--threads={args.threads}",
        f"--connections={args.connections}",
        f"--duration={args.seconds}s",
        "--latency",
        # A slow answer is measured, not dropped (wrk's own limit is 2 s).
        "--timeout=10s",
    ]
    for name, value in headers.items():
        command += ["--header", f"{name}: {value}"]
    command.append(f"http://127.0.0.1:{port}{path}")
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout  # noqa: S603
    non_2xx = WRK_NON_2XX.search(output)
    if non_2xx:
        raise RuntimeError(f"{path}: {non_2xx.group(1)} answers were not 2xx or 3xx")
    socket_errors = WRK_SOCKET_ERRORS.search(output)
    if socket_errors:
        print(f"  {path}: wrk socket errors: {socket_errors.group(1)}")
    latency = {
        share: float(value) * UNIT_MS[unit] for share, value, unit in WRK_LATENCY.findall(output)
    }
    return float(WRK_RATE.search(output).group(1)), latency["50"], latency["99"]


def print_table(rows):
    css_rate, css_p50, css_p99 = rows[0][2:5]
    ratio = f"{'× CSS':>6}"
    header = (
        f"| {'target':<22} | {'X-Cache':<7} | {'req/s':>7} | {ratio} "
        f"| {'p50 ms':>7} | {ratio} | {'p99 ms':>7} | {ratio} |"
    )
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    for name, x_cache, rate, p50, p99 in rows:
        print(
            f"| {name:<22} | {x_cache:<7} | {rate:>7.0f} | {rate / css_rate:>6.2f} | "
            f"{p50:>7.2f} | {p50 / css_p50:>6.1f} | {p99:>7.2f} | {p99 / css_p99:>6.1f} |"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="wrk run per target")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--server-url", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/5")
    args = parser.parse_args()

    wrk = shutil.which("wrk")
    if wrk is None:
        print("wrk is not installed: apt-get install wrk", file=sys.stderr)
        return 2

    name = f"lastrada_bench_{os.getpid()}"
    admin_url = f"{args.server_url}/postgres"
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    bypass_key = secrets.token_urlsafe(24)
    static_root = tempfile.mkdtemp(prefix="bench-static-")
    port = servers.free_port(range(18100, 18200))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lastrada_site.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "EMAIL_USE_TLS": "true",
        "HOTLINE_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "DJANGO_STATIC_ROOT": static_root,
        "DATABASE_URL": f"{args.server_url}/{name}",
        "REDIS_URL": args.redis_url,
        "CACHE_KEY_PREFIX": prefix,
        "PAGE_CACHE_SECONDS": "600",
        "PAGE_CACHE_BYPASS_KEY": bypass_key,
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "LOG_LEVEL": "WARNING",
    }
    for variable in ("FRONTEND_CACHE", "AWS_STORAGE_BUCKET_NAME", "GUNICORN_BIND"):
        env.pop(variable, None)

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    server = None
    log = tempfile.NamedTemporaryFile(prefix="bench-gunicorn-", suffix=".log")
    try:
        print(f"Preparing database {name} with the demo content ...", flush=True)
        prepare(env)
        guide, home, news = manage(env, "shell", "--no-imports", "-c", FIND_PAGES).split()
        server = start_gunicorn(env, port, args.workers, log)
        servers.wait_until_up(server, port, "gunicorn", log=Path(log.name).read_text)
        css = STYLESHEET.search(request(port, home)[2]).group(1)
        bypass = {"X-Cache-Bypass": bypass_key}
        for path in (guide, home, news):
            for _read in range(2 * args.workers):
                request(port, path)  # stored in each worker's page cache
        targets = [
            ("CSS (WhiteNoise)", css, {}, expect(port, css, {}, None)),
            ("guide, cached", guide, {}, expect(port, guide, {}, "hit")),
            ("guide, not cached", guide, bypass, expect(port, guide, bypass, "bypass")),
            ("home page", home, {}, expect(port, home, {}, None)),
            ("news index", news, {}, expect(port, news, {}, None)),
        ]
        print(
            f"gunicorn, {args.workers} workers, port {port}; wrk {args.threads} threads, "
            f"{args.connections} connections, {args.seconds} s per target; "
            f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs, "
            f"load average {os.getloadavg()[0]:.1f} before measuring\n",
            flush=True,
        )
        rows = []
        for label, path, headers, x_cache in targets:
            rate, p50, p99 = run_wrk(wrk, port, path, headers, args)
            rows.append((label, x_cache, rate, p50, p99))
        print_table(rows)

        css_rate, cached_rate, fresh_rate = rows[0][2], rows[1][2], rows[2][2]
        reached = fresh_rate >= UNCACHED_SHARE_HOPED * css_rate
        print(
            f"\nUncached guide: {fresh_rate / css_rate:.1%} of the CSS rate; "
            f"{'reaches' if reached else 'does not reach'} {UNCACHED_SHARE_HOPED:.0%}."
        )
        if cached_rate < CACHED_SHARE_REQUIRED * css_rate:
            print(
                f"FAIL: the cached guide serves {cached_rate / css_rate:.1%} of the CSS rate, "
                f"under {CACHED_SHARE_REQUIRED:.0%}."
            )
            return 1
        print(f"OK: the cached guide serves {cached_rate / css_rate:.1%} of the CSS rate.")
        return 0
    finally:
        if server is not None:
            servers.stop(server, seconds=30)
        log.close()
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cache = redis.Redis.from_url(args.redis_url)
        for key in cache.scan_iter(f"{prefix}:*"):
            cache.delete(key)
        shutil.rmtree(static_root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
