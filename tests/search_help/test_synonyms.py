"""Synonyms as visitors notice them: a search for one term finds the pages that use another, at once after an
editor's change, on the search page and in the API (the database engine of the database the tests run on)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from search.query import parse_query
from search.searches import request_from_params, run_search
from search.synonyms.expansion import expand
from tests.search_help.conftest import add_group

API = "/api/search/"
BOURGES = "Connecter une résidence pour seniors à Bourges"
TELEMEDICINE = "Télémédecine au village"  # for the audience "Seniors" (its label is indexed)


def titles(client, q, lang="fr"):
    return [hit["title"] for hit in client.get(API, {"q": q, "lang": lang}).json()["results"]]


def test_a_multi_word_synonym_finds_the_page_that_says_seniors(client, indexed):
    assert titles(client, "personnes âgées") == []
    add_group("fr", "personnes âgées", "seniors", "aînés")
    assert titles(client, "personnes âgées") == [BOURGES, TELEMEDICINE]
    assert titles(client, "aînés") == [BOURGES, TELEMEDICINE]
    # compared analysed, with the other words required: only Bourges has them all, ranked first
    assert titles(client, "personne âgée bourges")[0] == BOURGES
    assert titles(client, "personnes âgées village")[0] == TELEMEDICINE
    data = client.get(API, {"q": "aînés"}).json()
    assert data["synonyms"] == ["personnes âgées", "seniors"]
    assert "<mark>seniors</mark>" in data["results"][0]["snippet"] or "seniors" in data["results"][0]["title"]


def test_the_typed_words_keep_their_meaning_beside_the_synonyms(client, indexed):
    """Typed bare, the words of a multi-word term may stand apart (as without synonyms); the equivalents are
    phrases; a quoted term stays a phrase."""
    add_group("fr", "accès internet", "cybercentre")
    twinning = "Jumelage Athis-Mons Tombouctou"  # "un accès public à internet": the two words apart
    assert twinning in titles(client, "accès internet")
    assert twinning not in titles(client, '"accès internet"')
    assert titles(client, "cybercentre") == []  # an equivalent is matched as a phrase of its own words


def test_an_exclusion_leaves_out_every_term_of_its_group(client, indexed):
    add_group("fr", "télémédecine", "consultations à distance")
    assert "Télémédecine au village" in titles(client, "santé")
    assert "Télémédecine au village" not in titles(client, "santé -télémédecine")


def test_groups_apply_per_language(client, indexed):
    add_group("en", "mutual aid", "solidarity")
    assert titles(client, "solidarity", lang="en") == ["The Cyberbus"]
    assert titles(client, "solidarity", lang="fr") == []


def test_an_editors_change_takes_effect_at_once(client, indexed):
    group = add_group("fr", "seniors", "aînés")
    assert titles(client, "aînés") == [BOURGES, TELEMEDICINE]
    group.terms = "seniors\nanciens"
    group.full_clean()
    group.save()
    assert titles(client, "aînés") == []
    assert titles(client, "anciens") == [BOURGES, TELEMEDICINE]
    group.delete()
    assert titles(client, "anciens") == []


def test_the_search_page_says_what_it_also_searched(client, indexed):
    add_group("fr", "personnes âgées", "seniors", "aînés")
    html = client.get(reverse("search:search"), {"q": "aînés"}).content.decode()
    assert BOURGES in html
    assert "data-search-synonyms" in html and "<q>seniors</q>" in html


def test_expansion_adds_no_query_per_synonym(indexed, django_assert_max_num_queries):
    """The groups are read once (then cached under their content version) and each becomes one OR inside the
    engine's own statements: a search costs the same statements with one group or three, however many terms."""
    request = request_from_params({"q": "personnes âgées bourges"})

    def statements():
        run_search(request)  # warms the caches (content versions, groups, facet labels)
        with CaptureQueriesContext(connection) as queries:
            response = run_search(request)
        return len(queries), response

    group = add_group("fr", "personnes âgées", "seniors")
    one_synonym, response = statements()
    assert response.hits[0].title == BOURGES
    group.terms = "personnes âgées\nseniors\naînés\ntroisième âge\nanciens\nretraités"
    group.full_clean()
    group.save()
    add_group("fr", "bourges", "cher")
    many, response = statements()
    assert response.hits[0].title == BOURGES
    # not one more statement for seven synonyms in two groups (one fewer: "bourges", now in a group, is no longer
    # checked for spelling)
    assert many <= one_synonym


def test_expand_leaves_unrelated_queries_alone(db):
    add_group("fr", "personnes âgées", "seniors")
    query = parse_query("cyberbus -wifi")
    assert expand(query, "fr") is query
    expanded = expand(parse_query('"personnes âgées" wifi'), "fr")
    assert expanded.words == ("wifi",) and expanded.phrases == ()
    assert expanded.alternatives[0].phrases == ("personnes âgées", "seniors")
