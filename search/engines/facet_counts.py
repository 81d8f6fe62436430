"""Facet counting on PostgreSQL whose cost does not follow the hit count (measured in bench/search.py).

Exact counts unnest the facet ids of every row a search counts: at 100,000 documents a search matching half of
them spends most of its time there. Two measures bound it:

- Counts do not depend on the sort or the page, and change only when the index does: they are kept in the cache
  under the resource index's version (home.versions, bumped by every index write). Paging through results,
  changing the sort, "show all" on a facet and the empty search (the search page's first state) count once per
  index change.
- A search the planner expects to count more than SAMPLE_ABOVE rows is counted over a sample of about SAMPLE_ROWS
  rows, scaled up: without words, a sample of the table's pages (TABLESAMPLE SYSTEM, reading only those pages);
  with words, one row in k by id (TABLESAMPLE would check the words row by row where the GIN index finds them).
  Both are fixed, so the same search gives the same figures. The response says the counts are approximate and
  the page shows them with "≈". The planner's estimate costs a fraction of a millisecond (EXPLAIN, not run).
"""

import hashlib
import json
import math

from django.core.cache import cache

from home.versions import content_version

SAMPLE_ABOVE = 20_000  # counted rows (planner's estimate) above which counts come from a sample
SAMPLE_ROWS = 8_000  # rows the sample aims at
TIMEOUT = 60 * 60


def _key(statements):
    params = {name: value for name, value in statements.params.items() if name not in ("limit", "offset")}
    material = json.dumps([content_version(), statements.scope, statements.near, params],
                          sort_keys=True, default=str)  # fmt: skip
    return "facet-counts:" + hashlib.sha256(material.encode()).hexdigest()


def cached(statements):
    """(token counts, approximate) kept for this search, or None."""
    return cache.get(_key(statements))


def store(statements, token_counts, approximate):
    cache.set(_key(statements), (list(token_counts), approximate), TIMEOUT)


def count(cursor, statements):
    """(("facet:value", count) rows, approximate): exact, or scaled from a sample for a very broad search."""
    estimate = _estimated_rows(cursor, statements)
    if estimate <= SAMPLE_ABOVE:
        cursor.execute(statements.counts(), statements.params)
        return cursor.fetchall(), False
    if statements.tsquery:
        every = math.ceil(estimate / SAMPLE_ROWS)
        cursor.execute(statements.counts(sample_every=every), statements.params)
        scale = every
    else:
        percent = max(1.0, min(100.0, 100.0 * SAMPLE_ROWS / estimate))
        cursor.execute(statements.counts(sample_percent=percent), statements.params)
        scale = 100.0 / percent
    return [(token, round(number * scale)) for token, number in cursor.fetchall()], True


def _estimated_rows(cursor, statements):
    cursor.execute(
        f"EXPLAIN (FORMAT JSON) SELECT 1 FROM search_indexentry WHERE {statements.scope} AND {statements.near}",
        statements.params,
    )
    plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return plan[0]["Plan"]["Plan Rows"]
