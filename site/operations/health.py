"""What /readyz reports: one check per part the site needs, each answering ok or why not, never content or secrets.

A check returns a dict with "ok" and a few numbers; it catches its own errors so one part down never hides the others.
"""

import time
import uuid

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db.models import DBTaskResult

from operations.models import Heartbeat
from search.engines import elasticsearch_engine
from search.models import PendingIndexUpdate

# How old the worker's last heartbeat may be before the worker counts as down (it beats every minute).
WORKER_HEARTBEAT_MAX_AGE = 180


def _timed(check):
    started = time.perf_counter()
    try:
        result = check()
    except Exception as error:  # a part that is down raises anything: its class name says which way
        result = {"ok": False, "error": type(error).__name__}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"ok": True, "vendor": connection.vendor}


def check_cache():
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    ok = cache.get(key) == "1"
    cache.delete(key)
    return {"ok": ok} if ok else {"ok": False, "error": "cache did not keep a value"}


def check_search():
    if not settings.ELASTICSEARCH_URL:
        return {"ok": True, "engine": "database"}

    reachable = bool(elasticsearch_engine().client.ping())
    result = {"ok": reachable, "engine": "elasticsearch"}
    if not reachable:
        result["error"] = "Elasticsearch does not answer; searches are answered by the database engine"
    return result


def check_index_queue():
    oldest = PendingIndexUpdate.objects.order_by("created_at").values_list("created_at", flat=True).first()
    age = round((timezone.now() - oldest).total_seconds()) if oldest else 0
    return {"ok": True, "pending": PendingIndexUpdate.objects.count(), "oldest_age_seconds": age}


def check_worker():
    """The background worker's heartbeat and queue depth, when tasks are queued in the database for it."""

    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    if not apps.is_installed("django_tasks_db") or type(backend).__name__ != "DatabaseBackend":
        return {"ok": True, "backend": type(backend).__name__}  # tasks run in the request: no worker to wait for

    beat = Heartbeat.objects.filter(name="worker").values_list("beat_at", flat=True).first()
    age = round((timezone.now() - beat).total_seconds()) if beat else None
    queued = DBTaskResult.objects.filter(status="READY").count()
    result = {"ok": age is not None and age <= WORKER_HEARTBEAT_MAX_AGE, "heartbeat_age_seconds": age, "queued": queued}
    if not result["ok"]:
        result["error"] = "no recent heartbeat from the background worker"
    return result


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "search": check_search,
    "index_queue": check_index_queue,
    "worker": check_worker,
}

# Parts whose failure makes the site unready. Elasticsearch is not one: the database engine answers instead.
REQUIRED = ("database", "cache", "worker")


def readiness():
    results = {name: _timed(check) for name, check in CHECKS.items()}
    if not results["database"]["ok"]:  # the queue lives in the database
        results["index_queue"] = {"ok": False, "error": "database unavailable"}
    ready = all(results[name]["ok"] for name in REQUIRED)
    return ready, results
