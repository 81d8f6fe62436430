"""The database engine: the embedded default and the fallback of Elasticsearch, over search.models.IndexDocument.

On PostgreSQL: full-text search over tsvectors of the terms of search.text (the analysis of every engine) and facet
counts in SQL with disjunctive semantics, over the narrow entry rows of search.engines.postgres. On SQLite (small
sites, `make run` on a fresh machine): the same terms matched in Python over the rows of the locale.
"""

import json
from operator import itemgetter

from django.db import connections, transaction

from home.visibility import PUBLIC
from search.cache import index_changed
from search.engines import facet_counts
from search.engines.base import Engine
from search.engines.database_python import python_search
from search.engines.postgres import (
    EntrySearch,
    facet_tokens,
    named_counts,
    refresh_after_rebuild,
    resolve_tokens,
    write_entries,
)
from search.facets import Sort
from search.models import IndexDocument
from search.results import EngineResult, Hit, Suggestion
from search.schema import FACET_FIELDS, TEXT_FIELDS
from search.spelling.vocabulary import postgresql_corrections, python_corrections
from search.text import fold, highlight, word_terms

TABLE = IndexDocument._meta.db_table
CHUNK = 500
# Matches (planner's estimate) from which a search with words sorted by date or title walks that order's index.
WALK_ORDER_INDEX_ABOVE = 5_000


