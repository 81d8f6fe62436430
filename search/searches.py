"""The engine-independent search: a validated request, and the response built from an engine's result.

Views and the API only talk to this module; which engine answers (Elasticsearch, or the database engine as the
default and the fallback) is decided in search.engines.
"""

import heapq
import math
import re
from dataclasses import dataclass, field, replace
from operator import itemgetter

from django.conf import settings
from django.utils.translation import gettext as _

from home.visibility import PUBLIC
from search.document_snippets import with_document_snippets
from search.engines import get_engine
from search.facets import YEAR_RANGES, Facet, Sort, facet_labels, untranslated_values
from search.query import ALL, PARTIAL, ParsedQuery, clauses, parse_query
from search.results import FacetBucket, SearchResponse
from search.spelling.suggestion import spelling_suggestion
from search.synonyms.expansion import expand_request, expanded_terms
from search.text import fold

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
MAX_VALUES_PER_FACET = 20
DEFAULT_FACET_LIMIT = 10  # values of each facet a search returns (selected ones come on top of these)
MAX_FACET_LIMIT = 100  # more come from facet_values, a page at a time
MAX_PAGE = 1000
MAX_RESULT_WINDOW = 10_000  # the deepest hit any engine serves (Elasticsearch's index.max_result_window)
YEAR_MIN, YEAR_MAX = 1000, 9999
# Below this many results with all the words, the documents with most of them are shown instead (flagged partial).
PARTIAL_BELOW = 3


class SearchParameterError(ValueError):
    """An invalid parameter; the message is shown to the visitor (the API answers 400 with it)."""


@dataclass(frozen=True)
class SearchRequest:
    query: ParsedQuery = field(default_factory=ParsedQuery)
    language: str = "fr"
    filters: tuple = ()  # ((facet, (value, …)), …) in Facet order, only facets with values
    year_ranges: tuple = ()  # ((name, from or None, to or None), …)
    sort: str = Sort.RELEVANCE
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE
    include_untranslated: bool = False
    audiences: tuple = (PUBLIC,)  # the audience keys the visitor passes (home.visibility.viewer_audiences)
    match: str = ALL  # search.query.ALL: every word and phrase; PARTIAL: at least search.query.partial_minimum

    @property
    def can_match_partially(self):
        return self.match == ALL and len(clauses(self.query, self.language)) >= 2

    facet_limit: int = DEFAULT_FACET_LIMIT  # not read by engines: they count every value, run_search keeps the top

    @property
    def filter_map(self):
        return dict(self.filters)

    def without_facet(self, facet):
        return replace(self, filters=tuple((f, v) for f, v in self.filters if f != facet))

    def without_value(self, facet, value):
        filters = []
        for name, values in self.filters:
            if name == facet:
                values = tuple(v for v in values if v != value)
            if values:
                filters.append((name, values))
        return replace(self, filters=tuple(filters))

    def without_range(self, name):
        return replace(self, year_ranges=tuple(r for r in self.year_ranges if r[0] != name))

    @property
    def effective_sort(self):
        if self.sort == Sort.RELEVANCE and not self.query:
            return Sort.NEWEST
        return self.sort


def _choice(value, choices, message):
    if value not in choices:
        raise SearchParameterError(message % {"value": value, "choices": ", ".join(choices)})
    return value


def _filters(params):
    filters = []
    for facet in Facet.values:
        values = params.getlist(facet) if hasattr(params, "getlist") else _as_list(params.get(facet))
        values = tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))
        if any(len(value) > 120 for value in values):
            raise SearchParameterError(_("The value of “%(name)s” is too long.") % {"name": facet})
        if values:
            filters.append((facet, values[:MAX_VALUES_PER_FACET]))
    return tuple(filters)


def _year_ranges(params):
    year_ranges = []
    for name, (_label, low_param, high_param) in YEAR_RANGES.items():
        low = _year(params, low_param)
        high = _year(params, high_param)
        if low is not None and high is not None and low > high:
            raise SearchParameterError(
                _("“%(low)s” must not be after “%(high)s”.") % {"low": low_param, "high": high_param}
            )
        if low is not None or high is not None:
            year_ranges.append((name, low, high))
    return tuple(year_ranges)


