"""Browser tests need committed data (live_server), hence transactional tests, which flush the database.

Their marker asks for serialized_rollback, so each starts from the migrated data (tests/conftest.py puts that
data back once the session ends).
"""

import re
from pathlib import Path

import pytest

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
