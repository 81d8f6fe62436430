"""The background worker: recurring tasks with back-off, scheduled publishing, e-mail and the index queue, run by
`manage.py run_worker` on the database backend where the test is about the worker itself."""

import datetime
import re
import uuid

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from home.permissions import ensure_groups_and_workflow
from initiatives.factories import InitiativePageFactory
from operations.worker.schedule import RecurringSchedule
from search.models import PendingIndexUpdate
from tests.conftest import SiteTree
from tests.editorial import recurring_tasks

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}


@pytest.fixture
def worker_in_test_transaction(monkeypatch):
    """The worker closes stale connections between tasks; inside the test's transaction that would end the test."""
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_a_recurring_task_that_finds_nothing_to_do_backs_off_up_to_its_longest_delay_then_resets():
    clock = Clock()
    schedule = RecurringSchedule(
        {"tests.editorial.recurring_tasks.busy_or_done": {"every": 10, "max_every": 40}}, clock=clock
    )
    recurring_tasks.STATE.update(busy=True, runs=0)
    runs_at = []
    for second in range(0, 200):
        clock.now = second
        if schedule.enqueue_due():
            runs_at.append(second)
        if second == 100:
            recurring_tasks.STATE["busy"] = False
    # Each busy run doubles the wait (20 s, then 40 s, the cap); a run that got its work done resets it to 10 s.
    assert runs_at[:5] == [0, 20, 60, 100, 140]
    assert runs_at[5:8] == [150, 160, 170]


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS)
def test_the_worker_publishes_a_scheduled_page_once_its_time_has_passed(worker_in_test_transaction):
    ensure_groups_and_workflow()
    tree = SiteTree()
    page = InitiativePageFactory(parent=tree.initiatives, title="Cyber-base programmée", live=False)
    go_live = timezone.now() + datetime.timedelta(hours=2)
    page.go_live_at = go_live
    revision = page.save_revision(approved_go_live_at=go_live)

    call_command("run_worker", "--batch", verbosity=0)
    page.refresh_from_db()
    assert not page.live
    assert DBTaskResult.objects.filter(task_path__endswith="publish_scheduled_pages", status="SUCCESSFUL").exists()

    # The test moves the clock: the scheduled time is now in the past.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("run_worker", "--batch", verbosity=0)
    page.refresh_from_db()
    assert page.live


@pytest.mark.django_db
@override_settings(
    TASKS=DATABASE_TASKS,
    EMAIL_BACKEND="operations.worker.mail.TaskEmailBackend",
    EMAIL_DELIVERY_BACKEND="django.core.mail.backends.locmem.EmailBackend",
)
def test_mail_waits_for_the_worker_and_the_worker_delivers_it(worker_in_test_transaction):
    mail.EmailMultiAlternatives(
        "Relecture demandée",
        "Une page attend.",
        "site@example.org",
        ["relectrice@example.org"],
        alternatives=[("<p>Une page attend.</p>", "text/html")],
    ).send()
    assert mail.outbox == []
    assert DBTaskResult.objects.filter(task_path__endswith="send_email", status="READY").count() == 1

    call_command("run_worker", "--batch", verbosity=0)
    assert [(m.subject, m.to, m.alternatives[0][0]) for m in mail.outbox] == [
        ("Relecture demandée", ["relectrice@example.org"], "<p>Une page attend.</p>")
    ]


class FlakyEngine:
    """Elasticsearch as seen by the index queue: down until `up` is set."""

    class errors(Exception):  # noqa: N801 - the engines expose their exception class as `errors`
        pass

    def __init__(self):
        self.up = False
        self.sent = []

    def replace_groups(self, documents_by_key):
        if not self.up:
            raise self.errors("connection refused")
        self.sent.extend(documents_by_key)


@pytest.mark.django_db
def test_queued_index_updates_drain_by_themselves_within_a_minute_of_the_engine_answering(monkeypatch, site_tree):
    page = InitiativePageFactory(parent=site_tree.initiatives, title="Cyber-base en attente")
    PendingIndexUpdate.objects.create(translation_key=page.translation_key)
    engine = FlakyEngine()
    monkeypatch.setattr("search.indexing.elasticsearch_engine", lambda: engine)

    clock = Clock()
    schedule = RecurringSchedule(clock=clock)
    started = timezone.now()  # the queue's own delays follow the same simulated clock
    monkeypatch.setattr(timezone, "now", lambda: started + datetime.timedelta(seconds=clock.now))
    for second in range(0, 600):  # ten minutes of an engine that is down: the worker backs off
        clock.now = second
        schedule.enqueue_due()
    assert PendingIndexUpdate.objects.count() == 1
    assert PendingIndexUpdate.objects.get().attempts > 3

    engine.up = True
    back_at = clock.now
    while PendingIndexUpdate.objects.exists():
        clock.now += 1
        schedule.enqueue_due()
        assert clock.now - back_at <= 60, "still queued a minute after the engine answered"
    assert engine.sent == [str(page.translation_key)]


@pytest.mark.django_db
def test_the_stuck_index_updates_are_listed_in_the_admin_reports(client, django_user_model):
    pending = PendingIndexUpdate.objects.create(
        translation_key=uuid.uuid4(), attempts=7, last_error="Connection refused"
    )
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    html = client.get("/admin/reports/index-updates-waiting/").content.decode()
    assert str(pending.translation_key) in html and "Connection refused" in html and re.search(r">\s*7\s*<", html)

    from tests.editorial.helpers import editor

    ensure_groups_and_workflow()
    client.force_login(editor())
    assert client.get("/admin/reports/index-updates-waiting/").status_code in (302, 403)
