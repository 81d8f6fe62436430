"""The PostgreSQL side of the database engine: the narrow entry rows a search reads, and the SQL of a search.

`search_indexdocument` keeps what a hit shows (title, summary, body, URL…), a wide row per document.
`search_indexentry` (migration 0005) keeps what a search filters, ranks, sorts and counts, a narrow row per
document: the scope columns, the facet values as integer ids grouped by facet, the title and summary vector for
ranking, and the full-text vector, stored out of line so a row stays small. One GIN index covers the text and the
facet ids together, so "these words and this theme" is a single index scan. Measured in bench/search.py at
100,000 documents: a search reads a third of the pages it read on the wide rows.

A search is two statements: the page of hits (ranked or sorted, all filters) and the facet counts (one GROUP BY
over the rows that fail at most one selected facet). Phrases and exclusions read the positions out of line, so for
them one statement scans once and both answers come from its materialised rows.
"""

import json

from home.versions import content_version
from search.facets import Sort
from search.query import PARTIAL, clauses, partial_minimum
from search.schema import FACET_FIELDS, WEIGHTS
from search.text import word_terms

DOCUMENTS = "search_indexdocument"
ENTRIES = "search_indexentry"
SAMPLE_SLICES = 64  # the slices of search_entry_sample (migration 0007)
# Above this many distinct lexemes, a page's ranking candidates are the rows holding any one of them, rather than
# one of their pairs (the number of pairs grows as the square).
MAX_PAIRED_LEXEMES = 8

# The "facet:value" tokens of new documents get their integer id (search_facet_token).
TOKENS_SQL = f"""
INSERT INTO search_facet_token (token)
SELECT DISTINCT kv.key || ':' || v.value
FROM {DOCUMENTS} d, jsonb_each(d.facets) kv, jsonb_array_elements_text(kv.value) v WHERE d.id = ANY(%s)
ON CONFLICT (token) DO NOTHING
"""

# The entry of each document. Its terms come from search.text (the analysis every engine follows), one tsvector
# literal per weight (search.schema.WEIGHTS; A highest) holding both terms of each word at the word's position:
# no text-search configuration is involved. The facet ids and bounds come from Python too (entry_facets).
ENTRIES_SQL = f"""
INSERT INTO {ENTRIES} (id, locale, visibility, untranslated, launch_year, published_year, year, sort_date,
                       title_folded, title_sort, facet_ids, facet_bounds, rank_vector, search_vector)
SELECT d.id, d.locale, d.visibility, d.untranslated, d.launch_year, d.published_year, d.year, d.sort_date,
       d.title_folded, d.title_sort, f.facet_ids, f.facet_bounds, v.ranked,
       v.ranked || setweight(f.c::tsvector, 'C') || setweight(f.d::tsvector, 'D')
FROM {DOCUMENTS} d
JOIN jsonb_to_recordset(%s::jsonb)
     AS f(id bigint, facet_ids integer[], facet_bounds smallint[], a text, b text, c text, d text) ON f.id = d.id
CROSS JOIN LATERAL (SELECT setweight(f.a::tsvector, 'A') || setweight(f.b::tsvector, 'B') AS ranked) v
"""


def write_entries(cursor, documents_by_id):
    """Create the entries of documents already in search_indexdocument ({document pk: index document})."""
    if not documents_by_id:
        return
    facets_by_id = {pk: _facets(document) for pk, document in documents_by_id.items()}
    cursor.execute(TOKENS_SQL, [list(facets_by_id)])
    token_ids = resolve_tokens(cursor, {token for facets in facets_by_id.values() for token in facet_tokens(facets)})
    rows = [
        {"id": pk, **entry_facets(facets_by_id[pk], token_ids), **weighted_terms(document)}
        for pk, document in documents_by_id.items()
    ]
    cursor.execute(ENTRIES_SQL, [json.dumps(rows)])


def weighted_terms(document):
    """{"a": tsvector literal, …}: the analysed text of the document's fields of each weight, each word's terms at
    its position ("'acces':1 'acce':1 'public':2")."""
    language = document["locale"]
    return {
        letter.lower(): vector_literal(" ".join(document.get(name) or "" for name in names), language)
        for letter, names in WEIGHTS.items()
    }


