"""Keeping the resource index current: translation groups, after the transaction commits.

The database engine's table is always written (it is the default engine, and Elasticsearch's fallback). When
Elasticsearch is configured and fails, the groups are queued in PendingIndexUpdate; `retry_pending` (the single
drain function: the background worker calls it, and `rebuild_resource_index --retry-pending`) sends them later,
with a growing delay while Elasticsearch stays unavailable. Publishing never fails because of the index.
"""

import datetime
import logging
import threading
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from elasticsearch.helpers import BulkIndexError

from search.cache import index_changed
from search.documents import documents_for_groups, iter_all_documents, site_languages
from search.engines import elasticsearch_engine as build
from search.engines.database import DatabaseEngine
from search.engines.elasticsearch import is_unavailable
from search.models import PendingIndexUpdate

logger = logging.getLogger(__name__)

# Seconds before the 1st, 2nd… retry of a group, the last one repeated: capped at a minute, so the queue drains
# within a minute of Elasticsearch answering again (one bulk request a minute costs nothing to a cluster).
RETRY_DELAYS = (15, 30, 60)
REBUILD_LOCK = 7_412_012  # the PostgreSQL advisory lock held by a rebuild


class RebuildInProgress(RuntimeError):
    pass


@dataclass(frozen=True)
class DrainResult:
    sent: int = 0  # groups written to Elasticsearch
    waiting: int = 0  # groups still queued (Elasticsearch unavailable, or not yet due)
    parked: int = 0  # groups refused by Elasticsearch in this drain (reasons in PendingIndexUpdate.last_error)


def elasticsearch_engine():
    if not settings.ELASTICSEARCH_URL:
        return None

    return build()


def update_group(translation_key, es_engine=None):
    """Rebuild the documents of one translation group in every engine."""
    update_groups([translation_key], es_engine)


def update_groups(translation_keys, es_engine=None):
    """Rebuild the documents of these translation groups in every engine, built in one batched pass."""
    documents = documents_for_groups(translation_keys)
    DatabaseEngine().replace_groups(documents)  # which bumps the index version (cached searches)
    es_engine = es_engine or elasticsearch_engine()
    if es_engine is None:
        return
    if rebuild_running():
        # The rebuild's new indices may have read these groups before this change: replayed after its swap.
        _queue(documents, "changed during a rebuild", delay=0)
    _send(es_engine, documents)
    index_changed()


def _send(es_engine, documents):
    """Write groups to Elasticsearch; queue them if it is unavailable, park those it refuses. Returns the keys
    written."""

    try:
        es_engine.replace_groups(documents)
    except BulkIndexError as error:
        refused = _refused_groups(error, documents)
        unavailable = {key: reason for key, (reason, status) in refused.items() if status in (429,) or status >= 500}
        _park({key: reason for key, (reason, _status) in refused.items() if key not in unavailable}, es_engine)
        for key, reason in unavailable.items():
            _queue([key], reason)
        return set(documents) - set(refused)
    except es_engine.errors as error:
        if not is_unavailable(error):
            logger.error("Elasticsearch refused an index update of %s group(s): %s", len(documents), error)
        else:
            logger.warning("Elasticsearch unavailable, %s index update(s) queued: %s", len(documents), error)
        _queue(documents, str(error))
        return set()
    return set(documents)


def _refused_groups(error, documents):
    """{translation key: (reason, status)} of the documents a BulkIndexError lists."""
    by_id = {document["id"]: key for key, group in documents.items() for document in group}
    refused = {}
    for item in error.errors:
        detail = next(iter(item.values()))
        document_id = detail.get("_id", "")
        key = by_id.get(document_id) or document_id.rsplit("-", 1)[0]
        reason = detail.get("error")
        if isinstance(reason, dict):
            reason = f"{reason.get('type')}: {reason.get('reason')}"
        refused[key] = (f"{document_id}: {reason or detail.get('status')}", int(detail.get("status") or 500))
    return refused


def _queue(keys, reason, delay=None):
    """Queue (or re-queue) groups; each keeps its attempts and is due after its delay."""
    now = timezone.now()
    for key in keys:
        pending, created = PendingIndexUpdate.objects.get_or_create(translation_key=key)
        wait = RETRY_DELAYS[min(pending.attempts, len(RETRY_DELAYS) - 1)] if delay is None else delay
        PendingIndexUpdate.objects.filter(pk=pending.pk).update(
            last_error=str(reason)[:2000], parked=False, next_attempt_at=now + datetime.timedelta(seconds=wait)
        )