class DatabaseEngine(Engine):
    name = "database"

    def __init__(self, using="default"):
        self.using = using

    @property
    def is_postgresql(self):
        return connections[self.using].vendor == "postgresql"

    # Writing -----------------------------------------------------------------------------------------------------

    def replace_group(self, translation_key, documents):
        with transaction.atomic(using=self.using):
            IndexDocument.objects.using(self.using).filter(translation_key=translation_key).delete()
            self._insert(documents)
            index_changed()

    def replace_groups(self, documents_by_key):
        """replace_group for many groups: one delete and batched inserts."""
        with transaction.atomic(using=self.using):
            IndexDocument.objects.using(self.using).filter(translation_key__in=list(documents_by_key)).delete()
            self._insert([document for documents in documents_by_key.values() for document in documents])
            index_changed()

    def delete_group(self, translation_key):
        IndexDocument.objects.using(self.using).filter(translation_key=translation_key).delete()
        index_changed()

    def rebuild(self, documents, language_codes, progress=None):
        """Replace every document of the given locales in one transaction: searches see the old rows until then."""
        count = 0
        with transaction.atomic(using=self.using):
            IndexDocument.objects.using(self.using).filter(locale__in=language_codes).delete()
            chunk = []
            for document in documents:
                chunk.append(document)
                if len(chunk) >= CHUNK:
                    count += self._insert(chunk)
                    chunk = []
                    if progress:
                        progress(count)
            count += self._insert(chunk)
            if progress:
                progress(count)
            index_changed()
        if self.is_postgresql:
            connection = connections[self.using]
            with connection.cursor() as cursor:
                refresh_after_rebuild(cursor, in_transaction=connection.in_atomic_block)
        return count

    def index_documents(self, documents):
        """Insert or replace documents (by id) in bulk."""
        documents = list(documents)
        with transaction.atomic(using=self.using):
            ids = [document["id"] for document in documents]
            IndexDocument.objects.using(self.using).filter(doc_id__in=ids).delete()
            index_changed()
            return self._insert(documents)

    def _insert(self, documents):
        if not documents:
            return 0
        python_side = not self.is_postgresql
        rows = [_row(document, python_side) for document in documents]
        created = IndexDocument.objects.using(self.using).bulk_create(rows, batch_size=CHUNK)
        if not python_side:  # bulk_create sets the primary keys on PostgreSQL
            with connections[self.using].cursor() as cursor:
                write_entries(cursor, {row.pk: document for row, document in zip(created, documents, strict=True)})
        return len(rows)

    # Reading -----------------------------------------------------------------------------------------------------

    def search(self, request):
        """The page of hits and the facet counts from the narrow entries (search.engines.postgres); the wide rows
        are read for the page's documents only."""
        if not self.is_postgresql:
            return python_search(self.using, request)
        with transaction.atomic(using=self.using), connections[self.using].cursor() as cursor:
            statements = self._statements(cursor, request)
            self._planner_hints(cursor, statements)
            known_counts = facet_counts.cached(statements)
            estimate = None if known_counts is not None else facet_counts.estimated_rows(cursor, statements)
            exact = known_counts is None and estimate <= facet_counts.sample_bounds(statements)[0]
            if exact and statements.reads_positions:
                cursor.execute(statements.one_scan(), statements.params)
                scanned = cursor.fetchall()
                page_pks = [row[2] for row in sorted((row for row in scanned if row[0] is None), key=itemgetter(1))]
                token_counts = named_counts(cursor, [(row[0], row[2]) for row in scanned if row[0] is not None])
                facet_counts.store(statements, token_counts, approximate := False)
            else:
                # the page and the counts apart; a broad phrase search too: its page from the ranking candidates
                # and its counts from a sample read fewer rows than one scan of every match
                page_pks = self._page(cursor, statements, estimate)
                if exact and statements.counts_apart_by_facet:
                    token_counts, approximate = facet_counts.count_one_facet(cursor, statements), False
                    facet_counts.store(statements, token_counts, approximate)
                elif known_counts is None:
                    token_counts, approximate = facet_counts.count(cursor, statements, estimate)
                    facet_counts.store(statements, token_counts, approximate)
                else:
                    token_counts, approximate = known_counts
            rows_by_pk = {}
            if page_pks:
                cursor.execute(
                    f"SELECT id, page_id, title, url, facets, summary, body, locale, year, territory, untranslated "
                    f"FROM {TABLE} WHERE id = ANY(%s)",
                    [page_pks],
                )
                rows_by_pk = {row[0]: row[1:] for row in cursor.fetchall()}
        counts, count = _facet_counts(request, token_counts)
        hits = tuple(_hit(request, *rows_by_pk[pk]) for pk in page_pks if pk in rows_by_pk)
        return EngineResult(count=count, hits=hits, facet_counts=counts, approximate=approximate)

    @staticmethod
    def _page(cursor, statements, estimate):
        """The page's document pks: from the ranking candidates when they settle it, else from every match.

        Sorted by date or title, a search can walk that order's index (migration 0007) and stop at the page's last
        row: at once when many rows match; but each row walked checks the words on the out-of-line text vector,
        which the planner does not price, so with few matches (a rare word: 550 ms instead of 2 at 100,000
        documents) the GIN index must find them first."""
        if statements.ranks_candidates_first:
            cursor.execute(statements.candidates_page(), statements.params)
            rows = cursor.fetchall()
            if len(rows) == statements.request.page_size and rows[-1][1]:
                return [row[0] for row in rows]
        walk = not statements.tsquery or statements.request.effective_sort == Sort.RELEVANCE
        if not walk:
            estimate = facet_counts.estimated_rows(cursor, statements) if estimate is None else estimate
            walk = estimate >= WALK_ORDER_INDEX_ABOVE
        if not walk:
            cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(statements.page(), statements.params)
        pks = [row[0] for row in cursor.fetchall()]
        if not walk:
            cursor.execute("SET LOCAL enable_indexscan = on")
        return pks

    @staticmethod
    def _statements(cursor, request):
        return EntrySearch(request, resolve_tokens(cursor, facet_tokens(dict(request.filters))))

    @staticmethod
    def _planner_hints(cursor, statements):
        """Transaction-local planner settings, measured in bench/search.py. The planner does not price reading the
        out-of-line text vector: with words to match it would filter a sequential scan by them, row by row, where
        the GIN index answers at once; and checking a phrase against it is most of the work of a phrase search,
        which splits well across parallel workers (the single scan keeps its rows in memory). Any other search
        runs without workers: at 10,000 pages on 2 cores, starting one and merging its partial counts made the
        count of a broad word 21-23 ms where one process takes 14 (the page statements are index walks that stop
        at the page's last row, which workers do not shorten)."""
        hints = ["enable_seqscan = off"] if statements.tsquery else []
        if statements.reads_positions:
            hints += ["work_mem = '32MB'", "parallel_setup_cost = 0", "parallel_tuple_cost = 0"]
        else:
            hints.append("max_parallel_workers_per_gather = 0")
        cursor.execute("; ".join(f"SET LOCAL {hint}" for hint in hints))  # one round trip

    def count(self, request):
        if not self.is_postgresql:
            return python_search(self.using, request, count_only=True).count
        with connections[self.using].cursor() as cursor:
            statements = self._statements(cursor, request)
            cursor.execute(statements.total(), statements.params)
            return cursor.fetchone()[0]

    def suggest(self, text, language, audiences=(PUBLIC,), limit=8):
        tokens = fold(text).split()
        queryset = IndexDocument.objects.using(self.using).filter(locale=language, untranslated=False)
        queryset = queryset.filter(visibility__in=audiences)
        for token in tokens:
            queryset = queryset.filter(title_folded__contains=token)
        rows = list(queryset.values_list("title", "url", "facets", "title_folded")[: limit * 5])
        prefix = fold(text)
        rows.sort(key=lambda row: (not row[3].startswith(prefix), row[3]))  # as the Elasticsearch engine
        return [Suggestion(title=t, url=u, type=(f.get("type") or [""])[0]) for t, u, f, _ in rows[:limit]]

    def corrections(self, words, language, audiences=(PUBLIC,)):
        corrections = postgresql_corrections if self.is_postgresql else python_corrections
        return corrections(self.using, words, language, audiences)


