import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(autouse=True)
def _clear_cache():
    # Wagtail caches site root paths per language; tests build their own trees.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _second_factor(request, settings):
    # Tests of other features sign in with a password only; the tests marked
    # two_factor (and the access matrix) run with the production rule.
    settings.TWO_FACTOR_REQUIRED = request.node.get_closest_marker("two_factor") is not None


@pytest.fixture
def home_page(db):
    """The site and home page exactly as `make run` creates them."""
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
