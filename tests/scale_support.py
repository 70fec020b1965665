"""The site as it runs on several machines, for tests with real processes: a fresh
PostgreSQL database with a page in three languages, Redis as the shared cache, and
a way to publish a change from another process, as an editor's save on another app
server would. Not a test module itself."""

import os
import shutil
import uuid
from contextlib import contextmanager

import pytest
from django.db import connection

from tests.database_guard import ORIGINAL_NAME
from tests.gunicorn_site import PostgresServer, manage, prepare, production_env

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/5")

# Slugs differ per language, as in the real content: a purge must know each URL.
ABOUT_SLUGS = {"ru": "o-nas", "be": "pra-nas", "en": "about"}
ABOUT_URLS = {code: f"/{code}/{slug}/" for code, slug in ABOUT_SLUGS.items()}
CREATE_ABOUT = f"""
from pages.models import HomePage
from tests.page_factories import make_standard
make_standard(HomePage.objects.get(), slug={ABOUT_SLUGS!r}, title="About")
"""
RETITLE_ABOUT = """
from django.utils import translation
from pages.models import StandardPage
page = StandardPage.objects.get(slug_en="about")
for code in ("ru", "be", "en"):
    setattr(page, f"title_{code}", "{title} " + code)
with translation.override("ru"):
    page.save_revision().publish()
"""


def require_postgresql(what):
    if connection.vendor != "postgresql":
        pytest.skip(f"needs PostgreSQL (DATABASE_URL): {what}")


def require_redis():
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip(f"needs Redis at {REDIS_URL}: the app servers share their cache there")
    return client


@contextmanager
def deployment(static_root, public_url="http://127.0.0.1:8000", setup_code=CREATE_ABOUT):
    """A database of its own, migrated as a release would, and the production
    environment for it with Redis under a key prefix of its own. The site's address
    is `public_url`: what readers ask for, and what a purge names."""
    redis_client = require_redis()
    server = PostgresServer(connection.settings_dict)
    name = f"{ORIGINAL_NAME}_scale_{uuid.uuid4().hex[:8]}"
    prefix = f"test-scale-{uuid.uuid4().hex[:8]}"
    server.execute(f'CREATE DATABASE "{name}"')
    try:
        env = production_env(server.url(name), static_root)
        env.update(
            REDIS_URL=REDIS_URL,
            CACHE_KEY_PREFIX=prefix,
            LOG_LEVEL="WARNING",
            WAGTAILADMIN_BASE_URL=public_url,
        )
        prepare(env, setup_code)
        yield env
    finally:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for key in redis_client.scan_iter(f"{prefix}:*"):
            redis_client.delete(key)


def retitle_about(env, title):
    """Publish new titles for the page from a process of its own (another server)."""
    manage(env, "shell", "--no-imports", "-c", RETITLE_ABOUT.replace("{title}", title))


def tool_or_skip(name, package):
    """A Debian program the test needs: skipped locally without it, a failure in CI."""
    path = shutil.which(name, path=os.environ.get("PATH", "") + ":/usr/sbin:/usr/bin")
    if path:
        return path
    reason = f"{name} is not installed; apt-get install {package}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"cannot run under CI: {reason}", pytrace=False)
    pytest.skip(reason)
