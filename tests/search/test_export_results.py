"""Exporting a search result set as BibTeX, RIS or CSL-JSON: the references the visitor may see, nothing else."""

import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from library.factories import ReferencePageFactory
from search import indexing
from search.engines.database import DatabaseEngine


@pytest.fixture
def references(site_tree):
    public = ReferencePageFactory(parent=site_tree.library, title="Fracture numérique et territoires", issued_year=2009)
    other = ReferencePageFactory(parent=site_tree.library, title="Santé connectée à domicile", issued_year=2011)
    secret = ReferencePageFactory(
        parent=site_tree.library, title="Fracture numérique : rapport interne", issued_year=2010
    )
    restriction = PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name="Partenaires")])
    indexing.rebuild(engines=[DatabaseEngine()])
    return public, other, secret


def test_export_of_a_search_gives_its_references_in_csl_json(client, references):
    response = client.get("/api/search/export.csljson", {"q": "fracture", "lang": "fr"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="references.json"'
    titles = [item["title"] for item in json.loads(response.content)]
    assert titles == ["Fracture numérique et territoires"]  # the partner-only report is never exported anonymously


def test_export_follows_the_filters_and_the_format(client, references):
    bibtex = client.get("/api/search/export.bibtex", {"lang": "fr", "published_year_from": "2011"})
    assert bibtex["Content-Type"].startswith("application/x-bibtex")
    text = bibtex.content.decode()
    assert "Santé connectée à domicile" in text and "territoires" not in text


def test_export_rejects_bad_input_with_a_message(client, references):
    assert client.get("/api/search/export.docx", {"lang": "fr"}).status_code == 404
    response = client.get("/api/search/export.ris", {"lang": "fr", "sort": "random"})
    assert response.status_code == 400 and "sort" in response.json()["error"]


def test_search_page_offers_the_export_links(client, references):
    html = client.get(reverse("search:search"), {"q": "fracture"}).content.decode()
    assert 'href="/api/search/export.ris?q=fracture"' in html
