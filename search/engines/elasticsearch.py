"""The Elasticsearch engine, written with elasticsearch-dsl (re-exported by the elasticsearch 8 client).

One index per locale behind an alias (`<prefix>-fr` → `<prefix>-fr-<timestamp>`), analyzers per language that
follow search.text, the fields of search.schema, bulk indexing, and a FacetedSearch whose post_filter leaves each
facet's counts unaffected by its own selection (disjunctive facets). A rebuild creates a new index, bulk-loads it,
swaps the alias atomically and deletes the old index, so searches keep working during it.
"""

import datetime
import logging

from django.conf import settings
from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout, TransportError
from elasticsearch import ApiError, BadRequestError, NotFoundError
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
from search.documents import site_languages
from search.engines.base import Engine
from search.engines.connection import client_from_settings
from search.engines.database import snippet
from search.facets import Facet, Sort
from search.query import PARTIAL, clauses, partial_minimum
from search.results import EngineResult, Hit, Suggestion
from search.schema import FACET, FIELDS, KEY, RANGE, SORT, STORED, TEXT
from search.spelling.elasticsearch import FIELD as SPELLING_FIELD
from search.spelling.elasticsearch import corrections_body, corrections_from, spelling_field
from search.text import ELISIONS, fold, stems, stop_words

logger = logging.getLogger(__name__)

SNOWBALL = {"fr": "French", "en": "English", "es": "Spanish"}
NAMES = {"fr": "french", "en": "english", "es": "spanish"}
# Every value of a facet is listed (the database engine lists them all); 65,536 is the cluster's bucket limit.
FACET_SIZE = 10_000
WRITE_TIMEOUT = 120  # bulk requests and index creation; searches keep ELASTICSEARCH_TIMEOUT


def language_analyzer(language_code, folded=False):
    """The analysis of search.text in Elasticsearch's terms: elision, (English possessive), lowercase, Snowball's
    stop list with its folded forms, the Snowball stemmer, then ASCII folding; `folded`: the second analysis, ASCII
    folding before the stemmer (the `.folded` sub-field of each text field)."""
    name = NAMES.get(language_code, "french")
    filters = [token_filter(f"rc_{name}_elision", type="elision", articles_case=True, articles=list(ELISIONS))]
    if language_code == "en":
        filters.append(token_filter("rc_english_possessive", type="stemmer", language="possessive_english"))
    stemmer = token_filter(f"rc_{name}_stemmer", type="snowball", language=SNOWBALL.get(language_code, "French"))
    filters += ["lowercase", token_filter(f"rc_{name}_stop", type="stop", stopwords=list(stop_words(language_code)))]
    filters += ["asciifolding", stemmer] if folded else [stemmer, "asciifolding"]
    return analyzer(f"rc_{name}_folded" if folded else f"rc_{name}", tokenizer="standard", filter=filters)


ANALYZERS = {code: language_analyzer(code) for code in SNOWBALL}
FOLDED_ANALYZERS = {code: language_analyzer(code, folded=True) for code in SNOWBALL}
FOLDING = normalizer("rc_folding", filter=["lowercase", "asciifolding"])
# Each text field and its .folded sub-field, with the field's boost: a word matches by either of its terms.
TEXT_FIELDS = [
    f"{name}^{field.boost}" if field.boost > 1 else name
    for field in FIELDS
    if field.kind == TEXT
    for name in (field.name, f"{field.name}.folded")
]
# Each sort ends on a unique key, so pages never repeat or skip hits.
TIE_BREAK = {"translation_key": {"order": "asc"}}
SORTS = {
    Sort.RELEVANCE: ("_score", {"year": {"order": "desc", "missing": "_last"}}, TIE_BREAK),
    Sort.NEWEST: (
        {"year": {"order": "desc", "missing": "_last"}},
        {"sort_date": {"order": "desc", "missing": "_last"}},
        TIE_BREAK,
    ),
    Sort.TITLE: ({"title_sort": {"order": "asc"}}, TIE_BREAK),
}
# Fragments come from the summary, else the body; a word found by its folded term is marked by the sub-field.
HIGHLIGHTED = ("summary", "summary.folded", "body", "body.folded")
# A partial search ranks by how many words and phrases a document matches: each one matched adds this constant,
# above any sum of the clauses' own scores.
MATCHED_CLAUSE_BOOST = 1000
# Errors where the database engine answers instead: the cluster is unreachable, slow or overloaded. Anything else
# (a 400 for a query, a 404 for a missing alias) is a bug to see, not to hide (search.engines.FallbackEngine).
UNAVAILABLE = (TransportConnectionError, ConnectionTimeout)
SEARCH_ERRORS = (ApiError, TransportError, BulkIndexError)