def vector_literal(text, language):
    return " ".join(
        f"{_lexeme(term)}:{position}" for position, forms in enumerate(word_terms(text, language), 1) for term in forms
    )


def query_literal(text, language, kind="word"):
    """A visitor's word or phrase as a tsquery literal analysed like the documents, either term of each of its
    words matching: "('acces' | 'acce') <-> 'public'" for a phrase; the words of a hyphenated word ("e-inclusion")
    all required, as plainto_tsquery would. None when it is only stop words."""
    words = [f"({' | '.join(map(_lexeme, forms))})" for forms in word_terms(text, language)]
    return f" {'<->' if kind == 'phrase' else '&'} ".join(words) or None


def _lexeme(term):
    """A quoted lexeme: the terms are made by search.text, never typed as tsquery syntax."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def _facets(document):
    return {facet: list(document.get(facet) or []) for facet in FACET_FIELDS}


def refresh_after_rebuild(cursor, in_transaction):
    """A rebuild rewrites every entry: fold the GIN index's pending list in and refresh the planner's statistics
    now, not at autovacuum's next pass. Until then each search scans the pending list and plans from guesses
    (p95 1.1 s instead of 0.19 s in the 100,000-document benchmark). VACUUM cannot run inside a transaction:
    there, the same without reclaiming space."""
    if in_transaction:
        cursor.execute("SELECT gin_clean_pending_list('search_entry_match_gin')")
        cursor.execute("SELECT gin_clean_pending_list('search_entry_rank_gin')")
        cursor.execute(f"ANALYZE {ENTRIES}, {DOCUMENTS}")
    else:
        cursor.execute(f"VACUUM ANALYZE {ENTRIES}, {DOCUMENTS}")


def facet_tokens(facets):
    """The "facet:value" tokens of a facets dict {facet: [value, …]}."""
    return [f"{facet}:{value}" for facet, values in facets.items() for value in values]


def entry_facets(facets, token_ids):
    """A document's facet ids grouped by facet (in FACET_FIELDS order) and where each group starts: the ids of
    facet i are facet_ids[facet_bounds[i + 1] + 1 : facet_bounds[i + 2]] in SQL (arrays count from 1)."""
    facet_ids, bounds = [], [0]
    for facet in FACET_FIELDS:
        facet_ids.extend(sorted({token_ids[f"{facet}:{value}"] for value in facets.get(facet) or ()}))
        bounds.append(len(facet_ids))
    return {"facet_ids": facet_ids, "facet_bounds": bounds}


def resolve_tokens(cursor, tokens):
    """{"facet:value": id} for the tokens that exist; a value nobody has has no id and matches nothing."""
    if not tokens:
        return {}
    cursor.execute("SELECT token, id FROM search_facet_token WHERE token = ANY(%s)", [list(tokens)])
    return dict(cursor.fetchall())


class EntrySearch:
    """The SQL of one search over the entries, with named parameters."""

    def __init__(self, request, token_ids):
        self.request = request
        self.params = {"language": request.language}
        self.selected = []  # (position of the facet in FACET_FIELDS, parameter name of its value ids)
        for index, (facet, values) in enumerate(request.filters):
            name = f"values{index}"
            self.params[name] = sorted({token_ids[t] for t in (f"{facet}:{v}" for v in values) if t in token_ids})
            self.selected.append((FACET_FIELDS.index(facet), name))
        self.lexemes = []  # every lexeme of the words and phrases, in order (the page's ranking candidates)
        self.clauses = self._clauses()
        self.tsquery = f" {'||' if request.match == PARTIAL else '&&'} ".join(self.clauses)
        self.scope = self._scope()

    # Pieces ------------------------------------------------------------------------------------------------------

    def _clauses(self):
        """A tsquery per word and phrase, analysed in Python like the documents; stop words are dropped (a word that
        is only a stop word asks for nothing)."""
        parts = []
        language = self.request.language
        for index, forms in enumerate(clauses(self.request.query, language)):
            # one tsquery literal a part: its forms ORed, each form's words and phrases ANDed (one statement for a
            # synonym group, however many forms)
            self.params[f"clause{index}"] = " | ".join(
                "(" + " & ".join(f"({query_literal(text, language, kind)})" for kind, text in form) + ")"
                for form in forms
            )
            for form in forms:
                for _kind, text in form:
                    self.lexemes += [_lexeme(term) for terms in word_terms(text, language) for term in terms]
            parts.append(f"%(clause{index})s::tsquery")
        return parts

    @property
    def matched(self):
        """How many of the words and phrases a row matches (a partial search ranks by it)."""
        return " + ".join(f"(search_vector @@ {clause})::int" for clause in self.clauses)

    def _scope(self):
        """Locale, visibility, translation, year ranges, words and exclusions: everything but the facets."""
        request = self.request
        clauses = ["locale = %(language)s"]
        self.params["audiences"] = list(request.audiences)
        clauses.append("visibility = ANY(%(audiences)s)")
        if not request.include_untranslated:
            clauses.append("NOT untranslated")
        for name, low, high in request.year_ranges:
            for bound, operator, value in (("from", ">=", low), ("to", "<=", high)):
                if value is not None:
                    self.params[f"{name}_{bound}"] = value
                    clauses.append(f"{name} {operator} %({name}_{bound})s")
        if self.tsquery:
            clauses.append(f"search_vector @@ ({self.tsquery})")
            if request.match == PARTIAL:
                self.params["minimum"] = partial_minimum(len(self.clauses))
                clauses.append(f"({self.matched}) >= %(minimum)s")
        elif request.query:
            clauses.append("FALSE")  # only stop words: nothing to match, as on every engine
        for index, text in enumerate(request.query.excluded):
            analysed = query_literal(text, request.language, "phrase")
            if analysed:
                self.params[f"excluded{index}"] = analysed
                clauses.append(f"NOT (search_vector @@ %(excluded{index})s::tsquery)")
        return " AND ".join(clauses)

    def _matches(self, name):
        return f"facet_ids && %({name})s::integer[]"

    @property
    def passing(self):
        """Rows passing every selected facet."""
        return " AND ".join(self._matches(name) for _position, name in self.selected) or "TRUE"

    @property
    def near(self):
        """Rows failing at most one selected facet: the rows facet counts come from (disjunctive counts). Said as
        "every two selected facets, one matches", each an `&&` the GIN index answers, rather than a sum of flags
        checked row by row."""
        pairs = []
        for index, (_position, first) in enumerate(self.selected):
            for _other, second in self.selected[index + 1 :]:
                pairs.append(f"facet_ids && (%({first})s::integer[] || %({second})s::integer[])")
        return " AND ".join(pairs) or "TRUE"

    @property
    def counted_ids(self):
        """The facet ids a row counts for: all of them when it passes every filter; when it fails one selected
        facet, only that facet's ids (its values keep the count they would have without their own filter)."""
        if not self.selected:
            return "facet_ids"
        cases = " ".join(
            f"WHEN NOT ({self._matches(name)}) THEN {_ids_of_facet(position)}" for position, name in self.selected
        )
        return f"CASE WHEN {self.passing} THEN facet_ids {cases} END"

    def _order(self, sort, rank_passing_only=False):
        """(ORDER BY, the sort key column). The rank costs a function call a row: in one scan, only the rows
        passing every filter (the page's candidates) compute it."""
        if sort == Sort.RELEVANCE:
            rank = f"ts_rank(rank_vector, {self.tsquery})" if self.tsquery else "0::real"
            if rank_passing_only:
                rank = f"CASE WHEN {self.passing} THEN {rank} END"
            if self.request.match == PARTIAL and self.clauses:
                return "matched DESC, rank DESC, year DESC NULLS LAST, id", f"{self.matched} AS matched, {rank} AS rank"
            return "rank DESC, year DESC NULLS LAST, id", f"{rank} AS rank"
        if sort == Sort.NEWEST:
            return "year DESC NULLS LAST, sort_date DESC NULLS LAST, id", "sort_date"
        # the key of home.sorting, compared by code point as Python and Elasticsearch compare it
        return 'title_sort COLLATE "C", id', "title_sort"

    def _paging(self):
        self.params["limit"] = self.request.page_size
        self.params["offset"] = (self.request.page - 1) * self.request.page_size
        return "LIMIT %(limit)s OFFSET %(offset)s"

    # Statements --------------------------------------------------------------------------------------------------

    @property
    def reads_positions(self):
        return bool(self.request.query.phrases or self.request.query.excluded)

    @property
    def ranks_candidates_first(self):
        """Whether the page can come from the ranking candidates (see candidates_page)."""
        return (
            self.request.effective_sort == Sort.RELEVANCE
            and self.request.match != PARTIAL
            and bool(self.tsquery)
            and bool(self.lexemes)
        )

    def _candidates(self):
        """A tsquery every row ranking above 1e-20 matches on its ranking vector. ts_rank (PostgreSQL's tsrank.c)
        gives a row that holds none of the query's lexemes 0, and, when the query's top operator is AND, a row
        holding fewer than two distinct ones 0 or 1e-20: with several words, at least two lexemes of the query
        (a pair of them), else any one."""
        lexemes = list(dict.fromkeys(self.lexemes))
        if self._and_at_the_top and len(lexemes) <= MAX_PAIRED_LEXEMES:
            pairs = [f"({first} & {second})" for index, first in enumerate(lexemes) for second in lexemes[index + 1 :]]
            return " | ".join(pairs)
        return " | ".join(lexemes)

    @property
    def _and_at_the_top(self):
        """Whether the query's top operator is AND or a phrase's: several parts ("a && b"), or one part that is
        one word or phrase of several words ("(a <-> b)", "(e & inclusion)"). Not known: False (any lexeme)."""
        if len(self.clauses) >= 2:
            return True
        forms = clauses(self.request.query, self.request.language)
        if len(forms) != 1 or len(forms[0]) != 1 or len(forms[0][0]) != 1:
            return False
        _kind, text = forms[0][0][0]
        return len(word_terms(text, self.request.language)) >= 2

    def candidates_page(self):
        """(document pk, whether it ranks above 1e-20) of the page among the rows holding the words in their
        ranking vector (found by search_entry_rank_gin, a fraction of the matches of a broad search). Every other
        matching row ranks 1e-20 or less: when the page is full and its last row ranks above that, no other row
        can come before it, and the page is the one page() gives; otherwise page() is asked."""
        self.params["candidates"] = self._candidates()
        return (
            f"SELECT id, rank > 1e-20::real FROM (SELECT id, year, ts_rank(rank_vector, {self.tsquery}) AS rank "
            f"FROM {ENTRIES} WHERE {self.scope} AND {self.passing} "
            f"AND rank_vector @@ %(candidates)s::tsquery) candidates "
            f"ORDER BY rank DESC, year DESC NULLS LAST, id {self._paging()}"
        )

    def page(self):
        """(document pk, …) of the page, in order."""
        order, key = self._order(self.request.effective_sort)
        return (
            f"SELECT id FROM (SELECT id, year, {key} FROM {ENTRIES} WHERE {self.scope} AND {self.passing}) passing "
            f"ORDER BY {order} {self._paging()}"
        )

    def counts(self, sample_percent=None, sample_slices=None):
        """(facet id, count) rows; over a sample when asked (search.engines.facet_counts): `sample_percent` of
        the table's pages (no words to match), or the rows of the first `sample_slices` of SAMPLE_SLICES slices
        (with words: the GIN index finds the rows, search_entry_sample the slices, and only the rows of both are
        read). Both fixed: the same search counts the same sample."""
        table, scope = ENTRIES, self.scope
        if sample_percent is not None:
            self.params["sample_percent"] = sample_percent
            table = f"{ENTRIES} TABLESAMPLE SYSTEM (%(sample_percent)s) REPEATABLE (0)"
        if sample_slices is not None:
            self.params["sample_slices"] = sample_slices
            # the expression of the index search_entry_sample (migration 0007), as written there
            scope = f"{scope} AND (id %% {SAMPLE_SLICES}) < %(sample_slices)s"
        rows = f"SELECT {self.counted_ids} AS counted_ids FROM {table} WHERE {scope} AND {self.near}"
        return _token_counts(rows)

    @property
    def counts_apart_by_facet(self):
        """Whether the counts can come from the rows passing the filter and from the scope's counts of the
        filtered facet (see passing_counts): one selected facet and no words (those scope counts are shared by
        every such search, and kept: search.engines.facet_counts.count_one_facet)."""
        return len(self.selected) == 1 and not self.tsquery and not self.reads_positions

    def passing_counts(self):
        """(facet id, count) over the rows passing every filter, all their facet ids. With one selected
        facet F, the disjunctive counts are these for every facet but F, and scope_counts(F) for F: a row failing
        F counts its F ids only, a passing row all of them, so F's values count over every row of the scope. The
        passing rows are found by the GIN index: a fraction of the scope for a narrow filter."""
        return _token_counts(f"SELECT facet_ids AS counted_ids FROM {ENTRIES} WHERE {self.scope} AND {self.passing}")

    def scope_counts(self, position):
        """(facet id, count) of one facet (its position in FACET_FIELDS) over every row of the scope."""
        return _token_counts(f"SELECT {_ids_of_facet(position)} AS counted_ids FROM {ENTRIES} WHERE {self.scope}")

    def one_scan(self):
        """Both in one statement over the materialised rows: (NULL, position, pk) for the page, then
        (facet id, NULL, count)."""
        order, key = self._order(self.request.effective_sort, rank_passing_only=True)
        return (
            f"WITH matched AS MATERIALIZED (SELECT id, year, {key}, {self.counted_ids} AS counted_ids, "
            f"{self.passing} AS passing FROM {ENTRIES} WHERE {self.scope} AND {self.near}), "
            f"page AS (SELECT * FROM matched WHERE passing ORDER BY {order} {self._paging()}) "
            f"SELECT NULL::integer, row_number() OVER (ORDER BY {order}), id FROM page "
            f"UNION ALL SELECT fid, NULL::bigint, count FROM ({_token_counts('SELECT counted_ids FROM matched')}) c"
        )

    def total(self):
        return f"SELECT count(*) FROM {ENTRIES} WHERE {self.scope} AND {self.passing}"


