"""PostgreSQL: a broad search reads a bounded number of entry rows (migration 0007, search.engines.postgres) and
still answers exactly what ranking, sorting and counting every match answers."""

import random
from dataclasses import replace

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from bench.search import synthetic_documents
from search.engines import database, facet_counts
from search.engines.database import DatabaseEngine
from search.engines.postgres import SAMPLE_SLICES, EntrySearch
from search.query import parse_query
from search.searches import SearchRequest

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL only: set DATABASE_URL=postgres://… (the suite's CI run does)",
)

WORDS = ["jardin", "quartier", "numérique", "école", "santé", "musée", "réseau", "atelier", "jeunes", "village"]


class FewWords:
    """Generated text over ten words: every word is in many titles, summaries and bodies, so ranks tie often."""

    def __init__(self):
        self.random = random.Random(16)
        self.words = WORDS

    def title(self):
        return " ".join(self.random.sample(WORDS, 2)).capitalize()

    def paragraph(self, low, high):
        return " ".join(self.random.choice(WORDS) for _ in range(self.random.randint(low, high) * 3)) + "."


@pytest.fixture
def generated(corpus):
    from wagtail.models import Page

    engine = DatabaseEngine()
    page_ids = list(Page.objects.filter(depth__gt=1).values_list("pk", flat=True))
    engine.rebuild(synthetic_documents(400, FewWords(), page_ids), ["fr"])
    return engine


def search(engine, **fields):
    request = SearchRequest(**{"page_size": 5, **fields})
    return [hit.url for hit in engine.search(request).hits]


QUERIES = ["jardin", "jardin quartier", '"jardin quartier"', "santé école musée", "numerique", "village -musée"]


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("page", [1, 2, 7, 40])
def test_the_page_from_the_ranking_candidates_is_the_page_of_every_match(generated, monkeypatch, text, page):
    query = parse_query(text)
    found = search(generated, query=query, page=page)
    filtered = search(generated, query=query, page=page, filters=(("type", ("initiative",)),))
    monkeypatch.setattr(EntrySearch, "ranks_candidates_first", property(lambda self: False))
    assert found == search(generated, query=query, page=page)
    assert filtered == search(generated, query=query, page=page, filters=(("type", ("initiative",)),))


def test_a_broad_search_ranks_only_its_candidates(generated):
    with CaptureQueriesContext(connection) as queries:
        hits = search(generated, query=parse_query("jardin"))
    ranked = [q["sql"] for q in queries.captured_queries if "ts_rank" in q["sql"]]
    assert len(hits) == 5 and len(ranked) == 1 and "rank_vector @@" in ranked[0]


@pytest.mark.parametrize("sort", ["newest", "title"])
def test_sorted_searches_walk_the_order_index_only_when_many_rows_match(generated, monkeypatch, sort):
    """Each row walked checks the words out of line: a rare word must be found by the GIN index first."""
    query = parse_query("jardin")
    with CaptureQueriesContext(connection) as queries:
        few = search(generated, query=query, sort=sort)
    assert any("enable_indexscan = off" in q["sql"] for q in queries.captured_queries)
    monkeypatch.setattr(database, "WALK_ORDER_INDEX_ABOVE", 0)
    with CaptureQueriesContext(connection) as queries:
        many = search(generated, query=query, sort=sort)
    assert not any("enable_indexscan" in q["sql"] for q in queries.captured_queries)
    assert few == many


