"""Browser tests need committed data (live_server), hence transactional tests, which flush the database.

Their marker asks for serialized_rollback, so each starts from the migrated data; this fixture puts that data
back once the session ends, so a next run with --reuse-db (the default) still finds locales, groups and pages.
"""

import pytest
from django.db import connections


@pytest.fixture(scope="session", autouse=True)
def restore_migrated_data_at_session_end(django_db_setup, django_db_blocker):
    yield
    with django_db_blocker.unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)
