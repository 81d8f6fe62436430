"""The search page and the listings as a visitor gets them: a request through every middleware (Django's test
client in the benchmark process, production settings), timed, its HTML weighed.

- the search page for each search of the mix, with the anonymous cache off and facet counts computed afresh (the
  first visitor to ask that search; the counts of one facet over a whole scope, shared by every filter of that
  facet without words, stay kept: search.engines.facet_counts.count_one_facet): time and bytes;
- the same searches asked again by an anonymous visitor (served from the search cache);
- a listing (the initiatives index, 12 a page) at two collection sizes, first and middle page: with windowed
  pagination its weight and time must not follow the number of pages.
"""

import statistics
import time

from django.http import QueryDict
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation


def _query_string(params):
    data = QueryDict(mutable=True)
    for key, value in params.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    return data.urlencode()


def _get(client, url):
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.status_code)
    return elapsed, len(response.content)


def _summary(timings, sizes, percentile):
    return {
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(percentile(timings, 0.95), 1),
        "html_kb_median": round(statistics.median(sizes) / 1024, 1),
        "html_kb_max": round(max(sizes) / 1024, 1),
    }


def search_page_figures(query_mix, repeat, percentile):
    from search.engines import facet_counts

    client = Client()
    with translation.override("fr"):
        base = reverse("search:search")
    urls = {label: f"{base}?{_query_string(params)}" for label, params in query_mix}
    figures = {}
    keep = facet_counts.cached
    facet_counts.cached = lambda statements: None  # every request counts afresh, as a search never asked
    try:
        with override_settings(PAGE_CACHE_TIMEOUT=0):
            timings, sizes, per_query = [], [], {}
            for label, url in urls.items():
                _get(client, url)
                mine = [_get(client, url) for _ in range(repeat)]
                timings += [t for t, _size in mine]
                sizes += [size for _t, size in mine]
                median = statistics.median(t for t, _s in mine)
                per_query[label] = {"ms": round(median, 1), "kb": round(mine[0][1] / 1024, 1)}
            figures["first_time"] = {**_summary(timings, sizes, percentile), "per_query": per_query}
    finally:
        facet_counts.cached = keep
    timings = []
    for url in urls.values():
        _get(client, url)  # the first anonymous visitor fills the cache
        timings += [_get(client, url)[0] for _ in range(repeat * 3)]
    figures["repeated_anonymous"] = {
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(percentile(timings, 0.95), 2),
    }
    return figures


def listing_figures(index_page, repeat, percentile):
    """The initiatives index: its first and middle page (HTML cache off, its other caches warm)."""
    client = Client()
    url = index_page.get_url()
    from initiatives.models import InitiativePage

    count = InitiativePage.objects.child_of(index_page).live().count()
    middle = max(1, count // 12 // 2)
    figures = {"initiatives": count}
    with override_settings(PAGE_CACHE_TIMEOUT=0):
        for name, page_url in (("first_page", url), ("middle_page", f"{url}?page={middle}")):
            _get(client, page_url)
            mine = [_get(client, page_url) for _ in range(repeat)]
            figures[name] = _summary([t for t, _s in mine], [s for _t, s in mine], percentile)
    return figures
