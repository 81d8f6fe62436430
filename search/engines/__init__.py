"""Choosing the engine: Elasticsearch when ELASTICSEARCH_URL is set, else the database engine.

The database engine (kept current on every publish) answers instead of Elasticsearch when the cluster is
unreachable, times out, is overloaded (429) or fails (5xx), and while it holds stale documents (groups waiting in
the retry queue, which may be pages unpublished or restricted during an outage). After three such failures in a
row a circuit breaker skips Elasticsearch for 30 seconds, so an outage costs one timeout, not one per call. Other
errors (a 400 for a query, a 404 for a missing alias) are bugs: logged at error level, raised in tests.
"""

import logging
import threading
import time
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from home.visibility import PUBLIC
from search.engines.database import DatabaseEngine
from search.engines.elasticsearch import ElasticsearchEngine, is_unavailable
from search.models import PendingIndexUpdate

logger = logging.getLogger(__name__)


class CircuitBreaker:
    """Open (calls skipped) for `cooldown` seconds after `threshold` consecutive failures; then one call tries."""

    def __init__(self, threshold=3, cooldown=30.0, clock=time.monotonic):
        self.threshold = threshold
        self.cooldown = cooldown
        self.clock = clock
        self.failures = 0
        self.opened_at = None
        self._lock = threading.Lock()

    @property
    def is_open(self):
        with self._lock:
            if self.opened_at is None:
                return False
            if self.clock() - self.opened_at >= self.cooldown:
                self.opened_at = None  # half-open: the next call tries, one more failure opens it again
                self.failures = self.threshold - 1
                return False
            return True

    def success(self):
        with self._lock:
            self.failures = 0
            self.opened_at = None

    def failure(self):
        with self._lock:
            self.failures += 1
            if self.failures >= self.threshold:
                self.opened_at = self.clock()


class FallbackEngine:
    """Reads from `primary`, and from `fallback` when `primary` is unavailable (see the module's docstring).
    `last_engine_name` names the engine that answered the last search (not a count)."""

    def __init__(self, primary, fallback, breaker=None, stale=None):
        self.primary = primary
        self.fallback = fallback
        self.breaker = breaker or CircuitBreaker()
        self.stale = stale or _queue_holds_updates
        self.name = primary.name
        self.last_engine_name = primary.name

    def _call(self, method, *args, **kwargs):
        if self.breaker.is_open or self.stale():
            return self.fallback.name, getattr(self.fallback, method)(*args, **kwargs)
        try:
            result = getattr(self.primary, method)(*args, **kwargs)
        except self.primary.errors as error:
            if not is_unavailable(error):
                logger.error("Search engine %s refused a request (a bug): %s", self.primary.name, error)
                if settings.SEARCH_RAISE_ENGINE_BUGS:
                    raise
            else:
                self.breaker.failure()
                logger.warning("Search engine %s unavailable (%s); answering from %s", self.primary.name, error,
                               self.fallback.name)  # fmt: skip
            return self.fallback.name, getattr(self.fallback, method)(*args, **kwargs)
        self.breaker.success()
        return self.primary.name, result

    def search(self, request):
        self.last_engine_name, result = self._call("search", request)
        return result

    def count(self, request):
        return self._call("count", request)[1]

    def counts(self, requests):
        return self._call("counts", requests)[1]

    def suggest(self, text, language, audiences=(PUBLIC,), limit=8):
        return self._call("suggest", text, language, audiences=audiences, limit=limit)[1]

    def corrections(self, words, language, audiences=(PUBLIC,)):
        return self._call("corrections", words, language, audiences=audiences)[1]


def _queue_holds_updates():
    return PendingIndexUpdate.objects.filter(parked=False).exists()


def elasticsearch_engine():
    """One client per configuration and process (it keeps a connection pool)."""
    return _elasticsearch_engine(
        settings.ELASTICSEARCH_URL,
        settings.RESOURCE_INDEX_PREFIX,
        settings.ELASTICSEARCH_TIMEOUT,
        settings.ELASTICSEARCH_API_KEY,
        settings.ELASTICSEARCH_CA_CERTS,
    )


@lru_cache(maxsize=4)
def _elasticsearch_engine(url, prefix, timeout, api_key, ca_certs):
    return ElasticsearchEngine.from_settings()


@lru_cache(maxsize=4)
def _breaker(url, prefix):
    """One breaker per cluster and process, shared by every request."""
    return CircuitBreaker()


def get_engine():
    database = DatabaseEngine()
    if settings.ELASTICSEARCH_URL:
        try:
            primary = elasticsearch_engine()
        except ImproperlyConfigured as error:  # reported by the system check too (search.checks)
            logger.error("Elasticsearch is misconfigured, the database engine answers: %s", error)
            return database
        breaker = _breaker(settings.ELASTICSEARCH_URL, settings.RESOURCE_INDEX_PREFIX)
        return FallbackEngine(primary, database, breaker=breaker)
    return database
