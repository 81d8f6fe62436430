"""Keeping the resource index current: one translation group at a time, after the transaction commits.

The database engine's table is always written (it is the default engine, and Elasticsearch's fallback). When
Elasticsearch is configured and fails, the group is queued in PendingIndexUpdate and retried later (on the next
successful update, or by `rebuild_resource_index --retry-pending`): publishing never fails because of the index.
"""

import logging
import threading

from django.conf import settings
from django.db import transaction

from search.documents import documents_for_group, documents_for_groups, iter_all_documents, site_languages
from search.engines.database import DatabaseEngine
from search.models import PendingIndexUpdate

logger = logging.getLogger(__name__)


def elasticsearch_engine():
    if not settings.ELASTICSEARCH_URL:
        return None
    from search.engines import elasticsearch_engine as build

    return build()


def update_group(translation_key, es_engine=None):
    """Rebuild the documents of one translation group in every engine."""
    update_groups([translation_key], es_engine)


def update_groups(translation_keys, es_engine=None):
    """Rebuild the documents of these translation groups in every engine, built in one batched pass."""
    documents = documents_for_groups(translation_keys)
    DatabaseEngine().replace_groups(documents)
    es_engine = es_engine or elasticsearch_engine()
    if es_engine is None:
        return
    for position, (translation_key, group_documents) in enumerate(documents.items()):
        try:
            es_engine.replace_group(translation_key, group_documents)
        except es_engine.errors as error:
            # Unreachable: queue this group and the rest without waiting for a timeout on each of them.
            logger.warning("Elasticsearch unreachable, index updates queued from %s: %s", translation_key, error)
            for key in list(documents)[position:]:
                pending, _created = PendingIndexUpdate.objects.get_or_create(translation_key=key)
                PendingIndexUpdate.objects.filter(pk=pending.pk).update(last_error=str(error)[:2000])
            return
    retry_pending(es_engine)


def retry_pending(es_engine=None, limit=100):
    """Send queued groups to Elasticsearch; those that fail again stay queued. Returns how many were sent."""
    es_engine = es_engine or elasticsearch_engine()
    if es_engine is None:
        return 0
    sent = 0
    for pending in list(PendingIndexUpdate.objects.all()[:limit]):
        try:
            es_engine.replace_group(pending.translation_key, documents_for_group(pending.translation_key))
        except es_engine.errors as error:
            PendingIndexUpdate.objects.filter(pk=pending.pk).update(
                attempts=pending.attempts + 1, last_error=str(error)[:2000]
            )
            break
        pending.delete()
        sent += 1
    return sent


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


def rebuild(language_codes=None, engines=None, progress=None):
    """Rebuild every engine for these locales; returns {engine name: documents written}."""
    language_codes = language_codes or site_languages()
    engines = engines or [DatabaseEngine()] + ([elasticsearch_engine()] if settings.ELASTICSEARCH_URL else [])
    written = {}
    for engine in engines:
        written[engine.name] = engine.rebuild(iter_all_documents(language_codes), language_codes, progress=progress)
    if settings.ELASTICSEARCH_URL:
        PendingIndexUpdate.objects.all().delete()
    return written
