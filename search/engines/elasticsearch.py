"""The Elasticsearch engine, written with elasticsearch-dsl (re-exported by the elasticsearch 8 client).

One index per locale behind an alias (`<prefix>-fr` → `<prefix>-fr-<timestamp>`), analyzers per language, keyword
fields for facets, bulk indexing, and a FacetedSearch whose post_filter leaves each facet's counts unaffected by
its own selection (disjunctive facets, GUIDE §5). A rebuild creates a new index, bulk-loads it, swaps the alias
atomically and deletes the old index, so searches keep working during it.
"""

import datetime

from django.conf import settings
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, NotFoundError
from elasticsearch.dsl import (
    Boolean,
    Date,
    FacetedSearch,
    Index,
    Integer,
    Keyword,
    Mapping,
    Q,
    TermsFacet,
    Text,
    analyzer,
    normalizer,
    token_filter,
)
from elasticsearch.helpers import BulkIndexError, bulk

from home.visibility import PUBLIC
from search.documents import FACET_FIELDS, site_languages
from search.engines.base import Engine
from search.facets import Facet, Sort
from search.results import EngineResult, Hit, Suggestion

FRENCH_ELISIONS = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]

ANALYZERS = {
    "fr": analyzer(
        "rc_french",
        tokenizer="standard",
        filter=[
            token_filter("rc_french_elision", type="elision", articles_case=True, articles=FRENCH_ELISIONS),
            "lowercase",
            "asciifolding",
            token_filter("rc_french_stop", type="stop", stopwords="_french_"),
            token_filter("rc_french_stemmer", type="stemmer", language="light_french"),
        ],
    ),
    "en": analyzer(
        "rc_english",
        tokenizer="standard",
        filter=[
            token_filter("rc_english_possessive", type="stemmer", language="possessive_english"),
            "lowercase",
            "asciifolding",
            token_filter("rc_english_stop", type="stop", stopwords="_english_"),
            token_filter("rc_english_stemmer", type="stemmer", language="english"),
        ],
    ),
    "es": analyzer(
        "rc_spanish",
        tokenizer="standard",
        filter=[
            "lowercase",
            "asciifolding",
            token_filter("rc_spanish_stop", type="stop", stopwords="_spanish_"),
            token_filter("rc_spanish_stemmer", type="stemmer", language="light_spanish"),
        ],
    ),
}
FOLDING = normalizer("rc_folding", filter=["lowercase", "asciifolding"])
TEXT_FIELDS = [
    "title^4",
    "summary^2",
    "keywords_text^2",
    "themes_text^2",
    "territory",
    "organisations_text",
    "authors",
    "body",
]
SORTS = {
    Sort.RELEVANCE: ("_score", {"year": {"order": "desc", "missing": "_last"}}),
    Sort.NEWEST: ({"year": {"order": "desc", "missing": "_last"}}, {"sort_date": {"order": "desc"}}),
    Sort.TITLE: ({"title.sort": {"order": "asc"}},),
}
SEARCH_ERRORS = (ApiError, TransportError, BulkIndexError)


def resource_mapping(language_code):
    text_analyzer = ANALYZERS.get(language_code, ANALYZERS["fr"])
    mapping = Mapping()
    mapping.field("title", Text(analyzer=text_analyzer, fields={"sort": Keyword(normalizer=FOLDING), "raw": Keyword()}))
    for name in ("summary", "body", "keywords_text", "themes_text", "organisations_text", "authors"):
        mapping.field(name, Text(analyzer=text_analyzer))
    mapping.field("territory", Text(analyzer=text_analyzer, fields={"raw": Keyword()}))
    for name in FACET_FIELDS:
        mapping.field(name, Keyword())
    for name in ("translation_key", "locale", "original_locale", "visibility"):
        mapping.field(name, Keyword())
    mapping.field("url", Keyword(index=False))
    mapping.field("page_id", Integer())
    mapping.field("untranslated", Boolean())
    for name in ("launch_year", "published_year", "year"):
        mapping.field(name, Integer())
    mapping.field("sort_date", Date())
    return mapping


