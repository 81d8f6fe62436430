"""The judged relevance set (relevance_set.json) over the demo content, on the database engine of the test database
(PostgreSQL with DATABASE_URL, SQLite otherwise): recall@10 and MRR, printed, with their thresholds, and no judged
query may come back empty."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction
from django.http import QueryDict
from django.test import TestCase
from wagtail.models import Page

from search import indexing
from search.engines.database import DatabaseEngine
from search.searches import request_from_params, run_search

JUDGEMENTS = json.loads((Path(__file__).resolve().parent / "relevance_set.json").read_text(encoding="utf-8"))
MIN_RECALL_AT_10 = 0.9
MIN_MRR = 0.8
DEPTH = 10


@pytest.fixture(scope="module")
def demo_engine(django_db_setup, django_db_blocker):
    """The demo content loaded once for the module, indexed by the database engine, rolled back at the end."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_demo", verbosity=0, stdout=io.StringIO())
            engine = DatabaseEngine()
            indexing.rebuild(engines=[engine])
            yield engine
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def translation_keys_of(slugs):
    pages = Page.objects.filter(locale__language_code="fr", slug__in=slugs)
    found = {page.slug: page.translation_key for page in pages}
    assert set(found) == set(slugs), f"judged pages missing from the demo: {set(slugs) - set(found)}"
    return set(found.values())


def ranked_keys(engine, query, language):
    params = QueryDict(mutable=True)
    params.update({"q": query, "lang": language, "page_size": str(DEPTH)})
    response = run_search(request_from_params(params), engine=engine)
    keys = dict(Page.objects.filter(pk__in=[hit.page_id for hit in response.hits]).values_list("pk", "translation_key"))
    return [keys[hit.page_id] for hit in response.hits]


def measure(engine):
    """(recall@10, MRR, the per-query lines, the queries with no result)."""
    recalls, reciprocal_ranks, lines, empty = [], [], [], []
    for judged in JUDGEMENTS["queries"]:
        relevant = translation_keys_of(judged["relevant"])
        ranked = ranked_keys(engine, judged["q"], judged["lang"])
        if not ranked:
            empty.append(f"[{judged['lang']}] {judged['q']}")
        recall = len(relevant & set(ranked[:DEPTH])) / len(relevant)
        first = next((rank for rank, key in enumerate(ranked[:DEPTH], 1) if key in relevant), None)
        recalls.append(recall)
        reciprocal_ranks.append(1 / first if first else 0.0)
        lines.append(f"  [{judged['lang']}] {judged['q']!r}: recall {recall:.2f}, first relevant at {first}")
    return sum(recalls) / len(recalls), sum(reciprocal_ranks) / len(reciprocal_ranks), lines, empty


@pytest.mark.django_db
def test_judged_queries_meet_recall_and_mrr(demo_engine, capsys):
    assert len(JUDGEMENTS["queries"]) >= 40
    assert {judged["lang"] for judged in JUDGEMENTS["queries"]} == {"fr", "en", "es"}
    recall, mrr, lines, empty = measure(demo_engine)
    vendor = transaction.get_connection().vendor
    with capsys.disabled():
        print(f"\nRelevance set on the database engine ({vendor}), {len(lines)} queries:")
        print("\n".join(line for line in lines if "recall 1.00, first relevant at 1" not in line))
        print(f"recall@{DEPTH} = {recall:.3f} (minimum {MIN_RECALL_AT_10}), MRR = {mrr:.3f} (minimum {MIN_MRR})")
    assert not empty, f"judged queries with no result: {empty}"
    assert recall >= MIN_RECALL_AT_10
    assert mrr >= MIN_MRR
