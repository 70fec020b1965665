from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.utils import translation

from lastrada_site import caching
from tests.database_guard import ensure_test_database
from tests.shared_data import (
    SHARED_DEMO_SITE,
    demo_site_first,
    rolled_back,
    uses_demo_site,
)

E2E_DIRECTORY = Path(__file__).resolve().parent / "e2e"


def pytest_itemcollected(item):
    # Browser tests are left out of make test even when a module forgets its e2e mark.
    if E2E_DIRECTORY in item.path.parents:
        item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    # After pytest-django has put the database tests first.
    demo_site_first(items)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    # Once the test and its module's fixtures are torn down, the demo site is rolled back
    # if the next test does not share it.
    yield
    if nextitem is None or not uses_demo_site(nextitem):
        SHARED_DEMO_SITE.close()


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    """pytest-django's test database, with the site `make run` creates committed in it
    once: every test sees the home page and the default site."""
    ensure_test_database(request, django_db_blocker)
    with django_db_blocker.unblock():
        call_command("setup_site", verbosity=0)


@pytest.fixture(autouse=True)
def _clear_cache():
    # Wagtail caches site root paths per language; tests build their own trees.
    for alias in ("default", "pages"):
        caches[alias].clear()
    # Each worker remembers the page cache's generation for a second; so does this one.
    caching.last_read = (None, float("-inf"))
    yield
    for alias in ("default", "pages"):
        caches[alias].clear()


@pytest.fixture(autouse=True)
def _default_language():
    # A request through the test client leaves its language active in this thread; the
    # next test starts in the default language, whatever the last page read was.
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _second_factor(request, settings):
    # Tests of other features sign in with a password only; the tests marked
    # two_factor (and the access matrix) run with the production rule.
    settings.TWO_FACTOR_REQUIRED = request.node.get_closest_marker("two_factor") is not None


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """Database access for module-scoped fixtures that build data once for the module's
    tests; it is rolled back after the module's last test. Each test that asks for `db`
    runs in a savepoint inside it, so its own changes are undone before the next test."""
    with rolled_back(django_db_blocker):
        yield


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo site (tests.support.load_demo_site), loaded once for every test that asks
    for it, directly or through a module-scoped fixture; these run first, and it is
    rolled back after the last of them. A test that reads or changes it asks for `db`
    too: its changes are undone after it."""
    from pages.models import HomePage

    SHARED_DEMO_SITE.open(django_db_blocker)
    with django_db_blocker.unblock():
        return HomePage.objects.get()


@pytest.fixture
def home_page(db):
    """The site and home page exactly as `make run` creates them (made once per session;
    a test's changes to it are rolled back)."""
    from pages.models import HomePage

    call_command("setup_site", verbosity=0)
    return HomePage.objects.get()


@pytest.fixture
def country(home_page):
    """Poland, under the site's only country index."""
    from tests.page_factories import make_poland

    return make_poland(home_page)


@pytest.fixture
def superuser_client(client, django_user_model):
    """The test client signed in as an administrator (who sees hotline requests)."""
    admin = django_user_model.objects.create_superuser("boss", "b@example.org", "pw")
    client.force_login(admin)
    return client


@pytest.fixture
def page_cache_on(settings):
    """The page cache as production has it, with the benchmark's bypass key set."""
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_BYPASS_KEY = "bench-only-key"
