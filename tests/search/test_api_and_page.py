"""The JSON API and the search page as a visitor uses them (database engine, the default)."""

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home.models.base import PARTNERS_GROUP
from search import indexing
from search.engines.database import DatabaseEngine

API = "/api/search/"


@pytest.fixture
def indexed(corpus):
    indexing.rebuild(engines=[DatabaseEngine()])
    return corpus


def test_api_returns_the_documented_json(client, indexed):
    data = client.get(API, {"q": "cyberbus", "lang": "fr"}).json()
    assert set(data) == {
        "count",
        "match",
        "page",
        "pages",
        "results",
        "facets",
        "facet_totals",
        "facet_counts_approximate",
        "without_filter",
        "promotions",
        "suggestion",
        "synonyms",
    }
    assert data["match"] == "all"
    first = data["results"][0]
    assert set(first) == {
        "title",
        "url",
        "type",
        "snippet",
        "locale",
        "themes",
        "year",
        "snippet_source",
        "snippet_page",
    }
    assert (first["title"], first["type"], first["locale"], first["themes"], first["year"]) == (
        "Le Cyberbus",
        "initiative",
        "fr",
        ["acces"],
        2009,
    )
    assert first["url"].endswith("/cyberbus/")
    assert {
        "value": "acces",
        "label": "Accès à la connexion et aux équipements",
        "count": 1,
        "selected": False,
    } in data["facets"]["theme"]


def test_api_filters_sorts_and_pages(client, indexed):
    data = client.get(API, {"type": "initiative", "sort": "title", "page_size": 2, "page": 2}).json()
    assert (data["count"], data["page"], data["pages"]) == (4, 2, 2)
    assert [r["title"] for r in data["results"]] == ["Télémédecine au village", "Wifi <libre> & gratuit"]
    data = client.get(API + "?type=initiative&theme=sante&theme=cooperation").json()
    assert data["count"] == 2
    assert {b["value"] for b in data["facets"]["theme"] if b["selected"]} == {"sante", "cooperation"}


def test_api_zero_results_list_the_filters_to_remove(client, indexed):
    data = client.get(API, {"q": "village", "theme": "acces"}).json()
    assert data["count"] == 0
    assert data["without_filter"] == {"theme:acces": 1}


@pytest.mark.parametrize(
    "params, message",
    [
        ({"page": "abc"}, "page"),
        ({"page": "0"}, "page"),
        ({"page_size": "101"}, "page_size"),
        ({"sort": "random"}, "sort"),
        ({"lang": "de"}, "de"),
        ({"launch_year_from": "20x"}, "launch_year_from"),
        ({"launch_year_from": "2015", "launch_year_to": "2010"}, "launch_year_to"),
        ({"include_untranslated": "maybe"}, "include_untranslated"),
    ],
)
def test_api_invalid_values_answer_400_with_a_message(client, indexed, params, message):
    response = client.get(API, params)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_api_ignores_unknown_parameters_and_survives_any_query(client, indexed):
    assert client.get(API, {"q": "cyberbus", "colour": "blue"}).json()["count"] == 1
    for text in ['"', "((", "-", "a & b | !c", "é" * 500]:
        assert client.get(API, {"q": text}).status_code == 200
    refused = client.get(API, {"q": "\x00"})  # PostgreSQL refuses NUL in any string: a 400 that says why
    assert refused.status_code == 400 and "NUL" in refused.json()["error"]


def test_partner_only_pages_only_for_partners(client, indexed):
    def titles():
        return [r["title"] for r in client.get(API, {"q": "cyberbus"}).json()["results"]]

    def suggestions():
        return [r["title"] for r in client.get(API + "autocomplete/", {"q": "confidentiel"}).json()["results"]]

    assert "Projet confidentiel des partenaires" not in titles()
    assert suggestions() == []
    member = User.objects.create_user("partner", password="x")
    member.groups.add(Group.objects.get_or_create(name=PARTNERS_GROUP)[0])
    client.force_login(member)
    assert "Projet confidentiel des partenaires" in titles()
    assert suggestions() == ["Projet confidentiel des partenaires"]


def test_autocomplete_jumps_to_pages(client, indexed):
    data = client.get(API + "autocomplete/", {"q": "télé", "lang": "fr"}).json()
    assert data["results"][0]["title"] == "Télémédecine au village"
    assert data["results"][0]["url"].endswith("/telemedecine/")


def test_search_page_works_without_javascript(client, indexed):
    url = reverse("search:search")
    response = client.get(url, {"q": "accès", "theme": "cooperation"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-live="polite"' in html
    assert "Jumelage Athis-Mons Tombouctou" in html
    assert 'name="theme" value="cooperation" checked' in html
    assert 'name="theme" value="acces"' in html  # other themes stay offered, with their counts
    assert "<mark>" in html
    assert "Le Cyberbus" not in html


def test_results_with_most_of_the_words_are_flagged_in_the_api_and_on_the_page(client, indexed):
    data = client.get(API, {"q": "cyberbus village"}).json()
    assert data["match"] == "partial" and data["count"] == 2
    html = client.get(reverse("search:search"), {"q": "cyberbus village"}).content.decode()
    assert "Aucun résultat avec tous vos mots — voici les résultats qui en contiennent le plus." in html
    assert "data-search-partial" not in client.get(reverse("search:search"), {"q": "cyberbus"}).content.decode()


def test_search_page_pagination_keeps_the_state(client, indexed):
    response = client.get(reverse("search:search"), {"type": "initiative", "page_size": 2, "sort": "title"})
    html = response.content.decode()
    assert "?type=initiative&amp;page_size=2&amp;sort=title&amp;page=2" in html


def test_search_page_in_english_shows_english_results(client, indexed):
    from django.utils import translation

    with translation.override("en"):
        url = reverse("search:search")
    assert url.startswith("/en/")
    html = client.get(url, {"q": "cyberbus"}).content.decode()
    assert "The Cyberbus" in html


def test_search_page_invalid_value_is_explained(client, indexed):
    response = client.get(reverse("search:search"), {"page": "x"})
    assert response.status_code == 400
    assert "page" in response.content.decode()


def test_search_url_helper_for_keywords_and_themes(indexed):
    from django.template import Context, Template

    rendered = Template("{% load search_tags %}{% search_url keyword='haut-debit' %}|{% search_url theme='sante' %}")
    keyword_url, theme_url = rendered.render(Context()).split("|")
    assert keyword_url == reverse("search:search") + "?keyword=haut-debit"
    assert theme_url == reverse("search:search") + "?theme=sante"


def test_a_search_runs_the_same_queries_for_twenty_hits_as_for_eight(client, indexed):
    """No query per hit or per facet value: the page of hits and every facet's counts come from a fixed set."""
    params = {"lang": "fr", "theme": ["acces", "sante", "cooperation"], "sort": "title"}
    client.get(API, params)  # labels and facet keys are cached after the first search, as on a live site
    with CaptureQueriesContext(connection) as few:
        assert client.get(API, params).json()["count"] == 8
    for number in range(12):
        indexed.initiative(f"Atelier {number}", "Un atelier.", themes=[indexed.theme_health], slug=f"atelier-{number}")
    indexing.rebuild(engines=[DatabaseEngine()])
    client.get(API, params)
    with CaptureQueriesContext(connection) as many:
        data = client.get(API, params).json()
    assert (data["count"], len(data["results"])) == (20, 20)
    # 7: the content versions (home.versions) are read from the database once per request
    assert len(many) == len(few) <= 7, [query["sql"][:80] for query in many]
