"""What keeps the search page light and fast at the size of a national resource centre: facets show their top
values (the rest on demand), pagination shows a window of pages, repeated anonymous searches come from the cache."""

import re

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from home.factories import KeywordFactory
from home.listings import Pagination, page_window
from search import indexing
from search.engines.database import DatabaseEngine

API = "/api/search/"
KEYWORDS = 14  # more than a facet shows (10)


@pytest.fixture
def many_keywords(corpus, django_capture_on_commit_callbacks):
    """The corpus, plus 14 keywords on the cyberbus: the keyword facet has 16 values."""
    keywords = [KeywordFactory(name=f"Mot clé {number:02d}", slug=f"mot-{number:02d}") for number in range(KEYWORDS)]
    with django_capture_on_commit_callbacks(execute=True):
        corpus.cyberbus.keywords.add(*keywords)
        corpus.cyberbus.save_revision().publish()
    indexing.rebuild(engines=[DatabaseEngine()])
    return corpus


def facet_checkboxes(html, name):
    return re.findall(rf'name="{name}" value="([^"]+)"', html)


def test_a_long_facet_shows_its_top_ten_values_and_a_link_to_all_of_them(client, many_keywords):
    html = client.get(reverse("search:search")).content.decode()
    assert len(facet_checkboxes(html, "keyword")) == 10
    assert "Show all 16 values" in html or "Afficher les 16 valeurs" in html
    link = re.search(r'href="([^"]+)" data-facet-all', html).group(1).replace("&amp;", "&")
    page = client.get(link).content.decode()
    assert len(facet_checkboxes(page, "keyword")) == 16  # the no-JavaScript "show all" page: every value
    assert f'action="{reverse("search:search")}"' in page  # its form goes back to the search


def test_selected_values_stay_visible_beyond_the_top_ten(client, many_keywords):
    html = client.get(reverse("search:search"), {"keyword": "mot-13"}).content.decode()
    # "mot-13" would rank after the top values (same count, label order): it is shown, ticked, on top
    assert 'name="keyword" value="mot-13" checked' in html
    assert len(facet_checkboxes(html, "keyword")) == 11


def test_the_api_returns_the_top_values_and_the_number_of_values(client, many_keywords):
    data = client.get(API, {"facet_limit": 3}).json()
    assert len(data["facets"]["keyword"]) == 3
    assert data["facet_totals"]["keyword"] == 16
    assert data["facet_counts_approximate"] is False


def test_the_facet_endpoint_filters_values_as_you_type_and_pages(client, many_keywords):
    url = reverse("search_api:facet_values_api", kwargs={"facet": "keyword"})
    data = client.get(url, {"contains": "MOT CLE 1", "limit": 2}).json()  # case and accents ignored
    assert data["total"] == 4  # 10, 11, 12, 13
    assert [value["label"] for value in data["values"]] == ["Mot clé 10", "Mot clé 11"]
    assert client.get(url, {"contains": "mot", "offset": 12}).json()["values"][-1]["value"] == "mot-13"
    assert client.get(reverse("search_api:facet_values_api", kwargs={"facet": "colour"})).status_code == 404


def test_the_values_fragment_is_what_the_script_puts_in_the_group(client, many_keywords):
    url = reverse("search:facet_values", kwargs={"facet": "keyword"})
    html = client.get(url, {"contains": "13", "q": "bus"}, headers={"X-Search-Fragment": "1"}).content.decode()
    assert "<html" not in html and facet_checkboxes(html, "keyword") == ["mot-13"]


def test_keyword_labels_still_in_french_are_marked_in_english_facets(client, corpus):
    english = Locale.objects.get(language_code="en")
    translated = corpus.kw_broadband.copy_for_translation(english)
    translated.name = "broadband"
    translated.save()
    indexing.rebuild(engines=[DatabaseEngine()])
    with translation.override("en"):
        url = reverse("search:search")
    html = client.get(url, {"include_untranslated": "1"}).content.decode()
    assert '<span lang="fr">cyberbus</span>' in html  # no English label yet: the French one, marked
    assert "<span>broadband</span>" in html
    with translation.override("fr"):
        french = client.get(reverse("search:search")).content.decode()
    assert 'lang="fr">cyberbus' not in french


@pytest.mark.parametrize(
    "number, pages, expected",
    [
        (1, 1, [1]),
        (1, 834, [1, 2, 3, None, 834]),
        (400, 834, [1, None, 398, 399, 400, 401, 402, None, 834]),
        (5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]),  # a gap of one page shows the page, not an ellipsis
        (834, 834, [1, None, 832, 833, 834]),
    ],
)
def test_pagination_shows_first_last_and_two_pages_around_the_current_one(number, pages, expected):
    assert page_window(number, pages) == expected


