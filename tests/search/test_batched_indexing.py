"""Publishing many pages in one transaction (an import, a bulk action) updates the index in one batched pass."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from initiatives.factories import InitiativePageFactory, ThemePageFactory
from search.models import IndexDocument


def test_every_page_published_in_one_transaction_is_indexed(site_tree, django_capture_on_commit_callbacks):
    theme = ThemePageFactory(parent=site_tree.themes)
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(12):
            page = InitiativePageFactory(parent=site_tree.initiatives, title=f"Point d'accès public {number}")
            page.themes.set([theme])
            page.save_revision().publish()
    titles = set(IndexDocument.objects.filter(locale="fr", title__startswith="Point").values_list("title", flat=True))
    assert titles == {f"Point d'accès public {number}" for number in range(12)}


def test_index_queries_do_not_grow_with_the_number_of_pages(site_tree, django_capture_on_commit_callbacks):
    def flush_queries(count):
        IndexDocument.objects.all().delete()
        from search import indexing

        indexing._scheduled.keys = None
        theme = ThemePageFactory(parent=site_tree.themes)
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            for number in range(count):
                page = InitiativePageFactory(parent=site_tree.initiatives, title=f"Atelier {count}-{number}")
                page.themes.set([theme])
                page.save_revision().publish()
        with CaptureQueriesContext(connection) as queries:
            for callback in callbacks:
                callback()
        # bulk inserts are split by the database's parameter limit (SQLite), not per page: left out of the count
        return len(
            [q for q in queries.captured_queries if not q["sql"].startswith('INSERT INTO "search_indexdocument"')]
        )

    flush_queries(2)  # warms the label and build caches
    assert flush_queries(5) == flush_queries(20)
