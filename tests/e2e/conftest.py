"""Browser tests: Playwright for Python driving Debian's Chromium against a live server.

The demo content is loaded once per session into the test database and served by
pytest-django's live server (with static files). Every test page refuses requests to
any other host and fails the test if one is attempted: public pages must talk only
to this site.

Without Chromium the tests skip with how to install it; with CI=true they fail.
"""

import os
import shutil
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.db import connections

from tests.database_guard import ensure_test_database
from tests.support import CONTACTS, load_demo_site

# Playwright's sync API runs an event loop in this thread; the Django ORM calls made by
# the tests themselves (reading the demo pages) are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Without the network flags Chromium keeps trying to reach Google's services.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
SCREENSHOTS = Path(__file__).resolve().parent.parent.parent / "var" / "screenshots"
INSTALL_HINT = "install it with `apt-get install chromium` (Debian), or set CHROMIUM_PATH"


def _unavailable(reason):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Browser tests cannot run under CI: {reason}", pytrace=False)
    pytest.skip(f"Browser tests need Chromium: {reason}")


@pytest.fixture(scope="session")
def browser():
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        found = shutil.which("chromium")
        _unavailable(f"{CHROMIUM} not found{f' (but {found} is)' if found else ''}; {INSTALL_HINT}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is missing; pip install -r requirements-dev.txt")
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Exception as error:  # a broken or incompatible browser: report how to fix it
        playwright.stop()
        _unavailable(f"{CHROMIUM} did not start ({error}); {INSTALL_HINT}")
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture(scope="session")
def site(request, browser, django_db_setup, django_db_blocker):
    """The demo site served by a live server thread, for the whole session.

    pytest-django's `live_server` fixture would flush the database after every test
    (it makes each test transactional), which would mean loading the demo content
    again for each of them; this uses the same LiveServer class (which serves static
    files too) once. The demo content stays committed in the test database, which is
    dropped at the end of the session; tests that use this fixture use no `db` fixture,
    so pytest-django runs them after every database test.
    """
    from pytest_django.live_server_helper import LiveServer

    ensure_test_database(request, django_db_blocker)
    with django_db_blocker.unblock():
        load_demo_site()
        server = LiveServer("localhost")
        demo = describe_demo_site(server.url)
    yield demo
    server.stop()
    # With Playwright's event loop running, Django keeps database connections per
    # context rather than per thread, so the ones opened here are not the ones
    # pytest-django closes; close them, or PostgreSQL refuses to drop the test database.
    connections.close_all()


def describe_demo_site(base_url):
    """URLs and titles of the demo pages in every language, read once for all tests."""
    from django.conf import settings
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Page

    languages = [code for code, _name in settings.LANGUAGES]

    def describe(page):
        urls, titles = {}, {}
        for language in languages:
            with translation.override(language):
                urls[language] = base_url + page.get_url()
                titles[language] = page.title
        return SimpleNamespace(pk=page.pk, type=type(page).__name__, urls=urls, titles=titles)

    by_type = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        by_type.setdefault(type(page).__name__, []).append(page)
    examples = {name: describe(pages[0]) for name, pages in by_type.items()}
    guide = by_type["GuidePage"][0]
    # The way a reader walks from the home page to the guide: section, then guide.
    trail = [describe(ancestor.specific) for ancestor in guide.get_ancestors().filter(depth__gt=2)]
    with translation.override("ru"):
        guides_with_checklists = [
            base_url + page.get_url()
            for page in by_type["GuidePage"]
            if any(block.block_type == "checklist" for block in page.body)
        ]
    views = {}
    for name, url_name, query in (
        ("hotline form", "hotline:request", ""),
        ("search", "search", "?q=%D0%B2%D0%B8%D0%B7%D0%B0"),
    ):
        views[name] = {}
        for language in languages:
            with translation.override(language):
                views[name][language] = base_url + reverse(url_name) + query
    return SimpleNamespace(
        url=base_url,
        languages=languages,
        examples=examples,
        guide=describe(guide),
        guide_trail=trail,
        guides_with_checklists=guides_with_checklists,
        views=views,
        contacts=CONTACTS,
    )


@pytest.fixture
def open_tab(browser, site, django_db_blocker):
    """Open browser tabs, each in a fresh context that refuses to contact other hosts.

    The live server thread reads the database while the test runs; pytest-django blocks
    database access outside database tests, so it is allowed for the test's duration.
    """
    contexts = []
    foreign_requests = []
    own_host = urlsplit(site.url).netloc

    def refuse_other_hosts(route):
        url = route.request.url
        if (
            urlsplit(url).scheme in ("http", "https", "ws", "wss")
            and urlsplit(url).netloc != own_host
        ):
            foreign_requests.append(url)
            route.abort("blockedbyclient")
        else:
            route.continue_()

    def make(width=1280, height=900, javascript=True, **options):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            java_script_enabled=javascript,
            locale="en-GB",
            **options,
        )
        context.set_default_timeout(15_000)
        context.route("**/*", refuse_other_hosts)
        contexts.append(context)
        return context.new_page()

    make.foreign_requests = foreign_requests
    with django_db_blocker.unblock():
        yield make
        for context in contexts:
            context.close()
    assert foreign_requests == [], f"the page tried to contact other hosts: {foreign_requests}"


@pytest.fixture
def tab(open_tab):
    return open_tab()


@pytest.fixture(scope="session")
def screenshots_dir():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def consultant(site):
    """A member of the Hotline consultants group, with the staff password."""
    from django.contrib.auth.models import Group, User

    from tests.staff_support import PASSWORD

    user, _created = User.objects.get_or_create(username="e2e-consultant")
    user.set_password(PASSWORD)
    user.save()
    user.groups.add(Group.objects.get(name="Hotline consultants"))
    yield user
    user.delete()
