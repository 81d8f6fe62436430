"""The database engine: the embedded default and the fallback of Elasticsearch, over search.models.IndexDocument.

On PostgreSQL: full-text search with a text-search configuration per language (unaccent + Snowball stemmer,
created in migration 0002), GIN indexes, facet counts in SQL with disjunctive semantics. On SQLite (small sites,
`make run` on a fresh machine): the same normalisation done in Python (search.text) over the rows of the locale.
"""

import json

from django.db import connections, transaction

from search.documents import FACET_FIELDS
from search.engines.base import Engine
from search.engines.database_python import python_search
from search.facets import Sort, Visibility
from search.models import IndexDocument
from search.results import EngineResult, Hit, Suggestion
from search.text import fold, highlight, stems

TS_CONFIGS = {"fr": "rc_french", "en": "rc_english", "es": "rc_spanish"}
TABLE = IndexDocument._meta.db_table
CHUNK = 500
# The "facet:value" tokens of new rows get their integer id (migration 0004) before the rows' facet_ids are filled.
TOKENS_SQL = """
INSERT INTO search_facet_token (token)
SELECT DISTINCT kv.key || ':' || v.value
FROM {table} d, jsonb_each(d.facets) kv, jsonb_array_elements_text(kv.value) v WHERE d.id = ANY(%s)
ON CONFLICT (token) DO NOTHING
"""
# The ids of the selected "facet:value" tokens, resolved once per query (an init plan); unknown values match nothing.
FACET_IDS = "(SELECT coalesce(array_agg(id), '{}') FROM search_facet_token WHERE token = ANY(%s::text[]))"