def resource_index(name, language_code):
    """The Index object (settings with the analyzers, and the mapping) for a locale."""
    index = Index(name)
    index.mapping(resource_mapping(language_code))
    return index


class ResourceSearch(FacetedSearch):
    """A FacetedSearch over one locale's alias; each facet aggregates under every *other* facet's filter."""

    facets = {facet: TermsFacet(field=facet, size=50, min_doc_count=1) for facet in Facet.values}
    fields = TEXT_FIELDS

    def __init__(self, request, client, index):
        self.request = request
        self.using = client
        self.index = index
        super().__init__(query=request.query, filters=dict(request.filters), sort=SORTS[request.effective_sort])

    def search(self):
        search = super().search().extra(track_total_hits=True)
        search = search.filter("terms", visibility=list(self.request.audiences))
        if not self.request.include_untranslated:
            search = search.filter("term", untranslated={"value": False})
        for name, low, high in self.request.year_ranges:
            bounds = {key: value for key, value in (("gte", low), ("lte", high)) if value is not None}
            search = search.filter("range", **{name: bounds})
        return search.source(
            includes=[
                "page_id",
                "title",
                "url",
                "type",
                "summary",
                "locale",
                "theme",
                "year",
                "territory",
                "untranslated",
            ]
        )

    def query(self, search, query):
        must = [Q("multi_match", query=word, fields=TEXT_FIELDS, operator="and") for word in query.words]
        must += [Q("multi_match", query=phrase, fields=TEXT_FIELDS, type="phrase") for phrase in query.phrases]
        must_not = [Q("multi_match", query=text, fields=TEXT_FIELDS, type="phrase") for text in query.excluded]
        if not must and not must_not:
            return search
        return search.query(Q("bool", must=must or [Q("match_all")], must_not=must_not))

    def highlight(self, search):
        return search.highlight_options(
            pre_tags=["<mark>"],
            post_tags=["</mark>"],
            encoder="html",
            fragment_size=240,
            number_of_fragments=1,
            no_match_size=240,
        ).highlight("summary", "body")


