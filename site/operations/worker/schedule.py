"""The recurring tasks of settings.RECURRING_TASKS, enqueued by the worker when due.

A task still waiting or running is not enqueued twice. A task that returns {"backoff": True} (nothing could be
done, try later) waits twice as long next time, up to its "max_every"; any other result resets the delay.
"""

import time
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.module_loading import import_string
from django_tasks import TaskResultStatus

PENDING = {TaskResultStatus.READY, TaskResultStatus.RUNNING}


@dataclass
class Recurring:
    path: str
    every: float
    max_every: float
    failures: int = 0
    next_due: float = 0.0
    enqueued_at: float = 0.0
    last_result: object = field(default=None, repr=False)
    learned: bool = True

    @property
    def delay(self):
        return min(self.every * 2**self.failures, self.max_every)


class RecurringSchedule:
    def __init__(self, entries=None, clock=time.monotonic):
        entries = settings.RECURRING_TASKS if entries is None else entries
        self.clock = clock
        self.entries = [
            Recurring(path, float(spec["every"]), float(spec.get("max_every", spec["every"])))
            for path, spec in entries.items()
        ]

    def enqueue_due(self):
        """Enqueues every task whose time has come; returns their paths."""
        now = self.clock()
        enqueued = []
        for entry in self.entries:
            if self._still_pending(entry):
                continue
            if not entry.learned:
                self._learn_from_last_run(entry)
                entry.next_due = entry.enqueued_at + entry.delay
            if now < entry.next_due:
                continue
            entry.last_result = import_string(entry.path).enqueue()
            entry.enqueued_at, entry.next_due, entry.learned = now, now + entry.delay, False
            enqueued.append(entry.path)
        return enqueued

    def _still_pending(self, entry):
        if entry.last_result is None:
            return False
        if entry.last_result.status in PENDING:
            entry.last_result.refresh()
        return entry.last_result.status in PENDING

    def _learn_from_last_run(self, entry):
        result, entry.learned = entry.last_result, True
        asks_backoff = (
            result.status == TaskResultStatus.SUCCESSFUL
            and isinstance(result.return_value, dict)
            and result.return_value.get("backoff")
        )
        entry.failures = entry.failures + 1 if asks_backoff else 0
