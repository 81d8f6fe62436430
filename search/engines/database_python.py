"""The database engine's search on backends without full-text SQL (SQLite): filtering, scoring and facet counting
in Python over the rows of one locale, with the normalisation of search.text. Meant for small sites."""

from collections import Counter

from search.documents import FACET_FIELDS
from search.facets import Sort
from search.models import IndexDocument
from search.results import EngineResult
from search.text import stems


def _matcher(request):
    """A function scoring a row's (title_stems, stems) — None when the row does not match."""
    language = request.language
    word_stems = [stems(word, language) for word in request.query.words]
    phrase_stems = [stems(phrase, language) for phrase in request.query.phrases]
    excluded = [stems(text, language) for text in request.query.excluded]
    positive = bool(request.query)
    needed = [s for s in word_stems if s] + [s for s in phrase_stems if s]
    # Synonym groups: the typed words (all of them) or any one of the equivalent phrases.
    either = [
        ([s for s in (stems(word, language) for word in group.words) if s],
         [s for s in (stems(phrase, language) for phrase in group.phrases) if s])
        for group in request.query.alternatives
    ]  # fmt: skip
    either = [(typed, phrases) for typed, phrases in either if typed or phrases]

    def part_score(sequence, tokens, counts, title):
        """A word's or phrase's score in a row, None when it is absent."""
        if len(sequence) == 1:
            return counts[sequence[0]] + (4 if sequence[0] in title else 0) if counts[sequence[0]] else None
        return 2 if _contains_sequence(tokens, sequence) else None

    def score(title_stems, all_stems):
        tokens = all_stems.split()
        for sequence in excluded:
            if sequence and _contains_sequence(tokens, sequence):
                return None
        if not positive:
            return 0.0
        if not needed and not either:
            return None  # only stop words: nothing to match, as on PostgreSQL
        counts = Counter(tokens)
        title = set(title_stems.split())
        total = 0.0
        for sequence in needed:
            if len(sequence) == 1:
                if not counts[sequence[0]]:
                    return None
                total += counts[sequence[0]] + (4 if sequence[0] in title else 0)
            else:
                if not _contains_sequence(tokens, sequence):
                    return None
                total += 2
        for typed, phrases in either:
            scores = [part_score(sequence, tokens, counts, title) for sequence in typed]
            if not typed or None in scores:
                scores = [next((value for value in (part_score(p, tokens, counts, title) for p in phrases)
                                if value is not None), None)]  # fmt: skip
            if None in scores:
                return None
            total += sum(scores)
        return total

    return score


def _contains_sequence(tokens, sequence):
    size = len(sequence)
    return any(tokens[i : i + size] == sequence for i in range(len(tokens) - size + 1))


def python_search(using, request, count_only=False):
    from search.engines.database import _hit

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
    for pk, facets, title_stems, all_stems, year, sort_date, title_folded in queryset.values_list(
        "pk", "facets", "title_stems", "stems", "year", "sort_date", "title_folded"
    ):
        value = score(title_stems, all_stems)
        if value is not None:
            matched.append((pk, facets, value, year or 0, sort_date, title_folded))
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
    sort = request.effective_sort
    if sort == Sort.TITLE:
        hits_rows.sort(key=lambda row: (row[5], row[0]))
    else:
        # documents without a date last (some have none: a datetime and None cannot be compared)
        hits_rows.sort(key=lambda row: (row[4] is not None, row[4].timestamp() if row[4] else 0, row[0]), reverse=True)
        hits_rows.sort(key=lambda row: row[3], reverse=True)
        if sort == Sort.RELEVANCE:
            hits_rows.sort(key=lambda row: row[2], reverse=True)
    start = (request.page - 1) * request.page_size
    page_ids = [row[0] for row in hits_rows[start : start + request.page_size]]
    rows = {
        row[0]: row[1:]
        for row in IndexDocument.objects.using(using)
        .filter(pk__in=page_ids)
        .values_list(
            "pk", "page_id", "title", "url", "facets", "summary", "body", "locale", "year", "territory", "untranslated"
        )
    }
    hits = tuple(_hit(request, *rows[pk]) for pk in page_ids)
    return EngineResult(count=len(hits_rows), hits=hits, facet_counts=facet_counts)