# The weight of each field in the ranking (A highest).
VECTOR_SQL = """
UPDATE {table} SET search_vector =
    setweight(to_tsvector(cfg, coalesce(title, '')), 'A')
 || setweight(to_tsvector(cfg, coalesce(summary, '') || ' ' || keywords_text || ' ' || themes_text), 'B')
 || setweight(to_tsvector(cfg, territory || ' ' || organisations_text || ' ' || authors), 'C')
 || setweight(to_tsvector(cfg, coalesce(body, '')), 'D'),
    rank_vector = setweight(to_tsvector(cfg, coalesce(title, '')), 'A')
 || setweight(to_tsvector(cfg, coalesce(summary, '') || ' ' || keywords_text || ' ' || themes_text), 'B'),
    facet_ids = ARRAY(
        SELECT t.id FROM jsonb_each(facets) kv, jsonb_array_elements_text(kv.value) v, search_facet_token t
        WHERE t.token = kv.key || ':' || v.value ORDER BY t.id
    )
FROM (SELECT id AS doc_pk, (CASE locale {cases} ELSE 'rc_french' END)::regconfig AS cfg
      FROM {table} WHERE id = ANY(%s)) AS configs
WHERE id = configs.doc_pk
"""


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

    def replace_groups(self, documents_by_key):
        """replace_group for many groups: one delete and batched inserts."""
        with transaction.atomic(using=self.using):
            IndexDocument.objects.using(self.using).filter(translation_key__in=list(documents_by_key)).delete()
            self._insert([document for documents in documents_by_key.values() for document in documents])

    def delete_group(self, translation_key):
        IndexDocument.objects.using(self.using).filter(translation_key=translation_key).delete()

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
        return count

    def index_documents(self, documents):
        """Insert or replace documents (by id) in bulk."""
        documents = list(documents)
        with transaction.atomic(using=self.using):
            ids = [document["id"] for document in documents]
            IndexDocument.objects.using(self.using).filter(doc_id__in=ids).delete()
            return self._insert(documents)

    def _insert(self, documents):
        if not documents:
            return 0
        python_side = not self.is_postgresql
        rows = [_row(document, python_side) for document in documents]
        created = IndexDocument.objects.using(self.using).bulk_create(rows, batch_size=CHUNK)
        if not python_side:
            ids = [row.pk for row in created]
            if ids[0] is None:  # bulk_create returns primary keys on PostgreSQL; guard other backends anyway
                ids = list(
                    IndexDocument.objects.using(self.using)
                    .filter(doc_id__in=[d["id"] for d in documents])
                    .values_list("pk", flat=True)
                )
            cases = " ".join(f"WHEN '{code}' THEN '{config}'" for code, config in TS_CONFIGS.items())
            with connections[self.using].cursor() as cursor:
                cursor.execute(TOKENS_SQL.format(table=TABLE), [ids])
                cursor.execute(VECTOR_SQL.format(table=TABLE, cases=cases), [ids])
        return len(rows)

    # Reading -----------------------------------------------------------------------------------------------------

    def search(self, request):
        """One scan of the matching rows feeds both the facet counts and the page of hits (see _scan_sql); the wide
        columns (text for snippets) are then read for the page's rows only."""
        if not self.is_postgresql:
            return python_search(self.using, request)
        sql, params = self._scan_sql(request)
        selected = [facet for facet, _values in request.filters]
        with transaction.atomic(using=self.using), connections[self.using].cursor() as cursor:
            self._planner_hints(cursor, request)
            cursor.execute(sql, params)
            scanned = cursor.fetchall()
            page_pks = [row[2] for row in sorted((row for row in scanned if row[0] is None), key=lambda r: r[1])]
            rows_by_pk = {}
            if page_pks:
                cursor.execute(
                    f"SELECT id, page_id, title, url, facets, summary, body, locale, year, territory, untranslated "
                    f"FROM {TABLE} WHERE id = ANY(%s)",
                    [page_pks],
                )
                rows_by_pk = {row[0]: row[1:] for row in cursor.fetchall()}
        facet_counts, count = _facet_counts(request, selected, [row for row in scanned if row[0] is not None])
        hits = tuple(_hit(request, *rows_by_pk[pk]) for pk in page_pks if pk in rows_by_pk)
        return EngineResult(count=count, hits=hits, facet_counts=facet_counts)

    def _scan_sql(self, request):
        """Disjunctive facet counts and the page of hits from one scan. `matched` holds the rows failing at most one
        selected facet, with a flag per facet; a value of an unselected facet counts rows passing every filter, a
        value of a selected facet rows passing all the others; the page is taken from the rows passing every filter.
        Rows come back as (NULL, position, pk, ...) for the page and (token, token, counts...) for the counts. The
        rank is computed for the rows passing every filter only, the sort keys are narrow columns."""
        where, params = self._where(request, include_facets=False)
        selected = [facet for facet, _values in request.filters]
        flag_params = [_tokens(facet, values) for facet, values in request.filters]
        flags = [f"facet_ids && {FACET_IDS} AS m{i}" for i in range(len(selected))]
        near, near_params = "", []
        if selected:
            near = " AND (" + " + ".join(f"(facet_ids && {FACET_IDS})::int" for _ in selected) + ") >= %s"
            near_params = flag_params + [len(selected) - 1]
        all_flags = " AND ".join(f"m{i}" for i in range(len(selected))) or "TRUE"
        sort = request.effective_sort
        rank_sql, rank_params = self._rank(request) if sort == Sort.RELEVANCE else ("0", [])
        # The rank is computed in the scan for the rows passing every filter (rank_vector itself would make the
        # materialised rows spill to disk at 100,000 documents).
        passing = " AND ".join(f"facet_ids && {FACET_IDS}" for _ in selected) or "TRUE"
        extra = {
            Sort.RELEVANCE: f"CASE WHEN {passing} THEN {rank_sql} END AS rank",
            Sort.NEWEST: "sort_date",
            Sort.TITLE: "title_folded",
        }[sort]
        extra_params = flag_params + rank_params if sort == Sort.RELEVANCE else []
        page_columns, order = {
            Sort.RELEVANCE: ("id, year, rank", "rank DESC, year DESC NULLS LAST, id"),
            Sort.NEWEST: ("id, year, sort_date", "year DESC NULLS LAST, sort_date DESC NULLS LAST, id"),
            Sort.TITLE: ("id, title_folded", "title_folded, id"),
        }[sort]
        counters = [f"count(*) FILTER (WHERE {all_flags})"]
        for skipped in range(len(selected)):
            others = " AND ".join(f"m{i}" for i in range(len(selected)) if i != skipped) or "TRUE"
            counters.append(f"count(*) FILTER (WHERE {others})")
        blanks = ", NULL" * (len(counters) - 1)
        flag_names = "".join(f", m{i}" for i in range(len(selected)))
        columns = ", ".join(["id", "year", "facet_ids", *flags, extra])
        sql = (
            f"WITH matched AS MATERIALIZED (SELECT {columns} FROM {TABLE} WHERE {where}{near}), "
            f"page AS (SELECT {page_columns} FROM matched WHERE {all_flags} ORDER BY {order} LIMIT %s OFFSET %s) "
            f"SELECT NULL::text, row_number() OVER (ORDER BY {order}), id{blanks} FROM page "
            f"UNION ALL SELECT t.token, NULL::bigint, {', '.join(f'c{j}' for j in range(len(counters)))} "
            f"FROM (SELECT fid, {', '.join(f'{counter} AS c{j}' for j, counter in enumerate(counters))} "
            f"FROM (SELECT unnest(facet_ids) AS fid{flag_names} FROM matched) tokens GROUP BY fid) counted "
            f"JOIN search_facet_token t ON t.id = counted.fid"
        )
        offset = (request.page - 1) * request.page_size
        return sql, flag_params + extra_params + params + near_params + [request.page_size, offset]

    @staticmethod
    def _planner_hints(cursor, request):
        """Transaction-local planner settings, measured in bench/search.py: with words to match, the GIN index
        beats a sequential scan even for common words (the rows are wide: the whole text and its vector), and on
        small machines parallel workers cost more to start than they save on these short queries."""
        cursor.execute("SET LOCAL max_parallel_workers_per_gather = 0")
        if request.query.words or request.query.phrases:
            cursor.execute("SET LOCAL enable_seqscan = off")

    def count(self, request):
        if not self.is_postgresql:
            return python_search(self.using, request, count_only=True).count
        where, params = self._where(request)
        with connections[self.using].cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {TABLE} WHERE {where}", params)
            return cursor.fetchone()[0]

    def suggest(self, text, language, partner=False, limit=8):
        tokens = fold(text).split()
        queryset = IndexDocument.objects.using(self.using).filter(locale=language, untranslated=False)
        if not partner:
            queryset = queryset.filter(visibility=Visibility.PUBLIC)
        for token in tokens:
            queryset = queryset.filter(title_folded__contains=token)
        rows = list(queryset.values_list("title", "url", "facets", "title_folded")[: limit * 5])
        prefix = fold(text)
        rows.sort(key=lambda row: (not row[3].startswith(prefix), len(row[0]), row[3]))
        return [Suggestion(title=t, url=u, type=(f.get("type") or [""])[0]) for t, u, f, _ in rows[:limit]]

    def _tsquery(self, request):
        config = TS_CONFIGS.get(request.language, "rc_french")
        parts, params = [], []
        for word in request.query.words:
            parts.append(f"plainto_tsquery('{config}', %s)")
            params.append(word)
        for phrase in request.query.phrases:
            parts.append(f"phraseto_tsquery('{config}', %s)")
            params.append(phrase)
        return " && ".join(parts), params

    def _rank(self, request):
        tsquery, params = self._tsquery(request)
        if not tsquery:
            return "0", []
        return f"ts_rank(rank_vector, {tsquery})", params

    def _where(self, request, skip_facet=None, include_facets=True):
        clauses, params = ["locale = %s"], [request.language]
        if not request.partner:
            clauses.append("visibility = %s")
            params.append(Visibility.PUBLIC.value)
        if not request.include_untranslated:
            clauses.append("NOT untranslated")
        for name, low, high in request.year_ranges:
            if low is not None:
                clauses.append(f"{name} >= %s")
                params.append(low)
            if high is not None:
                clauses.append(f"{name} <= %s")
                params.append(high)
        if include_facets:
            for facet, values in request.filters:
                if facet == skip_facet:
                    continue
                clauses.append(f"facet_ids && {FACET_IDS}")
                params.append(_tokens(facet, values))
        tsquery, query_params = self._tsquery(request)
        if request.query.words or request.query.phrases:
            clauses.append(f"search_vector @@ ({tsquery})")
            params.extend(query_params)
        config = TS_CONFIGS.get(request.language, "rc_french")
        for excluded in request.query.excluded:
            clauses.append(f"NOT (search_vector @@ phraseto_tsquery('{config}', %s))")
            params.append(excluded)
        return " AND ".join(clauses), params