def test_the_pagination_template_is_accessible_and_bounded():
    html = render_to_string(
        "includes/pagination.html",
        {"page_obj": Pagination(number=400, num_pages=834, count=10_000), "page_query": "theme=acces&"},
    )
    assert '<nav class="pagination" aria-label=' in html
    assert '<span aria-current="page">' in html and ">400</span>" in html
    assert html.count("<a ") == 8  # previous, 1, 398, 399, 401, 402, 834, next
    assert html.count("…") == 2 and 'aria-hidden="true">…' in html
    assert 'href="?theme=acces&amp;page=834"' in html and 'href="?theme=acces&amp;"' in html  # page 1 without ?page=


def test_a_repeated_anonymous_search_is_answered_from_the_cache(client, indexed_corpus):
    first = client.get(reverse("search:search"), {"q": "cyberbus", "theme": "acces"})
    with CaptureQueriesContext(connection) as queries:
        again = client.get(reverse("search:search") + "?theme=acces&q=cyberbus&lang=fr")  # same search, reordered
    assert again.content == first.content
    assert len(queries) <= 1  # the content versions; no search
    data = client.get(API, {"q": "cyberbus"}).json()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(API, {"lang": "fr", "q": "cyberbus"}).json() == data
    assert not any("search_indexentry" in q["sql"] for q in queries.captured_queries)


def test_a_publish_shows_in_the_next_search(client, indexed_corpus, django_capture_on_commit_callbacks):
    url = reverse("search:search")
    assert "Le Cyberbus" in client.get(url, {"q": "cyberbus"}).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        indexed_corpus.cyberbus.title = "Le bus numérique"
        indexed_corpus.cyberbus.save_revision().publish()
    html = client.get(url, {"q": "cyberbus"}).content.decode()
    assert "Le bus numérique" in html


def test_searches_of_logged_in_visitors_and_unknown_parameters_are_never_cached(client, indexed_corpus):
    url = reverse("search:search")
    client.get(url, {"q": "cyberbus", "utm_source": "letter"})
    with CaptureQueriesContext(connection) as queries:
        client.get(url, {"q": "cyberbus", "utm_source": "letter"})
    assert any("search_indexentry" in q["sql"] for q in queries.captured_queries)
    client.force_login(User.objects.create_user("partner", password="x"))
    client.get(url, {"q": "cyberbus"})
    with CaptureQueriesContext(connection) as queries:
        client.get(url, {"q": "cyberbus"})
    assert any("search_indexentry" in q["sql"] for q in queries.captured_queries)


@pytest.fixture
def indexed_corpus(corpus):
    indexing.rebuild(engines=[DatabaseEngine()])
    return corpus


def test_very_broad_searches_count_facets_on_a_sample_and_say_so(client, indexed_corpus, monkeypatch):
    from search.engines import facet_counts

    monkeypatch.setattr(facet_counts, "SAMPLE_ABOVE", 0)  # the corpus is small: every search is "broad"
    monkeypatch.setattr(facet_counts, "SAMPLE_ROWS", 2)
    data = client.get(API, {"q": "numérique"}).json()
    assert data["facet_counts_approximate"] is True
    html = client.get(reverse("search:search")).content.decode()  # no words: a sample of the table's pages
    assert "data-search-approximate" in html and "(≈" in html
    monkeypatch.setattr(facet_counts, "SAMPLE_ABOVE", 20_000)
    exact = client.get(API, {"q": "cyberbus"}).json()
    assert exact["facet_counts_approximate"] is False


def test_facet_counts_are_kept_until_the_index_changes(client, indexed_corpus, django_capture_on_commit_callbacks):
    from django.core.cache import cache

    client.get(API, {"q": "cyberbus", "page_size": 1})
    cache_keys = set(cache._cache)  # the local-memory cache of the tests
    with CaptureQueriesContext(connection) as queries:
        client.get(API, {"q": "cyberbus", "sort": "title"})  # another sort: the page again, not the counts
    assert not any("unnest" in q["sql"] for q in queries.captured_queries)
    assert cache_keys
    with django_capture_on_commit_callbacks(execute=True):
        indexed_corpus.escaped.save_revision().publish()
    with CaptureQueriesContext(connection) as queries:
        client.get(API, {"q": "cyberbus", "sort": "title"})
    assert any("unnest" in q["sql"] for q in queries.captured_queries)
