"""Data built once and shared by many tests, in transactions rolled back afterwards.

- The site as `make run` creates it (`setup_site`) is committed once per session, right
  after the test database is created (`django_db_setup` in tests/conftest.py).
- `rolled_back()` gives module- and class-scoped fixtures a transaction of their own: a
  page tree built there serves every test of the module and is gone after the last one.
  Each test that asks for `db` runs in a savepoint inside it, so what a test changes is
  undone before the next test.
- The demo site is loaded once for all the tests that ask for the `demo_site` fixture:
  they run one after the other at the start of the session, inside one transaction that
  is rolled back after the last of them.
"""

from contextlib import contextmanager

from django.db import transaction

# A test (or a fixture it uses) that asks for this fixture shares the one demo site.
DEMO_FIXTURE = "demo_site"


@contextmanager
def rolled_back(django_db_blocker):
    """Database access in a transaction that is rolled back when the block ends."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def uses_demo_site(item):
    """Whether the test shares the demo site: it asks for `demo_site` and runs in a
    transaction (pytest-django flushes the database after a transactional test)."""
    if DEMO_FIXTURE not in getattr(item, "fixturenames", ()):
        return False
    marker = item.get_closest_marker("django_db")
    transactional = marker is not None and (
        marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")
    )
    return not transactional and not {"transactional_db", "live_server"} & set(item.fixturenames)


def demo_site_first(items):
    """Run the tests that share the demo site first, one after the other, so it is loaded
    once; the others keep pytest-django's order (database tests, transactional ones, the
    rest)."""
    demo = [item for item in items if uses_demo_site(item)]
    items[:] = demo + [item for item in items if not uses_demo_site(item)]


class SharedDemoSite:
    """The demo site (`tests.support.load_demo_site`) in an open transaction.

    Opened by the first test that needs it and rolled back once the next test to run
    does not: see `demo_site_first` for the order that makes that happen once.
    """

    def __init__(self):
        self._atomic = None
        self._blocker = None

    @property
    def is_open(self):
        return self._atomic is not None

    def open(self, django_db_blocker):
        if self.is_open:
            return
        from tests.support import load_demo_site

        with django_db_blocker.unblock():
            atomic = transaction.atomic()
            atomic.__enter__()
            try:
                load_demo_site()
            except BaseException as error:
                atomic.__exit__(type(error), error, error.__traceback__)
                raise
        self._atomic, self._blocker = atomic, django_db_blocker

    def close(self):
        if not self.is_open:
            return
        atomic, blocker = self._atomic, self._blocker
        self._atomic = self._blocker = None
        with blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


SHARED_DEMO_SITE = SharedDemoSite()


def reloaded(value):
    """The model instances in `value` (a dict, list or tuple of them, nested or not) read
    again from the database, for a test to change as its own: rows built once for many
    tests by a module-scoped fixture."""
    from django.db.models import Model

    if isinstance(value, Model):
        return type(value).objects.get(pk=value.pk)
    if isinstance(value, dict):
        return {key: reloaded(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(reloaded(item) for item in value)
    return value