def _park(reasons, es_engine):
    """Park refused groups with their reason, and remove their documents from Elasticsearch: stale documents
    could show a page unpublished or restricted since."""
    for key, reason in reasons.items():
        logger.error("Elasticsearch refused the documents of group %s: %s", key, reason)
        PendingIndexUpdate.objects.update_or_create(
            translation_key=key, defaults={"parked": True, "last_error": reason[:2000], "next_attempt_at": None}
        )
        try:
            es_engine.delete_group(key)
        except es_engine.errors as error:
            logger.error("Could not remove the documents of the refused group %s: %s", key, error)


def retry_pending(es_engine=None, limit=500, now=None):
    """Send the queued groups that are due to Elasticsearch, in one bulk pass. Groups still failing stay queued
    with a longer delay; refused ones are parked (they no longer block the queue). Parked groups are retried only
    by `rebuild_resource_index --retry-pending --include-parked` or a rebuild."""
    es_engine = es_engine or elasticsearch_engine()
    if es_engine is None:
        return DrainResult()
    now = now or timezone.now()
    due = PendingIndexUpdate.objects.filter(parked=False).exclude(next_attempt_at__gt=now)
    pending = {str(p.translation_key): p for p in due.order_by("created_at")[:limit]}  # limit None: all
    if not pending:
        return DrainResult(waiting=PendingIndexUpdate.objects.filter(parked=False).count())
    PendingIndexUpdate.objects.filter(pk__in=[p.pk for p in pending.values()]).update(attempts=F("attempts") + 1)
    parked_before = PendingIndexUpdate.objects.filter(parked=True).count()
    documents = documents_for_groups(list(pending))
    sent = _send(es_engine, documents)
    PendingIndexUpdate.objects.filter(pk__in=[pending[key].pk for key in sent]).delete()
    index_changed()
    return DrainResult(
        sent=len(sent),
        waiting=PendingIndexUpdate.objects.filter(parked=False).count(),
        parked=PendingIndexUpdate.objects.filter(parked=True).count() - parked_before,
    )


def unpark():
    """Put the parked groups back in the queue (after fixing what Elasticsearch refused)."""
    return PendingIndexUpdate.objects.filter(parked=True).update(parked=False, next_attempt_at=None)


_scheduled = threading.local()


def schedule_update(translation_keys):
    """Update these groups once the current transaction commits (so tags and relations are saved).

    Keys touched in one transaction (an import publishing hundreds of pages) are coalesced into one batched
    update. Every call registers a callback, and the first one to run flushes them all: a rolled-back block
    drops only its callback, its keys are flushed by the next commit (rebuilding from the database is harmless).
    """
    keys = getattr(_scheduled, "keys", None)
    if keys is None:
        keys = _scheduled.keys = set()
    keys.update(str(key) for key in translation_keys)
    transaction.on_commit(_flush_scheduled)


def _flush_scheduled():
    keys, _scheduled.keys = getattr(_scheduled, "keys", None), None
    if keys:
        _safe_update(keys)


def _safe_update(translation_keys):
    try:
        update_groups(translation_keys)
    except Exception:  # an index problem must never break publishing; the rebuild command repairs
        logger.exception("Updating the resource index failed for %s group(s)", len(translation_keys))


def rebuild_running():
    """Whether a rebuild holds its lock (any process); PostgreSQL only, SQLite sites run one process."""
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = %s AND granted)",
            [REBUILD_LOCK],
        )
        return cursor.fetchone()[0]


class _RebuildLock:
    """A session-level PostgreSQL advisory lock: a second rebuild fails at once instead of colliding."""

    def __enter__(self):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_try_advisory_lock(%s)", [REBUILD_LOCK])
                if not cursor.fetchone()[0]:
                    raise RebuildInProgress("Another rebuild of the resource index is running.")
        return self

    def __exit__(self, *exc):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [REBUILD_LOCK])


def rebuild(language_codes=None, engines=None, progress=None):
    """Rebuild every engine for these locales; returns {engine name: documents written}.

    Groups changed while it runs are queued by update_groups and replayed once the aliases point at the new
    indices. Queued groups survive a rebuild of some locales only (the queue is per group, for every locale);
    a rebuild of every locale empties the queue of what it covered (the groups queued before it started)."""
    language_codes = language_codes or site_languages()
    es_engine = elasticsearch_engine()
    engines = engines or [DatabaseEngine()] + ([es_engine] if es_engine else [])
    written = {}
    started = timezone.now()
    with _RebuildLock():
        for engine in engines:
            written[engine.name] = engine.rebuild(iter_all_documents(language_codes), language_codes, progress=progress)
    index_changed()
    if any(engine.name == "elasticsearch" for engine in engines):
        if set(language_codes) >= set(site_languages()):
            PendingIndexUpdate.objects.filter(created_at__lt=started).delete()
        retry_pending(next(engine for engine in engines if engine.name == "elasticsearch"))
    return written