def _ids_of_facet(position):
    """The slice of facet_ids holding one facet's ids (see entry_facets)."""
    return f"facet_ids[facet_bounds[{position + 1}] + 1:facet_bounds[{position + 2}]]"


def _token_counts(rows):
    """(facet id, count) over the `counted_ids` of some rows; named_counts gives the ids their tokens."""
    return f"SELECT fid, count(*) AS count FROM (SELECT unnest(counted_ids) AS fid FROM ({rows}) r) ids GROUP BY fid"


# {token id: "facet:value"} read from search_facet_token, kept in the process: a token's id never changes (tokens
# are only ever inserted), so the counts need no join to that table (a sort and a merge of every counted id, 1 ms
# of a broad search's 14 at 10,000 pages). Dropped when the content version changes (every index write bumps it)
# so a restored database, whose ids may name other tokens, is never read with this process's names.
_names = {"version": None, "tokens": {}}


def named_counts(cursor, id_counts):
    """("facet:value", count) rows from (facet id, count) rows; ids this process has not seen yet are read once."""
    version = content_version()
    names = _names["tokens"] if _names["version"] == version else {}
    missing = [fid for fid, _count in id_counts if fid not in names]
    if missing:
        cursor.execute("SELECT id, token FROM search_facet_token WHERE id = ANY(%s)", [missing])
        names = {**names, **dict(cursor.fetchall())}
        _names.update(version=version, tokens=names)  # a new dict: requests reading the old one are not disturbed
    return [(names[fid], count) for fid, count in id_counts]
