"""Counting searches and clicks for the search report, with bounded writes and nothing personal.

What counts as a search: a GET of the search page (any language) with words, on its first page of results, by a
visitor who is not an editor (people with admin access trying the search are not the audience), not a crawler, and
not a refinement of the search the visitor is on (a facet or the sort changed: the Referer, read and forgotten,
shows the same words). The query is normalised as promotions compare it (search.report.queries).
"""

import datetime
import logging
from contextlib import contextmanager
from functools import lru_cache
from urllib.parse import parse_qs, urlencode, urlsplit

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation

from search.report.models import OTHER_QUERIES, DailyClick, DailySearch
from search.report.queries import normalise

logger = logging.getLogger(__name__)

MAX_QUERY_CHARS = 100  # longer queries are cut: what a person types, not a pasted document
MAX_QUERIES_PER_DAY = 5000  # distinct queries a day gets rows for; the searches past it go to OTHER_QUERIES
MAX_PAGES_PER_QUERY = 50  # distinct pages counted as opened from one query in one day
CRAWLER_MARKS = ("bot", "crawl", "spider", "slurp")
RESULT_COUNT = "search_report_results"  # the request attribute where the search view leaves its result count


@lru_cache(maxsize=1)
def search_paths():
    """{path of the search page: its language} (/recherche/, /en/search/, /es/busqueda/)."""
    paths = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        with translation.override(code):
            paths[reverse("search:search")] = code
    return paths


def query_of(text):
    return normalise(text)[:MAX_QUERY_CHARS].strip()


def counted_search(request):
    """(language, normalised query) when this request is a search to count, else None."""
    language = search_paths().get(request.path)
    if language is None or request.method != "GET":
        return None
    query = query_of(request.GET.get("q", ""))
    if not query or request.GET.get("page", "1") != "1" or is_editor(request.user):
        return None
    agent = request.headers.get("User-Agent", "").lower()
    if not agent or any(mark in agent for mark in CRAWLER_MARKS):
        return None
    if _refines(request.headers.get("Referer", ""), query):
        return None
    return language, query


def _refines(referer, query):
    """Whether the previous page was a search for the same words (the visitor changed a filter, not the query)."""
    if not referer:
        return False
    parts = urlsplit(referer)
    if parts.path not in search_paths():
        return False
    return query_of((parse_qs(parts.query).get("q") or [""])[0]) == query


def is_editor(user):
    return user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def today():
    return timezone.localdate()


@contextmanager
def _counting():
    """A transaction whose commit does not wait for the disk: a count lost in a crash does not matter, and waiting
    for the WAL flush was most of the cost of counting (measured: 9 ms of a 10 ms count on a busy machine)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit = off")
        yield


def record_search(language, query, results, day=None):
    """Count one search; `results` None when it was served from the cache (the last count known is reused)."""
    with _counting():
        _record_search(language, query, results, day)


def _record_search(language, query, results, day=None):
    day = day or today()
    if results is None:
        results = (
            DailySearch.objects.filter(language=language, query=query, results__isnull=False)
            .order_by("-day")
            .values_list("results", flat=True)
            .first()
        )
    changes = {"searches": F("searches") + 1, "no_result": F("no_result") + (1 if results == 0 else 0)}
    if results is not None:
        changes["results"] = results
    rows = DailySearch.objects.filter(day=day, language=language)
    if rows.filter(query=query).update(**changes):
        return
    if query != OTHER_QUERIES and rows.count() >= MAX_QUERIES_PER_DAY:
        query = OTHER_QUERIES
    DailySearch.objects.bulk_create(
        [DailySearch(day=day, language=language, query=query, results=results)], ignore_conflicts=True
    )
    rows.filter(query=query).update(**changes)


def record_click(language, query, page_id, day=None):
    """Count one result opened; only for a query searched that day, and a bounded number of pages per query.
    Returns whether it was counted."""
    day = day or today()
    if not DailySearch.objects.filter(day=day, language=language, query=query).exists():
        return False
    rows = DailyClick.objects.filter(day=day, language=language, query=query)
    with _counting():
        if rows.filter(page_id=page_id).update(clicks=F("clicks") + 1):
            return True
        if rows.count() >= MAX_PAGES_PER_QUERY:
            return False
        DailyClick.objects.bulk_create(
            [DailyClick(day=day, language=language, query=query, page_id=page_id)], ignore_conflicts=True
        )
        return bool(rows.filter(page_id=page_id).update(clicks=F("clicks") + 1))


def safely(function, *args):
    """Run a recording after the response: the report must never break or slow a search."""
    try:
        function(*args)
    except Exception:
        logger.exception("The search report could not count a search")


def click_url(query, language, page_id, path=None):
    """The address a result link pings when opened (search.report.views.click); `path`: that view's, when the
    caller reversed it once for a whole page of results."""
    path = path or reverse("search_api:search_click")
    return f"{path}?{urlencode({'q': query, 'lang': language, 'page': page_id})}"


def prune(keep_days):
    cutoff = today() - datetime.timedelta(days=keep_days)
    searches, _ = DailySearch.objects.filter(day__lt=cutoff).delete()
    clicks, _ = DailyClick.objects.filter(day__lt=cutoff).delete()
    return {"searches": searches, "clicks": clicks}
