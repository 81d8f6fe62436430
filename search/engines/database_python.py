"""The database engine's search on backends without full-text SQL (SQLite): filtering, scoring and facet counting
in Python over the rows of one locale, with the normalisation of search.text. Meant for small sites."""

from collections import Counter

from search.documents import FACET_FIELDS
from search.facets import Sort
from search.models import IndexDocument
from search.query import PARTIAL, clauses, partial_minimum
from search.results import EngineResult
from search.text import word_terms


def _matcher(request):
    """A function scoring a row's (title_stems, stems) — None when the row does not match. A score is a tuple:
    (how many words and phrases matched, weight of the matches), so a partial search ranks by the first."""
    language = request.language
    needed = [
        [[word_terms(text, language) for _kind, text in form] for form in forms]
        for forms in clauses(request.query, language)
    ]
    excluded = [word_terms(text, language) for text in request.query.excluded]
    positive = bool(request.query)
    minimum = partial_minimum(len(needed)) if request.match == PARTIAL else len(needed)

    def score(title_stems, all_stems):
        words = [set(word.split("|")) for word in all_stems.split()]
        for sequence in excluded:
            if sequence and _contains_sequence(words, sequence):
                return None
        if not positive:
            return (0, 0.0)
        if not needed:
            return None  # only stop words: nothing to match, as on PostgreSQL
        counts = Counter(term for terms in words for term in terms)
        title = {term for word in title_stems.split() for term in word.split("|")}
        matched, total = 0, 0.0
        for forms in needed:
            scores = [_form_score(form, words, counts, title) for form in forms]
            best = max((value for value in scores if value is not None), default=None)
            if best is not None:
                matched += 1
                total += best
        return (matched, total) if matched >= minimum else None

    return score


def _form_score(form, words, counts, title):
    """The weight of a form's matches in a row (each of its words and phrases present), None when one is absent."""
    total = 0.0
    for sequence in form:
        if len(sequence) == 1:
            found = max(counts[term] for term in sequence[0])
            if not found:
                return None
            total += found + (4 if title.intersection(sequence[0]) else 0)
        elif _contains_sequence(words, sequence):
            total += 2
        else:
            return None
    return total


def _contains_sequence(words, sequence):
    """Whether the words (sets of terms) hold the sequence (the terms of each word) at consecutive positions."""
    size = len(sequence)
    return any(
        all(words[i + j].intersection(terms) for j, terms in enumerate(sequence)) for i in range(len(words) - size + 1)
    )


def _matched_rows(using, request):
    """(pk, facets, score, year, sort date, title sort) of the documents the words match, before facet filters."""
    queryset = IndexDocument.objects.using(using).filter(locale=request.language)
    queryset = queryset.filter(visibility__in=request.audiences)
    if not request.include_untranslated:
        queryset = queryset.filter(untranslated=False)
    for name, low, high in request.year_ranges:
        if low is not None:
            queryset = queryset.filter(**{f"{name}__gte": low})
        if high is not None:
            queryset = queryset.filter(**{f"{name}__lte": high})
    score = _matcher(request)
    matched = []
    for pk, facets, title_stems, all_stems, year, sort_date, title_sort in queryset.values_list(
        "pk", "facets", "title_stems", "stems", "year", "sort_date", "title_sort"
    ):
        value = score(title_stems, all_stems)
        if value is not None:
            matched.append((pk, facets, value, year or 0, sort_date, title_sort))
    return matched


def _sorted(rows, sort):
    if sort == Sort.TITLE:
        return sorted(rows, key=lambda row: (row[5], row[0]))
    # documents without a date last (some have none: a datetime and None cannot be compared)
    rows = sorted(rows, key=lambda row: (row[4] is not None, row[4].timestamp() if row[4] else 0, row[0]), reverse=True)
    rows.sort(key=lambda row: row[3], reverse=True)
    if sort == Sort.RELEVANCE:
        rows.sort(key=lambda row: row[2], reverse=True)
    return rows


def _page_hits(using, request, rows, hit):
    start = (request.page - 1) * request.page_size
    page_ids = [row[0] for row in rows[start : start + request.page_size]]
    fields = ("pk", "page_id", "title", "url", "facets", "summary", "body", "locale", "year", "territory",
              "untranslated")  # fmt: skip
    found = {row[0]: row[1:] for row in IndexDocument.objects.using(using).filter(pk__in=page_ids).values_list(*fields)}
    return tuple(hit(request, *found[pk]) for pk in page_ids)


def python_search(using, request, count_only=False):
    # search.engines.database dispatches to this module when the database is not PostgreSQL.
    from search.engines.database import _hit

    matched = _matched_rows(using, request)
    selected = request.filter_map

    def passes(facets, skip=None):
        return all(set(facets.get(facet) or ()) & set(values) for facet, values in selected.items() if facet != skip)

    hits_rows = [row for row in matched if passes(row[1])]
    if count_only:
        return EngineResult(count=len(hits_rows), hits=())
    facet_counts = {}
    for facet in FACET_FIELDS:
        counter = Counter()
        for row in matched:
            if passes(row[1], skip=facet):
                counter.update(set(row[1].get(facet) or ()))
        facet_counts[facet] = dict(counter)
    hits = _page_hits(using, request, _sorted(hits_rows, request.effective_sort), _hit)
    return EngineResult(count=len(hits_rows), hits=hits, facet_counts=facet_counts)
