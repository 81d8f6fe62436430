"""Elasticsearch's synonyms and spelling help: the bodies validated against the specification (its suggester gap
filled from Elastic's definitions, tests/search/es_spec.py), the response parsed from a specification-shaped
fixture."""

import json

from search.engines.elasticsearch import resource_mapping
from search.searches import request_from_params, run_search
from search.spelling.elasticsearch import corrections_body
from tests.search.es_double import RecordingNode, decoded_bodies
from tests.search.test_elasticsearch_bodies import assert_valid_request, cluster, es_engine, validator  # noqa: F401
from tests.search_help.conftest import add_group

PARTNERS = "g:1"


def spelling_response(options):
    return {
        "took": 3,
        "timed_out": False,
        "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
        "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []},
        "suggest": {
            "w0": [{"text": "internett", "offset": 0, "length": 9, "options": options}],
            "w1": [{"text": "bourges", "offset": 0, "length": 7, "options": []}],
        },
    }


def test_the_corrections_body_follows_the_specification(db, es_engine, cluster, validator):  # noqa: F811
    es_engine.corrections(["internett", "bourges"], "fr", audiences=("public", PARTNERS))
    request = RecordingNode.requests[-1]
    assert request["target"].startswith("/resources-fr/_search")
    assert_valid_request(validator, request)
    body = decoded_bodies(request)
    assert set(body["suggest"]) == {"w0", "w1"}  # one phrase suggester per word, one request
    phrase = body["suggest"]["w0"]["phrase"]
    assert body["suggest"]["w0"]["text"] == "internett" and phrase["field"] == "spelling"
    assert phrase["direct_generator"][0]["suggest_mode"] == "missing"  # only words the index lacks
    schema = validator.request_schema("POST", "/resources-fr/_search")
    misspelt = {**body, "suggest": {"w0": {"text": "x", "phrase": {"field": "spelling", "colate": {}}}}}
    assert validator.errors(misspelt, schema) == ["$.suggest.w0.phrase: unknown key 'colate'"]  # checked, not open


def test_each_candidate_is_checked_against_what_the_visitor_may_see(db):
    """Suggesters read the terms of every document: `collate` keeps a candidate only if a document the visitor may
    see holds it, so a word of the partner pages is never offered to an anonymous visitor."""
    body = corrections_body(["confidentiell"], ("public",))
    collate = body["suggest"]["w0"]["phrase"]["collate"]
    assert collate["prune"] is False  # candidates failing the check are dropped, not flagged
    query = json.loads(collate["query"]["source"])
    assert {"terms": {"visibility": ["public"]}} in query["bool"]["filter"]
    assert {"match": {"spelling": "{{suggestion}}"}} in query["bool"]["filter"]
    assert body["query"]["bool"]["filter"][0] == {"terms": {"visibility": ["public"]}}


def test_the_response_gives_the_corrections(db, es_engine, cluster, validator):  # noqa: F811
    response = spelling_response(
        [{"text": "internet", "score": 0.41, "highlighted": "internet", "collate_match": True}]
    )
    errors = validator.errors(response, validator.response_schema("POST", "/resources-fr/_search"))
    assert not errors, errors[:5]
    cluster.search_response = response
    assert es_engine.corrections(["internett", "bourges"], "fr") == {"internett": "internet"}
    cluster.search_response = spelling_response([])
    assert es_engine.corrections(["internett", "bourges"], "fr") == {}


def test_the_mapping_copies_every_text_field_into_the_unstemmed_spelling_field(db):
    properties = resource_mapping("fr").to_dict()["properties"]
    assert properties["spelling"] == {"type": "text", "analyzer": "rc_spelling"}
    copied = [name for name, field in properties.items() if field.get("copy_to") == "spelling"]
    assert set(copied) >= {"title", "summary", "body", "keywords_text"}


def test_a_synonym_group_is_one_or_inside_the_single_search(db, es_engine, cluster, validator):  # noqa: F811
    add_group("fr", "personnes âgées", "seniors", "aînés")
    run_search(request_from_params({"q": "personnes âgées bourges"}), engine=es_engine)
    searches = [r for r in RecordingNode.requests if r["target"].startswith("/resources-fr/_search")]
    # the search, the partial search (nothing with all the words), the spelling check: no request per synonym
    assert len(searches) == 3
    assert_valid_request(validator, searches[0])
    must = decoded_bodies(searches[0])["query"]["bool"]["must"]
    assert must[0]["multi_match"]["query"] == "bourges"
    either = must[1]["bool"]
    assert either["minimum_should_match"] == 1
    typed = either["should"][0]["bool"]["must"]
    assert [clause["multi_match"]["query"] for clause in typed] == ["personnes", "âgées"]  # as typed: each anywhere
    assert [(c["multi_match"]["query"], c["multi_match"]["type"]) for c in either["should"][1:]] == [
        ("seniors", "phrase"),
        ("aînés", "phrase"),
    ]