def request_from_params(params, language=None, audiences=(PUBLIC,)):
    """Build a SearchRequest from GET parameters; unknown parameters are ignored, invalid values raise."""
    _reject_nul_characters(params)
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    language = _choice(params.get("lang") or language or "fr", languages,
                       _("Unknown language “%(value)s”; use one of: %(choices)s."))  # fmt: skip
    sort = _choice(params.get("sort") or Sort.RELEVANCE, Sort.values,
                   _("Unknown “sort” value “%(value)s”; use one of: %(choices)s."))  # fmt: skip
    page = _positive_int(params, "page", 1, MAX_PAGE)
    page_size = _positive_int(params, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    facet_limit = _positive_int(params, "facet_limit", DEFAULT_FACET_LIMIT, MAX_FACET_LIMIT)
    if page * page_size > MAX_RESULT_WINDOW:
        raise SearchParameterError(
            _("Only the first %(max)s results can be listed; narrow the search or choose a smaller page.")
            % {"max": MAX_RESULT_WINDOW}
        )
    include = params.get("include_untranslated", "")
    if include not in ("", "0", "1", "true", "false", "on"):
        raise SearchParameterError(_("“include_untranslated” must be 0 or 1."))
    return SearchRequest(
        query=parse_query(params.get("q", "")),
        language=language,
        filters=_filters(params),
        year_ranges=_year_ranges(params),
        sort=sort,
        page=page,
        page_size=page_size,
        include_untranslated=include in ("1", "true", "on"),
        audiences=tuple(audiences),
        facet_limit=facet_limit,
    )


def _reject_nul_characters(params):
    """NUL never belongs in a search; PostgreSQL refuses it in any string (it was a 500)."""
    values = params.lists() if hasattr(params, "lists") else ((k, _as_list(v)) for k, v in params.items())
    for name, items in values:
        if "\x00" in name or any("\x00" in str(item) for item in items):
            raise SearchParameterError(_("The search must not contain NUL characters."))


def _as_list(value):
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _positive_int(params, name, default, maximum):
    raw = params.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise SearchParameterError(_("“%(name)s” must be a whole number.") % {"name": name}) from None
    if value < 1 or value > maximum:
        raise SearchParameterError(_("“%(name)s” must be between 1 and %(max)s.") % {"name": name, "max": maximum})
    return value


def _year(params, name):
    raw = params.get(name)
    if raw in (None, ""):
        return None
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise SearchParameterError(_("“%(name)s” must be a year, such as 2010.") % {"name": name}) from None
    if not YEAR_MIN <= value <= YEAR_MAX:
        raise SearchParameterError(_("“%(name)s” must be a year, such as 2010.") % {"name": name})
    return value


def run_search(request, engine=None):
    """Search, then add labels, selected flags and the zero-result "without this filter" counts."""

    engine = engine or get_engine()
    request = expand_request(request)  # synonyms, as one OR per group in the engine's single query
    result = engine.search(request)
    if result.count < PARTIAL_BELOW and request.can_match_partially:
        partial_request = replace(request, match=PARTIAL)
        partial = engine.search(partial_request)
        if partial.count > result.count:
            request, result = partial_request, partial
    hits = with_document_snippets(request, result.hits)
    answered_by = getattr(engine, "last_engine_name", engine.name)  # before the counts below, which may differ
    facets, totals = {}, {}
    for facet in Facet.values:
        totals[facet], facets[facet] = _top_buckets(request, facet, result.facet_counts.get(facet, {}))
    without_filter = {}
    if result.count == 0:
        relaxed = {f"{facet}:{value}": request.without_value(facet, value) for facet, values in request.filters
                   for value in values}  # fmt: skip
        relaxed.update({f"range:{name}": request.without_range(name) for name, _low, _high in request.year_ranges})
        without_filter = dict(zip(relaxed, engine.counts(list(relaxed.values())), strict=True))
    count = _about(result.count) if result.approximate else result.count
    pages = max(1, math.ceil(count / request.page_size))
    return SearchResponse(
        count=count,
        page=request.page,
        pages=pages,
        page_size=request.page_size,
        hits=hits,
        facets=facets,
        facet_totals=totals,
        approximate=result.approximate,
        without_filter=without_filter,
        engine=answered_by,
        degraded=answered_by != engine.name,
        match=request.match,
        suggestion=spelling_suggestion(request, result, engine),
        synonyms=expanded_terms(request.query),
    )


def _about(number):
    """An estimated total, rounded to two significant digits (shown as "about 52,000 results")."""
    if number < 100:
        return number
    magnitude = 10 ** (len(str(number)) - 2)
    return round(number / magnitude) * magnitude


def facet_buckets(request, facet, counts):
    """Every value of one facet as FacetBuckets, selected first, then by count and label. A label shown in French
    because its term is not translated yet carries lang="fr"."""
    return _buckets(request, facet, counts)


def _top_buckets(request, facet, counts):
    """(how many values the facet has, its selected buckets and its top `facet_limit` others): the first buckets
    of facet_buckets, without building one for each of thousands of values a search shows ten of."""
    counts = dict(counts)
    selected = request.filter_map.get(facet, ())
    for value in selected:
        counts.setdefault(value, 0)
    total = len(counts)
    others = [count for value, count in counts.items() if value not in selected]
    if len(others) > request.facet_limit:
        # Only values counting at least the facet_limit-th highest count can be shown: the labels (the tie-break)
        # are read and compared for those alone, not for each of 2,000 organisations.
        lowest = heapq.nlargest(request.facet_limit, others)[-1]
        counts = {value: count for value, count in counts.items() if count >= lowest or value in selected}
    return total, _buckets(request, facet, counts, limit=len(selected) + request.facet_limit, selected=selected)


def _buckets(request, facet, counts, limit=None, selected=None):
    if selected is None:
        counts = dict(counts)
        selected = request.filter_map.get(facet, ())
        for value in selected:
            counts.setdefault(value, 0)
    labels = facet_labels(facet, request.language)
    keyed = (((value not in selected, -count, labels.get(value, value).lower()), value, count)
             for value, count in counts.items())  # fmt: skip
    # nsmallest is sorted()[:limit], stable for equal keys as the full sort is
    ordered = sorted(keyed, key=itemgetter(0)) if limit is None else heapq.nsmallest(limit, keyed, key=itemgetter(0))
    french = untranslated_values(facet, request.language)
    source = settings.LANGUAGE_CODE
    return [
        FacetBucket(
            value=value,
            label=labels.get(value, value),
            count=count,
            selected=value in selected,
            lang=source if value in french else "",
        )
        for _key, value, count in ordered
    ]


def facet_values(request, facet, contains="", offset=0, limit=MAX_FACET_LIMIT, engine=None):
    """(every matching bucket count, the buckets from `offset`) of one facet for a search: "show all" and
    filter-as-you-type. Each word of `contains` starts a word of the label, ignoring case and accents."""

    result = (engine or get_engine()).search(replace(request, page=1, page_size=1))
    buckets = facet_buckets(request, facet, result.facet_counts.get(facet, {}))
    words = _LABEL_WORD.findall(fold(contains))
    if words:
        buckets = [b for b in buckets if _starts_words(words, _LABEL_WORD.findall(fold(b.label)))]
    return len(buckets), buckets[offset : offset + limit], result.approximate


_LABEL_WORD = re.compile(r"\w+")


def _starts_words(words, label_words):
    return all(any(label_word.startswith(word) for label_word in label_words) for word in words)


def suggest(text, language, audiences=(PUBLIC,), limit=8, engine=None):
    text = (text or "").strip()[:100]
    if len(text) < 2:
        return []
    return (engine or get_engine()).suggest(text, language, audiences=tuple(audiences), limit=limit)
