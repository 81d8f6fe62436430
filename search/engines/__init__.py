"""Choosing the engine: Elasticsearch when ELASTICSEARCH_URL is set, else the database engine.

Elasticsearch errors and timeouts fall back to the database engine (kept current on every publish), so a search
never fails because Elasticsearch does; callers never look at which engine answered.
"""

import logging
from functools import lru_cache

from django.conf import settings

from home.visibility import PUBLIC
from search.engines.database import DatabaseEngine

logger = logging.getLogger(__name__)


class FallbackEngine:
    """Reads from `primary`, and from `fallback` when `primary` raises one of its connection/API errors."""

    def __init__(self, primary, fallback):
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name
        self.last_engine_name = primary.name

    def _call(self, method, *args, **kwargs):
        try:
            result = getattr(self.primary, method)(*args, **kwargs)
            self.last_engine_name = self.primary.name
            return result
        except self.primary.errors as error:
            logger.warning(
                "Search engine %s failed (%s); answering from %s", self.primary.name, error, self.fallback.name
            )
            self.last_engine_name = self.fallback.name
            return getattr(self.fallback, method)(*args, **kwargs)

    def search(self, request):
        return self._call("search", request)

    def count(self, request):
        return self._call("count", request)

    def suggest(self, text, language, audiences=(PUBLIC,), limit=8):
        return self._call("suggest", text, language, audiences=audiences, limit=limit)


def elasticsearch_engine():
    """One client per configuration and process (it keeps a connection pool)."""
    return _elasticsearch_engine(
        settings.ELASTICSEARCH_URL, settings.RESOURCE_INDEX_PREFIX, settings.ELASTICSEARCH_TIMEOUT
    )


@lru_cache(maxsize=4)
def _elasticsearch_engine(url, prefix, timeout):
    from search.engines.elasticsearch import ElasticsearchEngine

    return ElasticsearchEngine.from_settings()


def get_engine():
    database = DatabaseEngine()
    if settings.ELASTICSEARCH_URL:
        return FallbackEngine(elasticsearch_engine(), database)
    return database
