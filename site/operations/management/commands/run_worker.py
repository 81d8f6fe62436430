"""The background worker: runs the queued tasks of every queue and enqueues the recurring ones when due."""

import logging
import time

from django.core.management.base import BaseCommand
from django.utils.crypto import get_random_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.management.commands.db_worker import Worker

from operations.models import Heartbeat
from operations.worker.schedule import RecurringSchedule

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Run the background worker (every queue of settings.TASKS, plus settings.RECURRING_TASKS)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls when idle.")
        parser.add_argument("--queue-name", default="*", help="Queues to serve, comma-separated ('*': all).")
        parser.add_argument(
            "--batch", action="store_true", help="Enqueue what is due, run everything queued, then exit."
        )

    def handle(self, *, interval, queue_name, batch, verbosity, **options):
        schedule = RecurringSchedule()
        backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
        worker = None
        if isinstance(backend, DatabaseBackend):
            worker = Worker(
                queue_names=queue_name.split(","),
                interval=0,
                batch=True,  # one pass over what is ready; this loop sleeps and enqueues recurring tasks
                backend_name=DEFAULT_TASK_BACKEND_ALIAS,
                startup_delay=False,
                max_tasks=None,
                worker_id=get_random_string(32),
                excluded_queue_names=[],
            )
            worker.configure_signals()  # SIGTERM/SIGINT: finish the running task, then exit
        elif verbosity:
            self.stdout.write(f"{type(backend).__name__} runs tasks itself: only the recurring ones are enqueued.")
        if verbosity:
            self.stdout.write(f"Worker started (recurring: {', '.join(e.path for e in schedule.entries)}).")
        while worker is None or worker.running:
            Heartbeat.beat("worker")  # /readyz reports the worker down when this gets old
            for path in schedule.enqueue_due():
                logger.info("Enqueued %s", path)
            if worker is not None:
                worker.run()
            if batch:
                return
            time.sleep(interval)
