"""Elasticsearch on a real cluster: configuration, fallback only when it helps, the circuit breaker, the retry queue
(backoff, parked documents), rebuilds that lose nothing, the system check (on the transport double)."""

import datetime
import logging

import certifi
import pytest
from django.db import connections
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from elasticsearch import BadRequestError

from search import indexing
from search.checks import check_elasticsearch
from search.documents import documents_for_groups, iter_all_documents
from search.engines import CircuitBreaker, FallbackEngine, get_engine
from search.engines.connection import client_from_settings, node_url
from search.engines.database import DatabaseEngine
from search.engines.elasticsearch import ElasticsearchEngine
from search.models import PendingIndexUpdate
from search.searches import request_from_params, run_search
from tests.search.es_double import FakeCluster, RecordingNode, decoded_bodies, make_client


@pytest.fixture
def cluster():
    cluster = FakeCluster()
    RecordingNode.responder = cluster
    RecordingNode.requests = []
    return cluster


@pytest.fixture
def es_engine(cluster):
    return ElasticsearchEngine(make_client(), prefix="resources")


def cyberbus_request():
    return request_from_params(QueryDict("q=cyberbus"))


# Configuration -------------------------------------------------------------------------------------------------


def test_urls_without_port_and_with_credentials(settings):
    assert node_url("http://es") == ("http://es:9200", None)
    assert node_url("https://search.example.org") == ("https://search.example.org:443", None)
    assert node_url("https://elastic:s%40cret@es:9243/") == ("https://es:9243", ("elastic", "s@cret"))
    settings.ELASTICSEARCH_URL = "https://elastic:secret@es.invalid"
    settings.ELASTICSEARCH_API_KEY = "a2V5OnNlY3JldA=="
    settings.ELASTICSEARCH_CA_CERTS = certifi.where()
    client = client_from_settings()
    node = client.transport.node_pool.all()[0]
    assert node.base_url == "https://es.invalid:443"
    assert node.config.ca_certs == certifi.where()
    assert client._headers["authorization"] == "ApiKey a2V5OnNlY3JldA=="


def test_a_misconfigured_url_is_a_system_check_error_and_the_database_answers(settings, db):
    settings.ELASTICSEARCH_URL = "es.invalid:9200"
    assert isinstance(get_engine(), DatabaseEngine)
    assert [message.id for message in check_elasticsearch()] == ["search.E001"]


def test_the_system_check_reports_an_unreachable_cluster_and_missing_aliases(settings, cluster, monkeypatch):
    import search.engines.connection as connection

    settings.ELASTICSEARCH_URL = "http://es.invalid:9200"
    monkeypatch.setattr(connection, "Elasticsearch", lambda url, **options: make_client())
    cluster.fail_with = "connection"
    assert [message.id for message in check_elasticsearch()] == ["search.W001"]
    cluster.fail_with = None
    assert [message.id for message in check_elasticsearch()] == ["search.W003"]
    cluster.aliases = {f"resources-{code}": f"resources-{code}-1" for code in ("fr", "en", "es")}
    assert check_elasticsearch() == []


# Fallback and circuit breaker ------------------------------------------------------------------------------------


@pytest.mark.parametrize("failure", ["timeout", "connection", (429, {"error": "busy", "status": 429}),
                                     (503, {"error": "unavailable", "status": 503})])  # fmt: skip
def test_unavailable_clusters_fall_back_and_the_page_says_so(corpus, es_engine, cluster, failure, settings, client,
                                                             monkeypatch):  # fmt: skip
    import search.engines as engines

    indexing.rebuild(engines=[DatabaseEngine()])
    cluster.fail_with = failure
    settings.ELASTICSEARCH_URL = "http://es.invalid:9200"
    monkeypatch.setattr(engines, "elasticsearch_engine", lambda: es_engine)
    monkeypatch.setattr(engines, "_breaker", lambda url, prefix: CircuitBreaker())
    response = run_search(cyberbus_request())
    assert (response.engine, response.degraded) == ("database", True)
    assert [hit.title for hit in response.hits] == ["Le Cyberbus"]
    page = client.get(reverse("search:search"), {"q": "cyberbus"})
    assert page.status_code == 200
    assert b"data-search-degraded" in page.content


def test_a_4xx_is_a_bug_logged_at_error_level_and_raised_in_tests(corpus, es_engine, cluster, caplog, settings):
    cluster.fail_with = (400, {"error": {"type": "parsing_exception", "reason": "bad query"}, "status": 400})
    engine = FallbackEngine(es_engine, DatabaseEngine())
    with caplog.at_level(logging.ERROR), pytest.raises(BadRequestError):
        run_search(cyberbus_request(), engine=engine)
    assert "refused a request" in caplog.text
    settings.SEARCH_RAISE_ENGINE_BUGS = False  # production: logged, and the database answers
    indexing.rebuild(engines=[DatabaseEngine()])
    assert run_search(cyberbus_request(), engine=engine).engine == "database"