def _facet_counts(request, selected, token_rows):
    """(counts, total) from the scanned (token, _, all, without facet 0, ...) rows: every document has exactly one
    type, so the total is summed from the type counts."""
    counts = {facet: {} for facet in FACET_FIELDS}
    for token, _blank, all_count, *without in token_rows:
        facet, _sep, value = token.partition(":")
        if facet not in counts:
            continue
        count = without[selected.index(facet)] if facet in selected else all_count
        if count:
            counts[facet][value] = count
    type_values = dict(request.filters).get("type")
    type_counts = counts.get("type", {})
    total = sum(c for v, c in type_counts.items() if type_values is None or v in type_values)
    return counts, total


def _tokens(facet, values):
    return [f"{facet}:{value}" for value in values]


def _row(document, python_side):
    text_fields = (
        "title",
        "summary",
        "keywords_text",
        "themes_text",
        "territory",
        "organisations_text",
        "authors",
        "body",
    )
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
        territory=document["territory"],
        organisations_text=document["organisations_text"],
        authors=document["authors"],
        facets={facet: list(document.get(facet) or []) for facet in FACET_FIELDS},
        launch_year=document["launch_year"],
        published_year=document["published_year"],
        year=document["year"],
        sort_date=document["sort_date"],
        url=document["url"],
        title_stems=" ".join(stems(document["title"], language)) if python_side else "",
        stems=" ".join(stems(" ".join(document[name] for name in text_fields), language)) if python_side else "",
    )


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
