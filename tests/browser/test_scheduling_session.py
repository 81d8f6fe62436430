"""Scheduling in Debian's Chromium, published by the real worker: a Relecture editor schedules a page; once the
time has passed (moved by the test) a `run_worker` process publishes it, and visitors see it."""

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone
from wagtail.models import Page, Revision

from initiatives.factories import InitiativePageFactory
from tests.browser.editorial import admin_login, editorial_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PROJECT = Path(__file__).resolve().parents[2]


def run_worker_process():
    """`manage.py run_worker --batch` in its own process, on the test database, with the site's task backend."""
    settings = connection.settings_dict
    url = f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return subprocess.run(
        [sys.executable, "manage.py", "run_worker", "--batch"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def test_a_scheduled_page_goes_live_through_the_worker_once_its_time_has_passed(browser, live_server, screenshot):
    if connection.vendor != "postgresql":
        pytest.skip("the worker process needs the test database on a server (set DATABASE_URL to PostgreSQL)")
    site = editorial_site()
    draft = InitiativePageFactory(parent=site["tree"].initiatives, title="Fête du numérique", live=False)
    draft.save_revision(user=site["editor"])

    reviewer = admin_login(browser, live_server, "relectrice")
    reviewer.goto(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    reviewer.locator("[data-side-panel-toggle=status]").first.click()
    reviewer.get_by_role("button", name="Set schedule").click()
    go_live = (timezone.localtime() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    reviewer.locator("input[name=go_live_at]").fill(go_live)
    screenshot(reviewer, "set-schedule")
    reviewer.get_by_text("Set publishing schedule").click()  # closes the date picker
    reviewer.get_by_role("button", name="Save schedule").click()
    reviewer.get_by_text("Set publishing schedule").wait_for(state="hidden")
    reviewer.locator("footer [data-w-dropdown-target=toggle]").last.click()
    with reviewer.expect_navigation():
        reviewer.get_by_role("button", name="Schedule to publish").first.click()
    screenshot(reviewer, "scheduled")

    revision = Revision.page_revisions.filter(object_id=str(draft.pk)).latest("created_at")
    assert revision.approved_go_live_at is not None
    run_worker_process()
    assert not Page.objects.get(pk=draft.pk).live, "published before its time"

    # The test moves the clock: the scheduled time is now a minute ago.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    run_worker_process()
    published = Page.objects.get(pk=draft.pk)
    assert published.live

    visitor = browser.new_page()
    visitor.goto(f"{live_server.url}{published.url}")
    assert "Fête du numérique" in visitor.locator("h1").inner_text()
    screenshot(visitor, "live-for-visitors")
    reviewer.close()
    visitor.close()