def test_the_breaker_opens_after_three_failures_for_thirty_seconds(db, es_engine, cluster):
    now = [1000.0]
    breaker = CircuitBreaker(clock=lambda: now[0])
    engine = FallbackEngine(es_engine, DatabaseEngine(), breaker=breaker)
    cluster.fail_with = "timeout"
    for _ in range(3):
        engine.search(cyberbus_request())
    tried = len(RecordingNode.requests)
    assert tried == 3 and breaker.is_open
    engine.search(cyberbus_request())
    engine.suggest("cyber", "fr")
    assert len(RecordingNode.requests) == tried  # open: Elasticsearch is not asked
    now[0] += 30
    cluster.fail_with = None
    engine.search(cyberbus_request())
    assert len(RecordingNode.requests) == tried + 1 and engine.last_engine_name == "elasticsearch"
    assert not breaker.is_open


def test_queued_updates_make_the_database_answer_until_they_are_sent(corpus, es_engine, cluster):
    PendingIndexUpdate.objects.create(translation_key=corpus.secret.translation_key)
    engine = FallbackEngine(es_engine, DatabaseEngine())
    indexing.rebuild(engines=[DatabaseEngine()])
    assert run_search(cyberbus_request(), engine=engine).engine == "database"
    assert not RecordingNode.requests
    PendingIndexUpdate.objects.all().delete()
    assert run_search(cyberbus_request(), engine=engine).engine == "elasticsearch"


# Writing: aliases, the queue ------------------------------------------------------------------------------------


def test_updates_create_missing_aliases_once_and_never_auto_create_an_index(corpus, es_engine, cluster):
    keys = [corpus.cyberbus.translation_key, corpus.telemedicine.translation_key]
    es_engine.replace_groups(documents_for_groups(keys))
    es_engine.replace_groups(documents_for_groups(keys))
    created = [r["target"] for r in RecordingNode.requests if r["method"] == "PUT" and "_bulk" not in r["target"]]
    assert created == ["/resources-fr-initial", "/resources-en-initial", "/resources-es-initial"]
    assert decoded_bodies(next(r for r in RecordingNode.requests if r["target"] == created[0]))["aliases"] == {
        "resources-fr": {}
    }
    bulks = [r for r in RecordingNode.requests if "_bulk" in r["target"]]
    assert len(bulks) == 2 and all("require_alias=true" in r["target"] for r in bulks)
    heads = [r["target"] for r in RecordingNode.requests if r["method"] == "HEAD"]
    assert len(heads) == 6  # the alias and a stray index of its name, once per locale and engine, not per group


def test_an_index_that_took_the_alias_name_is_replaced_by_the_alias(corpus, es_engine, cluster, caplog):
    cluster.indices.add("resources-fr")  # auto-created by a write while the alias was missing
    with caplog.at_level(logging.ERROR):
        es_engine.replace_groups(documents_for_groups([corpus.cyberbus.translation_key]))
    assert ("DELETE", "/resources-fr") in [(r["method"], r["target"].split("?")[0]) for r in RecordingNode.requests]
    assert cluster.aliases["resources-fr"] == "resources-fr-initial"
    assert "rebuild the resource index" in caplog.text


def test_a_refused_document_is_parked_with_its_reason_and_does_not_block_the_queue(corpus, es_engine, cluster,
                                                                                    caplog):  # fmt: skip
    bad, good = corpus.telemedicine.translation_key, corpus.cyberbus.translation_key
    for key in (bad, good):
        PendingIndexUpdate.objects.create(translation_key=key)
    cluster.refuse_ids = {f"{bad}-fr": {"type": "mapper_parsing_exception", "reason": "failed to parse [year]"}}
    with caplog.at_level(logging.ERROR):
        result = indexing.retry_pending(es_engine)
    assert result == indexing.DrainResult(sent=1, waiting=0, parked=1)
    parked = PendingIndexUpdate.objects.get()
    assert parked.translation_key == bad and parked.parked
    assert "mapper_parsing_exception: failed to parse [year]" in parked.last_error
    assert "failed to parse [year]" in caplog.text
    # its stale documents were removed from Elasticsearch
    last_bulk = decoded_bodies([r for r in RecordingNode.requests if "_bulk" in r["target"]][-1])
    assert {"delete": {"_index": "resources-fr", "_id": f"{bad}-fr"}} in last_bulk
    # the next drain does not try it again, nor does it make searches fall back
    assert indexing.retry_pending(es_engine) == indexing.DrainResult(sent=0, waiting=0, parked=0)
    cluster.refuse_ids = {}
    indexing.unpark()
    assert indexing.retry_pending(es_engine).sent == 1


def test_the_queue_backs_off_while_elasticsearch_is_down(corpus, es_engine, cluster):
    PendingIndexUpdate.objects.create(translation_key=corpus.cyberbus.translation_key)
    cluster.fail_with = "connection"
    assert indexing.retry_pending(es_engine) == indexing.DrainResult(sent=0, waiting=1, parked=0)
    pending = PendingIndexUpdate.objects.get()
    assert pending.attempts == 1 and pending.next_attempt_at > timezone.now()
    before = len(RecordingNode.requests)
    assert indexing.retry_pending(es_engine).waiting == 1
    assert len(RecordingNode.requests) == before  # not due: nothing sent
    cluster.fail_with = None
    later = pending.next_attempt_at + datetime.timedelta(seconds=1)
    assert indexing.retry_pending(es_engine, now=later).sent == 1


