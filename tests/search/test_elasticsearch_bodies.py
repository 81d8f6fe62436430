"""Every body the Elasticsearch engine sends, validated against Elastic's specification; responses parsed from
specification-shaped fixtures, errors and timeouts falling back to the database engine."""

import datetime
import json
from dataclasses import replace
from pathlib import Path

import pytest
from django.http import QueryDict
from django.utils import timezone

from search import indexing
from search.documents import iter_all_documents
from search.engines import FallbackEngine
from search.engines.database import DatabaseEngine
from search.engines.elasticsearch import MATCHED_CLAUSE_BOOST, ElasticsearchEngine, resource_mapping
from search.models import PendingIndexUpdate
from search.query import PARTIAL
from search.searches import request_from_params, run_search
from tests.search.es_double import FakeCluster, RecordingNode, decoded_bodies, make_client
from tests.search.es_spec import Validator, load_spec
from tests.search.test_contract import partner_audiences

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def validator():
    return Validator(load_spec())


@pytest.fixture
def cluster():
    cluster = FakeCluster()
    RecordingNode.responder = cluster
    RecordingNode.requests = []
    return cluster


@pytest.fixture
def es_engine(cluster):
    return ElasticsearchEngine(make_client(), prefix="resources")


def assert_valid_request(validator, request):
    body = decoded_bodies(request)
    if body is None:
        return
    path = request["target"].split("?")[0]
    if path.endswith("/_bulk"):
        mapped = set(resource_mapping("fr").to_dict()["properties"])
        expecting_source = False
        for line in body:
            if expecting_source:
                assert set(line) <= mapped, f"unmapped fields {set(line) - mapped}"
                expecting_source = False
                continue
            errors = validator.errors(line, validator.component("_global.bulk.OperationContainer"))
            assert not errors, errors
            expecting_source = next(iter(line)) in ("index", "create")
        return
    if path.endswith("/_msearch"):
        for position, line in enumerate(body):
            kind = "MultisearchHeader" if position % 2 == 0 else "MultisearchBody"
            errors = validator.errors(line, validator.component(f"_global.msearch.{kind}"))
            assert not errors, errors
        return
    errors = validator.errors(body, validator.request_schema(request["method"], request["target"]))
    assert not errors, f"{request['method']} {request['target']}: {errors[:5]}"


def test_rebuild_bodies_and_alias_swap(corpus, es_engine, cluster, validator):
    es_engine.rebuild(iter_all_documents(), ["fr", "en", "es"])
    first = dict(cluster.aliases)
    es_engine.rebuild(iter_all_documents(), ["fr", "en", "es"])
    requests = RecordingNode.requests
    for request in requests:
        assert_valid_request(validator, request)
    kinds = [(r["method"], r["target"].split("?")[0].rsplit("/", 1)[-1]) for r in requests]
    assert ("POST", "_bulk") in kinds or ("PUT", "_bulk") in kinds
    swaps = [decoded_bodies(r) for r in requests if r["target"].startswith("/_aliases")]
    # the second rebuild removes the old index from the alias and adds the new one in one atomic request
    assert {"remove": {"index": first["resources-fr"], "alias": "resources-fr"}} in swaps[-3]["actions"]
    assert any("add" in action for action in swaps[-3]["actions"])
    deleted = [r["target"] for r in requests if r["method"] == "DELETE"]
    assert f"/{first['resources-fr']}" in deleted
    assert cluster.aliases["resources-fr"] != first["resources-fr"]


def test_index_settings_define_the_language_analyzers(es_engine, cluster, validator):
    es_engine.create_index("fr", name="resources-fr-test")
    request = RecordingNode.requests[-1]
    assert_valid_request(validator, request)
    body = decoded_bodies(request)
    french = body["settings"]["analysis"]["analyzer"]["rc_french"]
    # folding after the stemmer (which reads accents), stop words before it
    assert french["filter"] == ["rc_french_elision", "lowercase", "rc_french_stop", "rc_french_stemmer", "asciifolding"]
    filters = body["settings"]["analysis"]["filter"]
    assert filters["rc_french_stemmer"] == {"type": "snowball", "language": "French"}
    assert {"à", "a", "été", "ete", "le"} <= set(filters["rc_french_stop"]["stopwords"])
    assert body["mappings"]["properties"]["theme"] == {"type": "keyword"}
    assert body["mappings"]["dynamic"] == "strict"
    assert "raw" not in json.dumps(body["mappings"])
    assert body["mappings"]["properties"]["title"]["fields"]["sort"]["normalizer"] == "rc_folding"
    # the second analysis, accents folded before the stemmer, on a sub-field of every text field
    folded = body["settings"]["analysis"]["analyzer"]["rc_french_folded"]
    assert folded["filter"] == ["rc_french_elision", "lowercase", "rc_french_stop", "asciifolding", "rc_french_stemmer"]
    for name in ("title", "summary", "body", "labels_text", "countries_text"):
        assert body["mappings"]["properties"][name]["fields"]["folded"] == {
            "type": "text",
            "analyzer": "rc_french_folded",
        }
    assert body["mappings"]["properties"]["title_sort"] == {"type": "keyword"}


