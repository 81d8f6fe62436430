"""Wagtail's API v2 page listing with the localised relation fields: no query per listed page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.sample_site import build_sample_site, grow_sample_site

pytestmark = pytest.mark.django_db

LISTING = "/api/v2/pages/"
FIELDS = {"type": "initiatives.InitiativePage", "fields": "themes,keywords,audiences,initiative_types,status"}


def listing(client, **params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(LISTING, {**FIELDS, "limit": 100, **params})
    assert response.status_code == 200, response.content
    return response.json()["items"], len(queries)


def test_the_listing_with_relations_runs_the_same_queries_for_60_pages_as_for_10(client):
    site = build_sample_site(initiatives=10, organisations=2, references=1, notes=1)
    listing(client)  # labels cached, as on a live site
    items, few = listing(client)
    assert len(items) == 10
    grow_sample_site(site, initiatives=50)
    listing(client)
    items, many = listing(client)
    assert len(items) == 60
    assert many == few, f"{few} queries for 10 pages, {many} for 60"


def test_the_listing_shows_each_page_its_own_relations(client):
    site = build_sample_site(initiatives=3, organisations=1, references=1, notes=1)
    items, _queries = listing(client)
    by_id = {item["id"]: item for item in items}
    for page in site.initiatives:
        item = by_id[page.pk]
        assert [theme["code"] for theme in item["themes"]] == [theme.code for theme in page.themes.all()]
        assert sorted(k["code"] for k in item["keywords"]) == sorted(k.slug for k in page.keywords.all())
        assert item["status"] == ({"code": page.status.slug, "label": page.status.name} if page.status else None)
    items, _queries = listing(client, fields="*,-themes")  # every field but one
    assert "themes" not in items[0] and "keywords" in items[0]


def test_the_listing_counts_and_pages_within_bounds(client, monkeypatch):
    from home import api

    build_sample_site(initiatives=5, organisations=1, references=1, notes=1)
    total = client.get(LISTING).json()["meta"]["total_count"]
    monkeypatch.setattr(api, "COUNT_LIMIT", 3)
    with CaptureQueriesContext(connection) as queries:
        meta = client.get(LISTING, {"limit": 2}).json()["meta"]
    assert total > 3 and meta == {"total_count": 3, "total_count_is_lower_bound": True}
    assert any("COUNT(*)" in q["sql"] and "LIMIT 4" in q["sql"] for q in queries.captured_queries)
    response = client.get(LISTING, {"offset": api.MAX_OFFSET + 1})
    assert response.status_code == 400 and "offset" in response.json()["message"]


def test_the_listing_searched_with_its_search_parameter_answers(client):
    """`?search=` hands the listing to Wagtail's search backend: its results are counted by the engine, not cut."""
    site = build_sample_site(initiatives=3, organisations=1, references=1, notes=1)
    title = site.initiatives[0].title
    response = client.get(LISTING, {"search": title.split()[0], "limit": 5})
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] >= 1
