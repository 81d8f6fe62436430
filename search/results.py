"""What a search returns, engine-independent: frozen dataclasses the view and the API serialise."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Hit:
    page_id: int
    title: str
    url: str
    type: str
    snippet: str  # HTML: the text is escaped, matches wrapped in <mark>
    locale: str
    themes: tuple[str, ...] = ()
    year: int | None = None
    territory: str = ""
    untranslated: bool = False
    snippet_source: str = ""  # "document" when the snippet comes from the attached PDF (search.attachments)
    snippet_page: int | None = None  # its page there, when known


@dataclass(frozen=True)
class EngineResult:
    """What an engine computes: the page of hits, the total and the raw counts per facet value."""

    count: int
    hits: tuple[Hit, ...]
    facet_counts: dict = field(default_factory=dict)  # {facet: {value: count}}
    approximate: bool = False  # the facet counts are estimated from a sample (a very broad search)


@dataclass(frozen=True)
class FacetBucket:
    value: str
    label: str
    count: int
    selected: bool
    lang: str = ""  # set when the label is in another language than the visitor's (a term not yet translated)


@dataclass(frozen=True)
class Suggestion:
    title: str
    url: str
    type: str


@dataclass(frozen=True)
class SearchResponse:
    count: int
    page: int
    pages: int
    page_size: int
    hits: tuple[Hit, ...]
    facets: dict  # {facet: (FacetBucket, …)}
    without_filter: dict  # {"facet:value" or "range:name": count}, only when count == 0
    engine: str
    facet_totals: dict = field(default_factory=dict)  # {facet: values it has for this search, shown or not}
    approximate: bool = False  # facet counts estimated from a sample: the page says "about"
    degraded: bool = False  # the fallback engine answered: results may rank differently, the page says so
    match: str = "all"  # "partial": no page had every word, these have most of them (search.query), the page says so
    suggestion: object = None  # a search.spelling.suggestion.SpellingSuggestion ("Did you mean …?") or None
    synonyms: tuple[str, ...] = ()  # the equivalent terms the search added (search.synonyms)

    def as_json(self):
        return {
            "count": self.count,
            "match": self.match,
            "page": self.page,
            "pages": self.pages,
            "results": [
                {
                    "title": hit.title,
                    "url": hit.url,
                    "type": hit.type,
                    "snippet": hit.snippet,
                    "locale": hit.locale,
                    "themes": list(hit.themes),
                    "year": hit.year,
                    "snippet_source": hit.snippet_source or "page",
                    "snippet_page": hit.snippet_page,
                }
                for hit in self.hits
            ],
            "facets": {
                name: [{"value": b.value, "label": b.label, "count": b.count, "selected": b.selected} for b in buckets]
                for name, buckets in self.facets.items()
            },
            "facet_totals": dict(self.facet_totals),
            "facet_counts_approximate": self.approximate,
            "without_filter": dict(self.without_filter),
            "suggestion": {"query": self.suggestion.query, "count": self.suggestion.count} if self.suggestion else None,
            "synonyms": list(self.synonyms),
        }