def test_group_updates_send_index_and_delete_actions(corpus, es_engine, cluster, validator):
    es_engine.replace_group(
        corpus.telemedicine.translation_key,
        [d for d in iter_all_documents(["fr"]) if d["title"] == "Télémédecine au village"],
    )
    bulk_request = [r for r in RecordingNode.requests if "_bulk" in r["target"]][-1]
    assert_valid_request(validator, bulk_request)
    lines = decoded_bodies(bulk_request)
    assert {"delete": {"_index": "resources-en", "_id": f"{corpus.telemedicine.translation_key}-en"}} in lines


SEARCH_CASES = [
    {},
    {"q": "cyberbus"},
    {"q": "coopération décentralisée"},
    {"q": '"accès public"'},
    {"q": "internet -wifi"},
    {"q": '"accès public" -"haut débit" bus'},
    {"q": 'AND OR ( :* \\ "'},
    {"type": "initiative"},
    {"type": ["initiative", "reference"]},
    {"theme": "sante", "type": "initiative"},
    {"theme": ["sante", "acces"], "country": "FR", "audience": "jeunes"},
    {"q": "numérique", "keyword": "cyberbus", "organisation": "athis", "status": "operationnel"},
    {"initiative_type": "epn", "reference_type": "report"},
    {"launch_year_from": "2010"},
    {"launch_year_to": "2015", "published_year_from": "2000"},
    {"q": "santé", "sort": "newest"},
    {"sort": "title", "page": "3", "page_size": "10"},
    {"q": "réseau", "page": "2", "page_size": "100"},
    {"q": "accès", "lang": "en"},
    {"q": "acceso", "lang": "es", "include_untranslated": "1"},
    {"q": "cyberbus", "partner": True},
    {"theme": "acces", "sort": "relevance"},
    {"q": "x" * 300},
]


@pytest.mark.parametrize("case", SEARCH_CASES, ids=[json.dumps(c)[:40] for c in SEARCH_CASES])
def test_search_bodies_follow_the_specification(db, case, es_engine, cluster, validator):
    case = dict(case)
    partner = case.pop("partner", False)
    params = QueryDict(mutable=True)
    for key, value in case.items():
        params.setlist(key, value if isinstance(value, list) else [value])
    request = request_from_params(params, audiences=partner_audiences(partner))
    es_engine.search(request)
    sent = RecordingNode.requests[-1]
    assert sent["target"].split("?")[0] == f"/resources-{request.language}/_search"
    assert_valid_request(validator, sent)
    body = decoded_bodies(sent)
    filters = request.filter_map
    if filters:
        assert "post_filter" in body  # facet selections narrow hits, not the other facets' counts
        for facet in filters:
            own = json.dumps(body["aggregations"][f"_filter_{facet}"]["filter"])
            assert f'"{facet}"' not in own
    else:
        assert "post_filter" not in body
    visibility = json.dumps(body["query"])
    audiences = json.dumps({"terms": {"visibility": list(partner_audiences(partner))}})
    assert audiences in visibility  # only the audiences the visitor passes
    assert body["highlight"]["pre_tags"] == ["<mark>"] and body["highlight"]["encoder"] == "html"


def test_suggest_body_follows_the_specification(db, es_engine, cluster, validator):
    es_engine.suggest("jumel", "fr")
    assert_valid_request(validator, RecordingNode.requests[-1])


