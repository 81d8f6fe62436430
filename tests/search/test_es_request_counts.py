"""How many requests Elasticsearch receives for an import and for a zero-result search with many filters, counted
at the transport layer (tests/search/es_double.py). ES_COUNT_PAGES=500 reproduces the figures of the README."""

import os

from django.http import QueryDict

from search import indexing
from search.searches import request_from_params, run_search
from tests.search.es_double import FakeCluster, RecordingNode, make_client

PAGES = int(os.environ.get("ES_COUNT_PAGES", "40"))


def _engine():
    from search.engines.elasticsearch import ElasticsearchEngine

    cluster = FakeCluster()
    RecordingNode.responder = cluster
    RecordingNode.requests = []
    return ElasticsearchEngine(make_client(), prefix="resources"), cluster


def import_requests(site_tree, settings, monkeypatch, capture, count):
    from bench.import_data import generate
    from library.importing.run import import_files

    engine, _cluster = _engine()
    settings.ELASTICSEARCH_URL = "http://es.invalid:9200"
    monkeypatch.setattr(indexing, "elasticsearch_engine", lambda: engine)
    path = site_tree.tmp_path / f"note-{count}.md" if hasattr(site_tree, "tmp_path") else None
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / f"note-{count}.md"
    path.write_text(generate(count), encoding="utf-8")
    RecordingNode.requests = []
    with capture(execute=True):
        results = import_files([path], publish=True)
    assert not results[0].error, results[0].error
    return len(RecordingNode.requests)


def test_an_import_sends_a_bounded_number_of_requests(
    site_tree, settings, monkeypatch, django_capture_on_commit_callbacks
):
    requests = import_requests(site_tree, settings, monkeypatch, django_capture_on_commit_callbacks, PAGES)
    print(f"\n[es-requests] import of {PAGES} records: {requests} requests")
    assert requests <= 16  # on an empty cluster: 3 alias checks, 3 stray-index checks, 3 creations, the bulks


def test_a_zero_result_search_with_six_filters_sends_a_bounded_number_of_requests(db):
    engine, _cluster = _engine()
    params = QueryDict(
        "q=introuvable&theme=acces&theme=sante&country=FR&country=ML&audience=jeunes&type=initiative", mutable=True
    )
    request = request_from_params(params)
    assert sum(len(values) for _facet, values in request.filters) == 6
    RecordingNode.requests = []
    response = run_search(request, engine=engine)
    print(f"\n[es-requests] zero-result search with 6 filters: {len(RecordingNode.requests)} requests")
    assert response.count == 0
    # the search, one _msearch for the counts without each filter, one _search for the spelling suggesters (and a
    # count of the corrected search when they offer one)
    assert len(RecordingNode.requests) <= 3
