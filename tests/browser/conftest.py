"""Browser tests need committed data (live_server), hence transactional tests, which flush the database.

Their marker asks for serialized_rollback, so each starts from the migrated data; this fixture puts that data
back once the session ends, so a next run with --reuse-db (the default) still finds locales, groups and pages.
"""

import pytest
from django.core.management import call_command
from django.db import connections


@pytest.fixture(scope="session", autouse=True)
def restore_migrated_data_at_session_end(django_db_setup, django_db_blocker):
    yield
    with django_db_blocker.unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                # Emptied first: rows a late request recreated (content types) would clash with the copy.
                call_command(
                    "flush", database=connection.alias, interactive=False, inhibit_post_migrate=True, verbosity=0
                )
                connection.creation.deserialize_db_from_string(contents)
                _reset_sequences(connection)


def _reset_sequences(connection):
    """The copy is inserted with its ids; the next run's new rows must not reuse them."""
    from django.apps import apps
    from django.core.management.color import no_style

    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True))
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


@pytest.fixture(scope="session")
def chromium():
    """One Debian Chromium for the session's visitor tests (Playwright cannot download browsers here)."""
    from pathlib import Path

    if not Path(CHROMIUM).exists():
        pytest.skip("install Debian's chromium package (apt-get install chromium)")
    import os

    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django's ORM refuses it unless told.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
            if previous is None:
                os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