def is_unavailable(error):
    if isinstance(error, UNAVAILABLE):
        return True
    status = getattr(error, "status_code", None) or getattr(getattr(error, "meta", None), "status", None)
    return isinstance(status, int) and (status == 429 or status >= 500)


def resource_mapping(language_code):
    text_analyzer = ANALYZERS.get(language_code, ANALYZERS["fr"])
    folded_analyzer = FOLDED_ANALYZERS.get(language_code, FOLDED_ANALYZERS["fr"])
    mapping = Mapping()
    mapping.meta("dynamic", "strict")  # a field missing here is an error, not a guess
    for field in FIELDS:
        if field.kind == TEXT:
            subfields = {"folded": Text(analyzer=folded_analyzer)}
            if field.name == "title":  # suggestions match typed words inside the folded title
                subfields["sort"] = Keyword(normalizer=FOLDING)
            mapping.field(field.name, Text(analyzer=text_analyzer, fields=subfields, copy_to=SPELLING_FIELD))
        elif field.name == "title_sort" or field.kind == FACET:
            mapping.field(field.name, Keyword())
        elif field.name == "untranslated":
            mapping.field(field.name, Boolean())
        elif field.kind == KEY:
            mapping.field(field.name, Keyword())
        elif field.name == "sort_date":
            mapping.field(field.name, Date())
        elif field.kind in (RANGE, SORT) or field.name == "page_id":
            mapping.field(field.name, Integer())
        elif field.kind == STORED:
            mapping.field(field.name, Keyword(index=False))
    mapping.field(SPELLING_FIELD, spelling_field())  # the words of every text field, unstemmed (search.spelling)
    return mapping


def resource_index(name, language_code):
    """The Index object (settings with the analyzers, and the mapping) for a locale."""
    index = Index(name)
    index.mapping(resource_mapping(language_code))
    return index


class ResourceSearch(FacetedSearch):
    """A FacetedSearch over one locale's alias; each facet aggregates under every *other* facet's filter."""

    facets = {facet: TermsFacet(field=facet, size=FACET_SIZE, min_doc_count=1) for facet in Facet.values}
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
        """Every word and phrase must match, or in a partial search at least search.query.partial_minimum of them,
        ranked by how many match. A word that is only a stop word (the same lists as the database engine's) asks
        for nothing and is left out; a query of stop words only matches nothing, as there."""
        language = self.request.language
        wanted = [_part_query(forms) for forms in clauses(query, language)]
        excluded = [text for text in query.excluded if stems(text, language)]
        must_not = [_text_query(text, type="phrase") for text in excluded]
        if query and not wanted:
            return search.query(Q("match_none"))
        if not wanted and not must_not:
            return search
        if self.request.match == PARTIAL and wanted:
            should = [
                Q("bool", must=[clause], should=[Q("constant_score", filter=clause, boost=MATCHED_CLAUSE_BOOST)])
                for clause in wanted
            ]
            minimum = partial_minimum(len(wanted))
            return search.query(Q("bool", should=should, minimum_should_match=minimum, must_not=must_not))
        return search.query(Q("bool", must=wanted or [Q("match_all")], must_not=must_not))

    def highlight(self, search):
        """Marked fragments of the summary or the body, where the words are; no fragment where they are not (the
        hit then shows the start of its summary, search.engines.database.snippet)."""
        return search.highlight_options(
            pre_tags=["<mark>"],
            post_tags=["</mark>"],
            encoder="html",
            fragment_size=240,
            number_of_fragments=1,
        ).highlight(*HIGHLIGHTED)


def _part_query(forms):
    """A required part of the query: its one form, or any of its forms (a synonym group, search.synonyms), each
    form's words and phrases all present."""
    queries = []
    for form in forms:
        musts = [
            _text_query(text, **({"operator": "and"} if kind == "word" else {"type": "phrase"})) for kind, text in form
        ]
        queries.append(musts[0] if len(musts) == 1 else Q("bool", must=musts))
    return queries[0] if len(queries) == 1 else Q("bool", should=queries, minimum_should_match=1)


