"""Facet counting on PostgreSQL whose cost does not follow the hit count (measured in bench/search.py).

Exact counts unnest the facet ids of every row a search counts: at 100,000 documents a search matching half of
them spends most of its time there. Three measures bound it:

- Counts do not depend on the sort or the page, and change only when the index does: they are kept in the cache
  under the resource index's version (home.versions, bumped by every index write). Paging through results,
  changing the sort, "show all" on a facet and the empty search (the search page's first state) count once per
  index change.
- A search the planner expects to count more than SAMPLE_ABOVE rows is counted over a sample of about SAMPLE_ROWS
  rows, scaled up: without words, a sample of the table's pages (TABLESAMPLE SYSTEM, reading only those pages);
  with words, the rows of a few of the 64 slices of search_entry_sample (id % 64), found by that index and the GIN
  index together, so only they are read (TABLESAMPLE would check the words row by row where the GIN index finds
  them; keeping one row in k by id still visited every matching row).
  Both are fixed, so the same search gives the same figures. The response says the counts are approximate and
  the page shows them with "≈". The planner's estimate costs a fraction of a millisecond (EXPLAIN, not run).
- A search with one selected facet and no words counts the rows its filter passes, and takes the selected facet's
  counts over the whole scope, shared by every value of that facet, from the cache (count_one_facet): exact, and
  it no longer reads every row of the scope.
"""

import hashlib
import json
import math

from django.core.cache import cache

from home.versions import content_version
from search.engines.postgres import SAMPLE_SLICES, named_counts
from search.schema import FACET_FIELDS

SAMPLE_ABOVE = 20_000  # counted rows (planner's estimate) above which counts come from a sample
SAMPLE_ROWS = 8_000  # rows the sample aims at
# A phrase or an exclusion reads each counted row's positions out of line (several times the cost of a row): such
# a search is very broad sooner, and its sample smaller.
SAMPLE_ABOVE_WITH_POSITIONS = 10_000
SAMPLE_ROWS_WITH_POSITIONS = 4_000
TIMEOUT = 60 * 60
# Parameters that do not change which rows are counted: the page, the ranking candidates, and the sample (added by
# count() once the key was read: in the key, a sampled search's counts were stored where no search looked them up).
NOT_IN_THE_KEY = {"limit", "offset", "candidates", "sample_slices", "sample_percent"}


def _cache_key(prefix, statements, part, left_out=NOT_IN_THE_KEY):
    """A key under the content version, the search's scope, `part`, and its parameters but `left_out`."""
    params = {name: value for name, value in statements.params.items() if name not in left_out}
    material = json.dumps([content_version(), statements.scope, part, params], sort_keys=True, default=str)
    return f"{prefix}:" + hashlib.sha256(material.encode()).hexdigest()


def _key(statements):
    return _cache_key("facet-counts", statements, statements.near)


def cached(statements):
    """(token counts, approximate) kept for this search, or None."""
    return cache.get(_key(statements))


def store(statements, token_counts, approximate):
    cache.set(_key(statements), (list(token_counts), approximate), TIMEOUT)


def count(cursor, statements, estimate=None):
    """(("facet:value", count) rows, approximate): exact, or scaled from a sample for a very broad search."""

    if estimate is None:
        estimate = estimated_rows(cursor, statements)
    above, rows = sample_bounds(statements)
    if estimate <= above:
        cursor.execute(statements.counts(), statements.params)
        return named_counts(cursor, cursor.fetchall()), False
    if statements.tsquery:
        slices = max(1, min(SAMPLE_SLICES, math.ceil(SAMPLE_SLICES * rows / estimate)))
        cursor.execute(statements.counts(sample_slices=slices), statements.params)
        scale = SAMPLE_SLICES / slices
    else:
        percent = max(1.0, min(100.0, 100.0 * rows / estimate))
        cursor.execute(statements.counts(sample_percent=percent), statements.params)
        scale = 100.0 / percent
    return [(token, round(number * scale)) for token, number in named_counts(cursor, cursor.fetchall())], True


def count_one_facet(cursor, statements):
    """Exact ("facet:value", count) rows of a search with one selected facet and no words, in two parts
    (EntrySearch.passing_counts): the rows passing the filter, and the filtered facet's counts over the whole
    scope. Those are the same for every value chosen in that facet (a theme page's "all themes", then one theme,
    then another), so they are kept under the content version like the counts of a whole search: a filter
    without words then reads only the rows it passes (1,441 of 12,000 rows for a theme, 6 ms instead of 25 in
    bench/search.py), never the whole scope again."""
    (position, _name), *_others = statements.selected
    facet = FACET_FIELDS[position]
    cursor.execute(statements.passing_counts(), statements.params)
    rows = [(token, number) for token, number in named_counts(cursor, cursor.fetchall())
            if token.partition(":")[0] != facet]  # fmt: skip
    key = _scope_key(statements, position)
    kept = cache.get(key)
    if kept is None:
        cursor.execute(statements.scope_counts(position), statements.params)
        kept = named_counts(cursor, cursor.fetchall())
        cache.set(key, kept, TIMEOUT)
    return rows + list(kept)


def _scope_key(statements, position):
    # the scope's parameters only: the selected values (values0…) and the page do not change these counts
    selected = {name for _position, name in statements.selected}
    return _cache_key("facet-scope-counts", statements, position, selected | NOT_IN_THE_KEY)


def sample_bounds(statements):
    """(estimated rows above which the search's counts are sampled, rows the sample aims at)."""
    if statements.reads_positions:
        return SAMPLE_ABOVE_WITH_POSITIONS, SAMPLE_ROWS_WITH_POSITIONS
    return SAMPLE_ABOVE, SAMPLE_ROWS


def estimated_rows(cursor, statements):
    """The planner's estimate of the rows a search counts."""
    cursor.execute(
        f"EXPLAIN (FORMAT JSON) SELECT 1 FROM search_indexentry WHERE {statements.scope} AND {statements.near}",
        statements.params,
    )
    plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return plan[0]["Plan"]["Plan Rows"]