class ElasticsearchEngine(Engine):
    name = "elasticsearch"
    errors = SEARCH_ERRORS

    def __init__(self, client, prefix="resources"):
        self.client = client
        self.prefix = prefix

    @classmethod
    def from_settings(cls):
        client = Elasticsearch(
            settings.ELASTICSEARCH_URL,
            request_timeout=settings.ELASTICSEARCH_TIMEOUT,
            max_retries=1,
            retry_on_timeout=False,
        )
        return cls(client, settings.RESOURCE_INDEX_PREFIX)

    def alias(self, language_code):
        return f"{self.prefix}-{language_code}"

    # Writing -----------------------------------------------------------------------------------------------------

    def create_index(self, language_code, name=None):
        name = name or f"{self.alias(language_code)}-{datetime.datetime.now(datetime.UTC):%Y%m%d%H%M%S%f}"
        resource_index(name, language_code).create(using=self.client)
        return name

    def ensure_alias(self, language_code):
        alias = self.alias(language_code)
        if not self.client.indices.exists_alias(name=alias):
            name = self.create_index(language_code)
            self.client.indices.update_aliases(actions=[{"add": {"index": name, "alias": alias}}])

    def replace_group(self, translation_key, documents):
        present = {document["locale"] for document in documents}
        actions = [
            {"_op_type": "index", "_index": self.alias(d["locale"]), "_id": d["id"], "_source": _source(d)}
            for d in documents
        ]
        actions += [
            {"_op_type": "delete", "_index": self.alias(code), "_id": f"{translation_key}-{code}"}
            for code in site_languages()
            if code not in present
        ]
        for code in site_languages():
            self.ensure_alias(code)
        # A missing document to delete is not an error.
        bulk(self.client, actions, raise_on_error=True, ignore_status=(404,))

    def delete_group(self, translation_key):
        self.replace_group(translation_key, [])

    def rebuild(self, documents, language_codes, progress=None):
        """New index per locale, bulk load, atomic alias swap, old indices deleted."""
        new_names = {code: self.create_index(code) for code in language_codes}
        count = 0

        def actions():
            nonlocal count
            for document in documents:
                if document["locale"] not in new_names:
                    continue
                count += 1
                if progress and count % 500 == 0:
                    progress(count)
                yield {
                    "_op_type": "index",
                    "_index": new_names[document["locale"]],
                    "_id": document["id"],
                    "_source": _source(document),
                }

        bulk(self.client, actions(), chunk_size=500, raise_on_error=True)
        for code, name in new_names.items():
            self.client.indices.refresh(index=name)
            self.swap_alias(code, name)
        if progress:
            progress(count)
        return count

    def swap_alias(self, language_code, new_name):
        alias = self.alias(language_code)
        try:
            old = list(self.client.indices.get_alias(name=alias).keys())
        except NotFoundError:
            old = []
        actions = [{"remove": {"index": name, "alias": alias}} for name in old]
        actions.append({"add": {"index": new_name, "alias": alias}})
        self.client.indices.update_aliases(actions=actions)
        for name in old:
            if name != new_name:
                self.client.indices.delete(index=name)

    # Reading -----------------------------------------------------------------------------------------------------

    def faceted_search(self, request):
        start = (request.page - 1) * request.page_size
        return ResourceSearch(request, self.client, self.alias(request.language))[start : start + request.page_size]

    def execute(self, faceted):
        """Run a FacetedSearch, naming aggregations by their canonical key ("aggs" is an undocumented alias)."""
        search = faceted._s
        body = _canonical_aggregations(search.to_dict())
        raw = self.client.search(index=faceted.index, body=body)
        response = search._response_class(search, raw.body)
        response._faceted_search = faceted
        return response

    def search(self, request):
        response = self.execute(self.faceted_search(request))
        hits = tuple(_hit(hit, request) for hit in response.hits)
        facet_counts = {}
        for facet in Facet.values:
            aggregation = response.aggregations["_filter_" + facet][facet]
            facet_counts[facet] = {bucket.key: bucket.doc_count for bucket in aggregation.buckets}
        return EngineResult(count=response.hits.total.value, hits=hits, facet_counts=facet_counts)

    def count(self, request):
        return self.execute(self.faceted_search(request)[0:0]).hits.total.value

    def suggest_body(self, text, language, audiences=(PUBLIC,), limit=8):
        filters = [{"term": {"untranslated": {"value": False}}}, {"terms": {"visibility": list(audiences)}}]
        return {
            "size": limit,
            "_source": {"includes": ["title", "url", "type"]},
            "query": {"bool": {"must": [{"match_bool_prefix": {"title": {"query": text}}}], "filter": filters}},
        }

    def suggest(self, text, language, audiences=(PUBLIC,), limit=8):
        body = self.suggest_body(text, language, audiences, limit)
        response = self.client.search(index=self.alias(language), **body)
        return [
            Suggestion(
                title=hit["_source"]["title"], url=hit["_source"]["url"], type=(hit["_source"].get("type") or [""])[0]
            )
            for hit in response["hits"]["hits"]
        ]


def _canonical_aggregations(body):
    """elasticsearch-dsl writes "aggs"; the specification documents "aggregations" (both are accepted)."""
    if "aggs" in body:
        body["aggregations"] = body.pop("aggs")
    for aggregation in body.get("aggregations", {}).values():
        _canonical_aggregations(aggregation)
    return body


def _source(document):
    return {key: value for key, value in document.items() if key != "id"}


def _hit(hit, request):
    from search.engines.database import snippet

    highlight = getattr(hit.meta, "highlight", None)
    fragments = []
    if highlight is not None:
        for name in ("summary", "body"):
            if name in highlight:
                fragments = list(highlight[name])
                break
    types = list(hit.type) if getattr(hit, "type", None) else [""]
    return Hit(
        page_id=hit.page_id,
        title=hit.title,
        url=hit.url,
        type=types[0],
        snippet=fragments[0] if fragments else snippet(request, getattr(hit, "summary", ""), ""),
        locale=hit.locale,
        themes=tuple(getattr(hit, "theme", None) or ()),
        year=getattr(hit, "year", None),
        territory=getattr(hit, "territory", "") or "",
        untranslated=bool(getattr(hit, "untranslated", False)),
    )