def test_the_order_indexes_give_the_order_of_the_sort(generated):
    """With sequential scans and sorts priced out, the planner walks the indexes: same pages as sorting."""
    request = SearchRequest(query=parse_query("jardin"), page_size=30)
    for sort in ("newest", "title"):
        expected = [hit.url for hit in generated.search(replace(request, sort=sort)).hits]
        with transaction.atomic(), connection.cursor() as cursor:
            statements = DatabaseEngine._statements(cursor, replace(request, sort=sort))
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_bitmapscan = off")
            cursor.execute("SET LOCAL enable_sort = off")
            cursor.execute("EXPLAIN " + statements.page(), statements.params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            cursor.execute(statements.page(), statements.params)
            pks = [row[0] for row in cursor.fetchall()]
        assert f"search_entry_{sort}" in plan
        from search.models import IndexDocument

        urls = dict(IndexDocument.objects.filter(pk__in=pks).values_list("pk", "url"))
        assert [urls[pk] for pk in pks] == expected


def test_the_indexes_of_a_bounded_search_exist_and_sampling_asks_for_the_indexed_slices(generated):
    """The sample's condition is the expression of search_entry_sample, so the planner can find the slices in the
    index and read only their rows (at 100,000 documents: 3,400 heap pages instead of 12,450 for a broad word)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_indexentry'")
        indexes = dict(cursor.fetchall())
        statements = DatabaseEngine._statements(cursor, SearchRequest(query=parse_query("jardin")))
    assert {"search_entry_rank_gin", "search_entry_sample", "search_entry_newest", "search_entry_title"} <= set(indexes)
    assert "(id % (64)::bigint)" in indexes["search_entry_sample"]
    assert f"(id %% {SAMPLE_SLICES}) < %(sample_slices)s" in statements.counts(sample_slices=4)


def test_sampled_counts_are_near_the_exact_ones_and_flagged(generated, monkeypatch):
    request = SearchRequest(query=parse_query("jardin"))
    exact = generated.search(request)
    cache.clear()  # the exact counts are kept for this search
    monkeypatch.setattr(facet_counts, "SAMPLE_ABOVE", 0)
    monkeypatch.setattr(facet_counts, "SAMPLE_ROWS", 100)
    sampled = generated.search(request)
    assert sampled.approximate and not exact.approximate
    assert abs(sampled.count - exact.count) <= exact.count * 0.5
    assert [hit.url for hit in sampled.hits] == [hit.url for hit in exact.hits]


def test_sampled_counts_are_kept_too(generated, monkeypatch):
    """The sample's parameters were part of the key the counts were stored under, not of the one read."""
    monkeypatch.setattr(facet_counts, "SAMPLE_ABOVE", 0)
    request = SearchRequest(query=parse_query("jardin"))
    generated.search(request)
    with CaptureQueriesContext(connection) as queries:
        kept = generated.search(replace(request, sort="title"))
    assert kept.approximate and not any("unnest" in q["sql"] for q in queries.captured_queries)


ONE_FACET_FILTERS = [
    (("theme", ("sante-prevention",)),),
    (("theme", ("culture-pour-tous", "lieux-sociaux")),),
    (("type", ("initiative",)),),
    (("country", ("ML",)),),
    (("theme", ("no-such-theme",)),),
]


def _counts_of_one_statement(engine, request, monkeypatch):
    with monkeypatch.context() as patched:
        patched.setattr(EntrySearch, "counts_apart_by_facet", property(lambda self: False))
        patched.setattr(facet_counts, "cached", lambda statements: None)
        return engine.search(request)


@pytest.mark.parametrize("filters", ONE_FACET_FILTERS)
@pytest.mark.parametrize("audiences", [("public",), ("public", "partners")])
def test_one_facet_without_words_counts_apart_what_one_statement_counts(generated, monkeypatch, filters, audiences):
    request = SearchRequest(filters=filters, audiences=audiences, sort="newest")
    expected = _counts_of_one_statement(generated, request, monkeypatch)
    cache.clear()
    for _ in range(2):  # the scope's counts computed, then kept
        monkeypatch.setattr(facet_counts, "cached", lambda statements: None)
        found = generated.search(request)
        assert found.facet_counts == expected.facet_counts and found.count == expected.count
        assert not found.approximate
        assert [hit.url for hit in found.hits] == [hit.url for hit in expected.hits]


def test_another_value_of_the_same_facet_reads_only_the_rows_it_passes(generated, monkeypatch):
    monkeypatch.setattr(facet_counts, "cached", lambda statements: None)
    generated.search(SearchRequest(filters=(("theme", ("sante-prevention",)),)))
    with CaptureQueriesContext(connection) as queries:
        generated.search(SearchRequest(filters=(("theme", ("culture-pour-tous",)),)))
    counting = [q["sql"] for q in queries.captured_queries if "unnest" in q["sql"]]
    assert len(counting) == 1 and "facet_ids &&" in counting[0] and "CASE" not in counting[0]
    # another audience is another scope: its own counts, never those of the public
    with CaptureQueriesContext(connection) as queries:
        generated.search(SearchRequest(filters=(("theme", ("culture-pour-tous",)),), audiences=("public", "partners")))
    assert len([q for q in queries.captured_queries if "unnest" in q["sql"]]) == 2


def test_the_kept_scope_counts_follow_an_index_write(generated, monkeypatch):
    """Kept under the content version, which every index write bumps: the next search counts the new rows."""
    monkeypatch.setattr(facet_counts, "cached", lambda statements: None)
    request = SearchRequest(filters=(("theme", ("sante-prevention",)),))
    before = generated.search(request).facet_counts["theme"]
    from wagtail.models import Page

    page_id = Page.objects.filter(depth__gt=1).values_list("pk", flat=True).first()
    document = next(synthetic_documents(1, FewWords(), [page_id]))
    key = "00000000-0000-0000-0000-0000000a0000"
    document.update(id=f"{key}-fr", translation_key=key, theme=["culture-pour-tous"], visibility="public")
    generated.replace_group(key, [document])
    after = generated.search(request).facet_counts["theme"]
    assert after["culture-pour-tous"] == before["culture-pour-tous"] + 1
    assert after == _counts_of_one_statement(generated, request, monkeypatch).facet_counts["theme"]