def test_publishing_does_not_drain_the_queue(corpus, es_engine, cluster, settings, monkeypatch,
                                             django_capture_on_commit_callbacks):  # fmt: skip
    settings.ELASTICSEARCH_URL = "http://es.invalid:9200"
    monkeypatch.setattr(indexing, "elasticsearch_engine", lambda: es_engine)
    PendingIndexUpdate.objects.create(translation_key=corpus.secret.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        corpus.telemedicine.save_revision().publish()
    assert PendingIndexUpdate.objects.filter(translation_key=corpus.secret.translation_key).exists()


# Rebuilds --------------------------------------------------------------------------------------------------------


def test_a_rebuild_of_one_locale_keeps_the_queue(corpus, es_engine, cluster, settings, monkeypatch):
    settings.ELASTICSEARCH_URL = "http://es.invalid:9200"
    monkeypatch.setattr(indexing, "elasticsearch_engine", lambda: es_engine)
    PendingIndexUpdate.objects.create(translation_key=corpus.cyberbus.translation_key)
    cluster.fail_with = None
    monkeypatch.setattr(indexing, "retry_pending", lambda engine=None, **kw: indexing.DrainResult())
    indexing.rebuild(["en"], engines=[es_engine])
    assert PendingIndexUpdate.objects.exists()
    indexing.rebuild(engines=[es_engine])
    assert not PendingIndexUpdate.objects.exists()


def test_updates_during_a_rebuild_are_replayed_into_the_new_index(corpus, es_engine, cluster, settings, monkeypatch):
    settings.ELASTICSEARCH_URL = "http://es.invalid:9200"
    monkeypatch.setattr(indexing, "rebuild_running", lambda: True)
    real_documents = indexing.iter_all_documents

    def documents_with_an_update_meanwhile(language_codes):
        documents = real_documents(language_codes)
        yield next(documents)
        indexing.update_groups([corpus.cyberbus.translation_key], es_engine)  # a publish while the rebuild runs
        assert PendingIndexUpdate.objects.filter(translation_key=corpus.cyberbus.translation_key).exists()
        yield from documents

    monkeypatch.setattr(indexing, "iter_all_documents", documents_with_an_update_meanwhile)
    RecordingNode.requests = []
    indexing.rebuild(engines=[es_engine])
    swap = max(i for i, r in enumerate(RecordingNode.requests) if r["target"].startswith("/_aliases"))
    replay = [decoded_bodies(r) for r in RecordingNode.requests[swap:] if "_bulk" in r["target"]]
    assert any(line.get("translation_key") == str(corpus.cyberbus.translation_key) for b in replay for line in b)
    assert not PendingIndexUpdate.objects.exists()


def test_a_failed_rebuild_deletes_its_new_indices(corpus, es_engine, cluster):
    cluster.refuse_ids = {f"{corpus.cyberbus.translation_key}-fr": {"type": "x", "reason": "refused"}}
    with pytest.raises(Exception, match="refused|failed"):
        es_engine.rebuild(iter_all_documents(["fr", "en"]), ["fr", "en"])
    assert cluster.indices == set() and cluster.aliases == {}


@pytest.mark.skipif(
    connections["default"].vendor != "postgresql", reason="the rebuild lock is a PostgreSQL advisory lock"
)
def test_two_rebuilds_cannot_run_at_once(corpus):
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [indexing.REBUILD_LOCK])
        assert indexing.rebuild_running()
        with pytest.raises(indexing.RebuildInProgress):
            indexing.rebuild(engines=[DatabaseEngine()])
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [indexing.REBUILD_LOCK])
        assert not indexing.rebuild_running()
    finally:
        other.close()


def test_the_retry_command_reports_sent_waiting_and_parked_groups(corpus, es_engine, cluster, settings, monkeypatch):
    from io import StringIO

    from django.core.management import call_command

    settings.ELASTICSEARCH_URL = "http://es.invalid:9200"
    monkeypatch.setattr(indexing, "elasticsearch_engine", lambda: es_engine)
    bad = corpus.telemedicine.translation_key
    for key in (bad, corpus.cyberbus.translation_key):
        PendingIndexUpdate.objects.create(translation_key=key)
    cluster.refuse_ids = {f"{bad}-fr": {"type": "mapper_parsing_exception", "reason": "failed to parse [year]"}}
    out = StringIO()
    call_command("rebuild_resource_index", "--retry-pending", stdout=out)
    assert "1 queued update(s) sent to Elasticsearch, 0 still waiting, 1 refused and parked." in out.getvalue()
    assert f"parked {bad}: {bad}-fr: mapper_parsing_exception: failed to parse [year]" in out.getvalue()