def _text_query(text, **options):
    return Q("multi_match", query=text, fields=TEXT_FIELDS, zero_terms_query="all", **options)


class ElasticsearchEngine(Engine):
    name = "elasticsearch"
    errors = SEARCH_ERRORS

    def __init__(self, client, prefix="resources"):
        self.client = client
        self.prefix = prefix
        self._aliases_checked = False

    @classmethod
    def from_settings(cls):
        return cls(client_from_settings(), settings.RESOURCE_INDEX_PREFIX)

    @property
    def writer(self):
        """The client for bulk loads and index creation: a longer timeout than searches, and 429/5xx retried (the
        bulk helper also retries the documents a 429 rejected)."""
        return self.client.options(
            request_timeout=WRITE_TIMEOUT, max_retries=3, retry_on_status=(429, 502, 503, 504), retry_on_timeout=True
        )

    def alias(self, language_code):
        return f"{self.prefix}-{language_code}"

    # Writing -----------------------------------------------------------------------------------------------------

    def create_index(self, language_code, name=None, alias=False):
        """A new concrete index; with `alias`, created with the locale's alias in the same request."""
        name = name or f"{self.alias(language_code)}-{datetime.datetime.now(datetime.UTC):%Y%m%d%H%M%S%f}"
        index = resource_index(name, language_code)
        if alias:
            index.aliases(**{self.alias(language_code): {}})
        index.create(using=self.writer)
        return name

    def ensure_aliases(self):
        """Every locale's alias exists (checked once per engine object). Two workers racing here create the same
        concrete index name, so the loser's request fails with "already exists" and one index holds the alias."""
        if self._aliases_checked:
            return
        for code in site_languages():
            alias = self.alias(code)
            if self.client.indices.exists_alias(name=alias):
                continue
            if self.client.indices.exists(index=alias):
                # A concrete index took the alias's name (a write auto-created it): it would refuse the alias
                # forever. Its documents are a partial copy; a rebuild restores the rest.
                logger.error("Deleting the index %s that took the alias's name; rebuild the resource index", alias)
                self.client.indices.delete(index=alias)
            try:
                self.create_index(code, name=f"{alias}-initial", alias=True)
            except BadRequestError as error:
                if error.error != "resource_already_exists_exception":
                    raise
        self._aliases_checked = True

    def replace_group(self, translation_key, documents):
        self.replace_groups({str(translation_key): documents})

    def replace_groups(self, documents_by_key, extra_indices=None):
        """Make each group's documents exactly these, in one bulk request per 500 actions. Writes name the alias
        with `require_alias`, so a missing alias is an error and never an auto-created index in its place.
        Raises BulkIndexError with each failed document's reason."""
        self.ensure_aliases()
        actions = []
        for translation_key, documents in documents_by_key.items():
            present = {document["locale"] for document in documents}
            for document in documents:
                actions.append(
                    {
                        "_op_type": "index",
                        "_index": self.alias(document["locale"]),
                        "_id": document["id"],
                        "_source": _source(document),
                    }
                )
            actions += [
                {"_op_type": "delete", "_index": self.alias(code), "_id": f"{translation_key}-{code}"}
                for code in site_languages()
                if code not in present
            ]
        if actions:
            # A missing document to delete is not an error; 429s are retried with backoff by the helper.
            bulk(
                self.writer,
                actions,
                chunk_size=500,
                raise_on_error=True,
                ignore_status=(404,),
                max_retries=3,
                require_alias=True,
            )

    def delete_group(self, translation_key):
        self.replace_group(translation_key, [])

    def rebuild(self, documents, language_codes, progress=None):
        """New index per locale, bulk load, atomic alias swap, old indices deleted. A failed load deletes the
        indices it created; a failed deletion of an old index is logged and leaves the other swaps done."""
        new_names = {}
        try:
            for code in language_codes:
                new_names[code] = self.create_index(code)
            count = self.bulk_load(documents, new_names, progress)
            old = {code: self.swap_alias(code, name) for code, name in new_names.items()}
        except Exception:
            self.delete_indices(new_names.values(), "Could not delete the index %s of a failed rebuild: %s",
                                ignore_unavailable=True)  # fmt: skip
            raise
        self._aliases_checked = True
        for names in old.values():
            self.delete_indices(names, "Could not delete the old index %s (delete it by hand): %s")
        if progress:
            progress(count)
        return count

    def bulk_load(self, documents, new_names, progress=None):
        """Indexes the documents of the locales in `new_names` ({code: index}); returns how many, refreshed."""
        count = 0

        def actions():
            nonlocal count
            for document in documents:
                if document["locale"] not in new_names:
                    continue
                count += 1
                if progress and count % 500 == 0:
                    progress(count)
                yield {"_op_type": "index", "_index": new_names[document["locale"]], "_id": document["id"],
                       "_source": _source(document)}  # fmt: skip

        bulk(self.writer, actions(), chunk_size=500, raise_on_error=True, max_retries=3)
        for name in new_names.values():
            self.writer.indices.refresh(index=name)
        return count

    def delete_indices(self, names, failure_message, **options):
        """Deletes each index; a failure is logged with `failure_message` (name, error) and the others go on."""
        for name in names:
            try:
                self.writer.indices.delete(index=name, **options)
            except SEARCH_ERRORS as error:
                logger.error(failure_message, name, error)

    def swap_alias(self, language_code, new_name):
        """Point the alias at `new_name` in one atomic request; returns the indices it left."""
        alias = self.alias(language_code)
        try:
            old = [name for name in self.client.indices.get_alias(name=alias) if name != new_name]
        except NotFoundError:
            old = []
        actions = [{"remove": {"index": name, "alias": alias}} for name in old]
        actions.append({"add": {"index": new_name, "alias": alias}})
        self.client.indices.update_aliases(actions=actions)
        return old

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
        return self.counts([request])[0]

    def counts(self, requests):
        """The hit count of each request, all in one _msearch."""
        if not requests:
            return []
        searches = []
        for request in requests:
            faceted = ResourceSearch(request, self.client, self.alias(request.language))
            body = faceted._s.extra(size=0, track_total_hits=True).to_dict()
            body.pop("aggs", None)
            body.pop("highlight", None)
            body.pop("sort", None)
            searches += [{"index": faceted.index}, _count_body(body)]
        response = self.client.msearch(searches=searches)
        answers = []
        for item in response["responses"]:
            if "error" in item:
                raise ApiError(message=str(item["error"]), meta=response.meta, body=item)
            answers.append(item["hits"]["total"]["value"])
        return answers

    def suggest_body(self, text, language, audiences=(PUBLIC,), limit=8):
        """Titles containing every typed word, even partly ("asso", "bus" in "Cyberbus"), compared folded on
        the title's keyword; titles starting with the text first, then by title (as the database engine)."""
        filters = [{"term": {"untranslated": {"value": False}}}, {"terms": {"visibility": list(audiences)}}]
        folded = fold(text)
        filters += [{"wildcard": {"title.sort": {"value": f"*{_wildcard_escape(w)}*"}}} for w in folded.split()]
        prefix = {"prefix": {"title.sort": {"value": folded}}}
        return {
            "size": limit,
            "_source": {"includes": ["title", "url", "type"]},
            "query": {
                "bool": {
                    "filter": filters,
                    "should": [{"constant_score": {"filter": prefix, "boost": 2}}],
                }
            },
            "sort": ["_score", {"title.sort": {"order": "asc"}}, TIE_BREAK],
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

    def corrections(self, words, language, audiences=(PUBLIC,)):
        response = self.client.search(index=self.alias(language), **corrections_body(words, audiences))
        return corrections_from(response, words)


def _wildcard_escape(text):
    return "".join("\\" + char if char in "*?\\" else char for char in text)


def _count_body(body):
    """The query of a faceted search as one filter: its post_filter (the facet selections) joins the query."""
    post_filter = body.pop("post_filter", None)
    if post_filter:
        query = body.pop("query", {"match_all": {}})
        body["query"] = {"bool": {"must": [query], "filter": [post_filter]}}
    return body


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
    highlight = getattr(hit.meta, "highlight", None)
    fragments = []
    if highlight is not None:
        for name in HIGHLIGHTED:
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