def _facet_counts(request, token_counts):
    """(counts, total) from the ("facet:value", count) rows: every document has exactly one type, so the total is
    summed from the type counts (those of the selected types when types are filtered)."""
    counts = {facet: {} for facet in FACET_FIELDS}
    for token, count in token_counts:
        facet, _sep, value = token.partition(":")
        if facet in counts and count:
            counts[facet][value] = count
    type_values = dict(request.filters).get("type")
    total = sum(c for v, c in counts["type"].items() if type_values is None or v in type_values)
    return counts, total


def _row(document, python_side):
    language = document["locale"]
    return IndexDocument(
        doc_id=document["id"],
        page_id=document["page_id"],
        translation_key=document["translation_key"],
        locale=language,
        untranslated=document["untranslated"],
        visibility=document["visibility"],
        title=document["title"][:255],
        title_folded=fold(document["title"])[:255],
        summary=document["summary"],
        body=document["body"],
        keywords_text=document["keywords_text"],
        themes_text=document["themes_text"],
        labels_text=document["labels_text"],
        territory=document["territory"],
        countries_text=document["countries_text"],
        organisations_text=document["organisations_text"],
        authors=document["authors"],
        facets={facet: list(document.get(facet) or []) for facet in FACET_FIELDS},
        launch_year=document["launch_year"],
        published_year=document["published_year"],
        year=document["year"],
        title_sort=document["title_sort"],
        sort_date=document["sort_date"],
        url=document["url"],
        title_stems=_stored_terms(document["title"], language) if python_side else "",
        stems=_stored_terms(" ".join(document.get(name) or "" for name in TEXT_FIELDS), language)
        if python_side
        else "",
    )


def _stored_terms(text, language):
    """The terms of each word for the Python side: "acces|acce public" (search.engines.database_python reads it)."""
    return " ".join("|".join(forms) for forms in word_terms(text, language))


def _hit(request, page_id, title, url, facets, summary, body, locale, year, territory, untranslated):
    if isinstance(facets, str):
        facets = json.loads(facets)
    return Hit(
        page_id=page_id,
        title=title,
        url=url,
        type=(facets.get("type") or [""])[0],
        snippet=snippet(request, summary, body),
        locale=locale,
        themes=tuple(facets.get("theme") or ()),
        year=year,
        territory=territory,
        untranslated=untranslated,
    )


def snippet(request, summary, body):
    terms = request.query.positive_terms
    language = request.language
    if terms:
        for text in (summary, body):
            marked = highlight(text, terms, language)
            if "<mark>" in marked:
                return marked
    return highlight(summary or body, (), language)
