""" "Did you mean …?" as visitors see it, on the search page (fr, en, es) and in the API, from the vocabulary of what
they may see (the database engine of the database the tests run on: pg_trgm on PostgreSQL, difflib on SQLite)."""

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from home.models.base import PARTNERS_GROUP
from search import indexing
from search.engines.database import DatabaseEngine
from search.searches import request_from_params, run_search

API = "/api/search/"


def suggestion(client, q, **params):
    return client.get(API, {"q": q, **params}).json()["suggestion"]


def test_a_misspelt_word_gets_a_link_to_the_corrected_search(client, indexed):
    data = client.get(API, {"q": "telemedecin vilage", "theme": "sante", "sort": "title"}).json()
    assert data["match"] == "partial"  # nothing with both words: the pages with one of them, and the correction
    assert data["suggestion"]["query"] == "telemedecin village"  # "telemedecin" shares its stem: left as typed
    assert data["suggestion"]["count"] == 1
    url = data["suggestion"]["url"]
    assert url.startswith(API) and "theme=sante" in url and "sort=title" in url  # the same search, corrected
    followed = client.get(url).json()
    assert [hit["title"] for hit in followed["results"]] == ["Télémédecine au village"]
    assert followed["suggestion"] is None


def test_missing_accents_and_elided_articles_are_corrected(client, indexed):
    assert suggestion(client, "cyberbuss")["query"] == "cyberbus"
    assert suggestion(client, "l'entraidee")["query"] == "l'entraide"


def test_no_suggestion_when_the_words_are_known_or_nothing_is_near(client, indexed):
    assert suggestion(client, "cyberbus") is None  # found
    assert suggestion(client, "village", theme="acces") is None  # known words, a filter leaves nothing
    assert suggestion(client, "xqzwvy") is None  # nothing near enough


def test_partner_words_are_never_suggested_to_anonymous_visitors(client, indexed):
    """ "confidentiel" is only in a partner-only page: an anonymous visitor's typo gets nothing, a partner's gets it."""
    assert suggestion(client, "confidantiel") is None
    html = client.get(reverse("search:search"), {"q": "confidantiel"}).content.decode()
    assert "confidentiel<" not in html and "data-search-spelling" not in html
    member = User.objects.create_user("partner", password="x")
    member.groups.add(Group.objects.get_or_create(name=PARTNERS_GROUP)[0])
    client.force_login(member)
    assert suggestion(client, "confidantiel")["query"] == "confidentiel"


def test_the_vocabulary_follows_publishing(client, indexed, django_capture_on_commit_callbacks):
    assert suggestion(client, "villages") is None  # "village": same stem, found
    page = indexed  # the résidence: "Bourges" is only there
    assert suggestion(client, "bourgess")["query"] == "bourges"
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert suggestion(client, "bourgess") is None
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert suggestion(client, "bourgess")["query"] == "bourges"


@pytest.fixture
def spanish(indexed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = indexed.get_parent().get_children().get(slug="cyberbus").specific
        copy = page.copy_for_translation(Locale.objects.get(language_code="es"), copy_parents=True)
        copy.title, copy.slug = "El Cyberbus", "cyberbus-es"
        copy.save_revision().publish()
    indexing.rebuild(engines=[DatabaseEngine()])


@pytest.mark.parametrize(
    "language, prefix, words",
    [("fr", "", "Vouliez-vous dire"), ("en", "/en", "Did you mean"), ("es", "/es", "¿Quiso decir")],
)
def test_the_search_page_asks_in_the_visitors_language(client, spanish, language, prefix, words):
    with translation.override(language):
        url = reverse("search:search")
    assert url.startswith(prefix + "/")
    html = client.get(url, {"q": "cyberbuss"}).content.decode()
    assert words in html
    assert '<a href="?q=cyberbus" rel="nofollow"><strong>cyberbus</strong></a>' in html
    followed = client.get(url, {"q": "cyberbus"}).content.decode()
    assert "data-search-spelling" not in followed and "Cyberbus</a>" in followed


def test_a_search_that_finds_costs_no_spelling_statement(indexed):
    request = request_from_params({"q": "cyberbus"})
    run_search(request)
    with CaptureQueriesContext(connection) as queries:
        run_search(request)
    assert not [query for query in queries.captured_queries if "spelling" in query["sql"]]