def test_responses_are_parsed_from_specification_shaped_fixtures(db, es_engine, cluster, validator):
    response = json.loads((FIXTURES / "es_search_response.json").read_text())
    errors = validator.errors(response, validator.response_schema("POST", "/resources-fr/_search"))
    assert not errors, errors[:5]
    cluster.search_response = response
    result = es_engine.search(request_from_params(QueryDict("q=cyberbus&type=initiative")))
    assert result.count == 2
    assert result.hits[0].title == "Le Cyberbus"
    assert result.hits[0].snippet == "Un bus pour l&#x27;entraide, <mark>cyberbus</mark> &amp; ordinateurs"
    assert result.hits[0].themes == ("acces",)
    assert result.facet_counts["theme"] == {"acces": 2, "sante": 1}
    assert result.facet_counts["type"] == {"initiative": 2, "theme": 1}


@pytest.mark.parametrize("failure", ["timeout", "connection", "error"])
def test_errors_and_timeouts_fall_back_to_the_database_engine(corpus, es_engine, cluster, validator, failure):
    indexing.rebuild(engines=[DatabaseEngine()])
    if failure == "error":
        error = json.loads((FIXTURES / "es_error_response.json").read_text())
        errors = validator.errors(error, validator.component("_types.ErrorResponseBase"))
        assert not errors, errors
        cluster.fail_with = (500, error)
    else:
        cluster.fail_with = failure
    engine = FallbackEngine(es_engine, DatabaseEngine())
    response = run_search(request_from_params(QueryDict("q=cyberbus")), engine=engine)
    assert [hit.title for hit in response.hits] == ["Le Cyberbus"]
    assert response.engine == "database"
    assert [s.title for s in engine.suggest("jumel", "fr")] == ["Jumelage Athis-Mons Tombouctou"]


