"""Browser tests need committed data (live_server), hence transactional tests, which flush the database.

Their marker asks for serialized_rollback, so each starts from the migrated data; this fixture puts that data
back once the session ends, so a next run with --reuse-db (the default) still finds locales, groups and pages.
"""

import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def _restore_content_types_first():
    """Restoring a GroupApprovalTask (multi-table) instantiates it without its parent's id, and Wagtail then looks
    its content type up; restored before the content types, that lookup creates the row again and the restore
    clashes with it. Content types first, then the rest in the serialized order."""
    for connection in connections.all():
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents:
            objects = json.loads(contents)
            objects.sort(key=lambda obj: obj["model"] != "contenttypes.contenttype")
            connection._test_serialized_contents = json.dumps(objects)


@pytest.fixture(scope="session", autouse=True)
def restore_migrated_data_at_session_end(django_db_setup, django_db_blocker):
    _restore_content_types_first()
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


@pytest.fixture
def browser(monkeypatch):
    if not Path(CHROMIUM).exists():
        pytest.skip("install Debian's chromium package (apt-get install chromium)")
    # Playwright's sync API runs an event loop; undone after the test (check --deploy rejects the variable).
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def screenshot(request):
    """screenshot(page, "step") writes test-artifacts/screenshots/<test>--<n>-<step>.png (kept by CI)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    test_name = re.sub(r"[^\w-]+", "-", request.node.name)
    steps = []

    def take(page, step):
        steps.append(step)
        page.screenshot(path=SCREENSHOTS / f"{test_name}--{len(steps):02d}-{step}.png", full_page=True)

    return take
