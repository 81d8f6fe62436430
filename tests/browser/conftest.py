"""Browser tests need committed data (live_server), hence transactional tests, which flush the database.

Their marker asks for serialized_rollback, so each starts from the migrated data; this fixture puts that data
back once the session ends, so a next run with --reuse-db (the default) still finds locales, groups and pages.
"""

import json
import re
from pathlib import Path

import pytest
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
                connection.creation.deserialize_db_from_string(contents)


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
