"""Make sure module- and session-scoped fixtures write only to a test database.

pytest-django creates the test database only when a collected test asks for `db`,
`transactional_db`, `live_server` or the `django_db` marker. The front-end fixtures
load the demo content once for many tests that need none of those; run on their own
(`pytest tests/e2e`) they would otherwise reach the development database.
"""

from django.db import connection

# Read when the tests are collected, before pytest-django may switch to a test database.
ORIGINAL_NAME = connection.settings_dict["NAME"]


def is_test_database():
    return connection.settings_dict["NAME"] != ORIGINAL_NAME


def ensure_test_database(request, django_db_blocker):
    """Create the test database for this session if pytest-django has not."""
    if is_test_database():
        return
    from django.test.utils import setup_databases, teardown_databases

    with django_db_blocker.unblock():
        config = setup_databases(verbosity=0, interactive=False, aliases={"default"})

    def teardown():
        with django_db_blocker.unblock():
            teardown_databases(config, verbosity=0)

    request.addfinalizer(teardown)
    assert is_test_database()
