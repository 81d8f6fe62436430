"""PostgreSQL: every indexed document has one narrow entry (search.engines.postgres) that follows it, with each
facet's ids where the searches' facet slices look for them."""

import pytest
from django.db import connection

from search import indexing
from search.documents import FACET_FIELDS
from search.engines.database import DatabaseEngine
from search.models import IndexDocument

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL only: set DATABASE_URL=postgres://… (the suite's CI run does)",
)


def entries():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT e.id, e.facet_ids, e.facet_bounds, e.locale, d.locale, e.title_folded, d.title_folded "
            "FROM search_indexentry e JOIN search_indexdocument d USING (id)"
        )
        return cursor.fetchall()


def tokens_by_id():
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, token FROM search_facet_token")
        return dict(cursor.fetchall())


def test_each_document_has_an_entry_with_its_facets_grouped_by_facet(corpus):
    indexing.rebuild(engines=[DatabaseEngine()])
    documents = {document.pk: document for document in IndexDocument.objects.all()}
    rows = entries()
    assert len(rows) == len(documents) > 10
    names = tokens_by_id()
    for pk, facet_ids, bounds, entry_locale, locale, entry_title, title in rows:
        assert (entry_locale, entry_title) == (locale, title)
        assert len(bounds) == len(FACET_FIELDS) + 1
        for position, facet in enumerate(FACET_FIELDS):
            # The slice the counting statement takes: facet_ids[bounds[i + 1] + 1 : bounds[i + 2]] in SQL.
            values = sorted(names[i].partition(":")[2] for i in facet_ids[bounds[position] : bounds[position + 1]])
            assert values == sorted(documents[pk].facets.get(facet) or []), (documents[pk].title, facet)


def test_entries_follow_their_documents(corpus):
    engine = DatabaseEngine()
    indexing.rebuild(engines=[engine])
    document = IndexDocument.objects.filter(locale="fr").first()
    engine.delete_group(document.translation_key)
    assert len(entries()) == IndexDocument.objects.count()
    assert document.pk not in {row[0] for row in entries()}


def test_a_rebuild_leaves_the_planner_statistics_of_what_it_wrote(corpus):
    """Without them the first searches after a rebuild plan from guesses and scan the GIN pending list."""
    indexing.rebuild(engines=[DatabaseEngine()])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reltuples FROM pg_class WHERE relname IN ('search_indexentry', 'search_indexdocument')"
        )
        estimated = dict(cursor.fetchall())
        cursor.execute("SELECT gin_clean_pending_list('search_entry_match_gin')")  # pages it had to fold in
        pending_pages = cursor.fetchone()[0]
    assert pending_pages == 0
    assert estimated == {
        "search_indexentry": IndexDocument.objects.count(),
        "search_indexdocument": IndexDocument.objects.count(),
    }


def test_vectors_hold_both_terms_of_a_word_and_no_text_search_configuration_is_left(corpus, db):
    """The vectors are tsvector literals of search.text's terms: "accès" is indexed as "acces" and "acce" at the
    same position, and the configurations of the first design (rc_french…) are gone."""
    indexing.rebuild(engines=[DatabaseEngine()])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT e.rank_vector::text FROM search_indexentry e JOIN search_indexdocument d ON d.id = e.id "
            "WHERE d.locale = 'fr' AND d.title = 'Accès à la connexion et aux équipements'"
        )
        (vector,) = cursor.fetchone()
        cursor.execute("SELECT count(*) FROM pg_ts_config WHERE cfgname LIKE 'rc\\_%%'")
        (configurations,) = cursor.fetchone()
    assert "'acces':1A" in vector and "'acce':1A" in vector
    assert configurations == 0
