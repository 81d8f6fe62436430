"""The search page's fragment: what the script swaps in is the same markup as the full page, nothing more."""

import pytest
from django.urls import reverse

from search import indexing
from search.engines.database import DatabaseEngine


@pytest.fixture
def indexed(corpus):
    indexing.rebuild(engines=[DatabaseEngine()])
    return corpus


def test_the_fragment_is_the_part_of_the_page_a_search_changes(client, indexed):
    url = reverse("search:search")
    params = {"type": "initiative", "theme": "sante"}
    page = client.get(url, params).content.decode()
    fragment = client.get(url, params, headers={"X-Search-Fragment": "1"})
    html = fragment.content.decode()
    assert "X-Search-Fragment" in fragment["Vary"]
    assert "<html" not in html and "<header" not in html
    assert html.startswith("<title>Recherche")
    hits = html[html.index('<ol class="search-hits">') : html.index("</ol>")]
    assert hits in page  # one renderer: the same hits markup in both
    assert 'data-announce="' in html


def test_active_filters_link_to_the_search_without_each(client, indexed):
    response = client.get(reverse("search:search"), {"type": "initiative", "theme": "sante"})
    filters = response.context["active_filters"]
    assert [f["url"] for f in filters] == ["?theme=sante", "?type=initiative"]
    assert response.context["clear_filters_url"] == "?"


def test_result_cards_link_their_themes_to_a_filtered_search(client, indexed):
    response = client.get(reverse("search:search"), {"theme": "sante"})
    hit = next(hit for hit in response.context["hits"] if hit["themes"])
    assert hit["theme_links"][0]["url"] == f"?theme={hit['themes'][0]}"
    assert f'href="?theme={hit["themes"][0]}"' in response.content.decode()