def test_publishing_succeeds_when_elasticsearch_is_down_and_the_update_is_retried(
    corpus, es_engine, cluster, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.ELASTICSEARCH_URL = "http://es.invalid:9200"
    monkeypatch.setattr(indexing, "elasticsearch_engine", lambda: es_engine)
    cluster.fail_with = "connection"
    page = corpus.telemedicine
    page.title = "Télémédecine solidaire au village"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    assert page.live and page.title == "Télémédecine solidaire au village"
    assert PendingIndexUpdate.objects.filter(translation_key=page.translation_key).exists()
    # the database engine (the fallback) is current already
    response = run_search(request_from_params(QueryDict("q=solidaire")), engine=DatabaseEngine())
    assert [hit.title for hit in response.hits] == ["Télémédecine solidaire au village"]
    cluster.fail_with = None
    RecordingNode.requests = []
    assert indexing.retry_pending().sent == 0  # not due yet: retried after a delay
    later = timezone.now() + datetime.timedelta(seconds=indexing.RETRY_DELAYS[0] + 1)
    assert indexing.retry_pending(now=later) == indexing.DrainResult(sent=1, waiting=0, parked=0)
    assert not PendingIndexUpdate.objects.exists()
    sent = [decoded_bodies(r) for r in RecordingNode.requests if "_bulk" in r["target"]]
    assert any(line.get("title") == "Télémédecine solidaire au village" for body in sent for line in body)


def test_the_validator_rejects_what_the_specification_does_not_define(validator):
    schema = validator.request_schema("POST", "/resources-fr/_search")
    assert validator.errors({"sise": 10}, schema)
    assert validator.errors({"query": {"match": {"title": {"query": "x", "bogus": 1}}}}, schema)
    assert validator.errors({"query": {"query_strin": {"query": "x"}}}, schema)
    assert validator.errors({"sort": [{"year": {"order": "down"}}]}, schema)
    assert not validator.errors({"query": {"match": {"title": {"query": "x"}}}, "size": 10}, schema)


def test_engine_selection_follows_elasticsearch_url(settings):
    from search.engines import get_engine

    settings.ELASTICSEARCH_URL = ""
    assert isinstance(get_engine(), DatabaseEngine)
    settings.ELASTICSEARCH_URL = "http://es.invalid:9200"
    engine = get_engine()
    assert isinstance(engine, FallbackEngine)
    assert isinstance(engine.primary, ElasticsearchEngine) and isinstance(engine.fallback, DatabaseEngine)


def test_stop_words_are_left_out_of_the_query(db, es_engine, cluster, validator):
    es_engine.search(request_from_params(QueryDict("q=le+cyberbus")))
    body = decoded_bodies(RecordingNode.requests[-1])
    matches = [clause["multi_match"] for clause in body["query"]["bool"]["must"]]
    assert [m["query"] for m in matches] == ["cyberbus"]
    assert matches[0]["zero_terms_query"] == "all"
    es_engine.search(request_from_params(QueryDict("q=le+la+les")))
    body = decoded_bodies(RecordingNode.requests[-1])
    assert_valid_request(validator, RecordingNode.requests[-1])
    assert "match_none" in json.dumps(body["query"])


def test_facets_list_every_value_and_sorts_end_on_a_unique_key(db, es_engine, cluster, validator):
    for sort in ("relevance", "newest", "title"):
        es_engine.search(request_from_params(QueryDict(f"q=acces&sort={sort}&theme=sante")))
        body = decoded_bodies(RecordingNode.requests[-1])
        assert body["sort"][-1] == {"translation_key": {"order": "asc"}}
        assert body["aggregations"]["_filter_theme"]["aggregations"]["theme"]["terms"]["size"] >= 10_000
        assert "no_match_size" not in body["highlight"]


def test_autocomplete_asks_for_every_partial_word_folded_and_prefixes_first(db, es_engine, cluster, validator):
    es_engine.suggest("Numéri Coop", "fr")
    request = RecordingNode.requests[-1]
    assert_valid_request(validator, request)
    body = decoded_bodies(request)
    wildcards = [f["wildcard"]["title.sort"]["value"] for f in body["query"]["bool"]["filter"] if "wildcard" in f]
    assert wildcards == ["*numeri*", "*coop*"]
    assert body["query"]["bool"]["should"][0]["constant_score"]["filter"]["prefix"]["title.sort"]["value"] == (
        "numeri coop"
    )
    assert "match_bool_prefix" not in json.dumps(body)


def test_without_filter_counts_are_one_multi_search(db, es_engine, cluster, validator):
    params = QueryDict("q=introuvable&theme=acces&theme=sante&country=FR&launch_year_from=2000")
    response = run_search(request_from_params(params), engine=es_engine)
    assert set(response.without_filter) == {"theme:acces", "theme:sante", "country:FR", "range:launch_year"}
    searches = [r for r in RecordingNode.requests if "_msearch" in r["target"]]
    assert len(searches) == 1
    assert_valid_request(validator, searches[0])
    lines = decoded_bodies(searches[0])
    assert len(lines) == 8 and all(line["size"] == 0 for line in lines[1::2])


def test_a_body_only_match_shows_the_body_fragment(db, es_engine, cluster):
    response = json.loads((FIXTURES / "es_search_response.json").read_text())
    hit = response["hits"]["hits"][0]
    hit["highlight"] = {"body": ["les <mark>démarches</mark> en ligne"]}
    cluster.search_response = response
    result = es_engine.search(request_from_params(QueryDict("q=démarches")))
    assert result.hits[0].snippet == "les <mark>démarches</mark> en ligne"
    hit.pop("highlight")
    result = es_engine.search(request_from_params(QueryDict("q=démarches")))
    assert "<mark>" not in result.hits[0].snippet  # no fragment: the start of the summary, unmarked


def test_a_partial_search_asks_for_most_words_ranked_by_how_many_match(db, es_engine, cluster, validator):
    request = request_from_params(QueryDict("q=petites+annonces+entraide+-wifi"))
    es_engine.search(replace(request, match=PARTIAL))
    sent = RecordingNode.requests[-1]
    assert_valid_request(validator, sent)
    query = decoded_bodies(sent)["query"]["bool"]
    assert query["minimum_should_match"] == 2  # two of the three words
    assert [clause["bool"]["must"][0]["multi_match"]["query"] for clause in query["should"]] == [
        "petites",
        "annonces",
        "entraide",
    ]
    for clause in query["should"]:
        counted = clause["bool"]["should"][0]["constant_score"]
        assert counted["boost"] == MATCHED_CLAUSE_BOOST and counted["filter"] == clause["bool"]["must"][0]
        assert "title.folded^4" in counted["filter"]["multi_match"]["fields"]
    assert query["must_not"][0]["multi_match"]["query"] == "wifi"
    es_engine.search(request)
    assert_valid_request(validator, RecordingNode.requests[-1])
    query = decoded_bodies(RecordingNode.requests[-1])["query"]["bool"]
    assert len(query["must"]) == 3 and "minimum_should_match" not in json.dumps(query)


def test_title_sort_reads_the_sort_key(db, es_engine, cluster, validator):
    es_engine.search(request_from_params(QueryDict("sort=title")))
    assert_valid_request(validator, RecordingNode.requests[-1])
    assert decoded_bodies(RecordingNode.requests[-1])["sort"][0] == {"title_sort": {"order": "asc"}}
