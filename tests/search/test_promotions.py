"""Promoted results: made by an editor in Wagtail's admin, shown above the results in the visitor's language, never
pointing a visitor to a page they may not see (partner-only, unpublished)."""

import json

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from home.models.base import PARTNERS_GROUP
from home.permissions import TRANSLATORS_GROUP
from search import indexing
from search.engines.database import DatabaseEngine
from tests.editorial.helpers import editor, member

API = "/api/search/"


@pytest.fixture
def indexed(corpus):
    indexing.rebuild(engines=[DatabaseEngine()])
    return corpus


def promotion_form(query, *pages, description=""):
    data = {
        "query_string": query,
        "editors_picks-TOTAL_FORMS": len(pages),
        "editors_picks-INITIAL_FORMS": 0,
        "editors_picks-MAX_NUM_FORMS": 1000,
    }
    for index, page in enumerate(pages):
        data |= {
            f"editors_picks-{index}-DELETE": "",
            f"editors_picks-{index}-ORDER": index,
            f"editors_picks-{index}-page": page.pk,
            f"editors_picks-{index}-description": description,
        }
    return data


def promoted_titles(html):
    section = html.split("data-search-promotions", 1)
    return section[1].split("</section>", 1)[0] if len(section) == 2 else ""


def test_an_editor_promotes_a_page_and_visitors_see_it_above_the_results_in_their_language(client, indexed):
    client.force_login(editor())
    assert client.get("/admin/searchpicks/add/").status_code == 200
    response = client.post(
        "/admin/searchpicks/add/", promotion_form("Bus itinérant", indexed.cyberbus, description="Le bus du numérique")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert SearchPromotion.objects.get().page_id == indexed.cyberbus.pk
    client.logout()

    french = client.get("/recherche/", {"q": "bus itinérant"}).content.decode()
    promoted = promoted_titles(french)
    assert "Le Cyberbus" in promoted and "Le bus du numérique" in promoted
    assert french.index("data-search-promotions") < french.index('class="search-hits"')  # above the results

    english_url = Page.objects.get(pk=indexed.cyberbus_en.pk).url  # the slug was changed on publishing
    english = promoted_titles(client.get("/en/search/", {"q": "Bus  itinérant"}).content.decode())
    assert "The Cyberbus" in english and f'href="{english_url}"' in english
    spanish = promoted_titles(client.get("/es/busqueda/", {"q": "bus itinérant"}).content.decode())
    assert "Le Cyberbus" in spanish  # no Spanish translation: the French page

    data = client.get(API, {"q": "bus itinérant", "lang": "en"}).json()
    assert data["promotions"] == [
        {
            "title": "The Cyberbus",
            "url": english_url,
            "description": "Le bus du numérique",
            "external": False,
        }
    ]
    assert client.get(API, {"q": "bus itinérant", "page_size": 1, "page": 2}).json()["promotions"] == []


def test_a_promotion_of_a_partner_only_or_unpublished_page_never_shows_to_anonymous_visitors(client, indexed):
    query = Query.get("cyberbus")
    indexed.telemedicine.unpublish()
    for order, page in enumerate([indexed.secret, indexed.telemedicine, indexed.twinning]):
        SearchPromotion.objects.create(query=query, page=page, sort_order=order)

    page = client.get("/recherche/", {"q": "cyberbus"}).content.decode()
    assert "Jumelage Athis-Mons Tombouctou" in promoted_titles(page)
    for hidden in ("Projet confidentiel", "Télémédecine"):
        assert hidden not in page
    api = client.get(API, {"q": "cyberbus"}).content.decode()
    assert "confidentiel" not in api and "Télémédecine" not in api
    assert [p["title"] for p in json.loads(api)["promotions"]] == ["Jumelage Athis-Mons Tombouctou"]
    feed = client.get("/feeds/search.rss", {"q": "cyberbus"})
    assert feed.status_code == 200 and "confidentiel" not in feed.content.decode()
    export = client.get("/api/search/export.csljson", {"q": "cyberbus"})
    assert "confidentiel" not in export.content.decode()

    partner = member("partenaire", PARTNERS_GROUP)
    client.force_login(partner)
    assert "Projet confidentiel" in promoted_titles(client.get("/recherche/", {"q": "cyberbus"}).content.decode())
    titles = [p["title"] for p in client.get(API, {"q": "cyberbus"}).json()["promotions"]]
    assert titles == ["Projet confidentiel des partenaires", "Jumelage Athis-Mons Tombouctou"]  # never unpublished


def test_only_the_editorial_groups_manage_promotions(client, indexed):
    Group.objects.get_or_create(name=TRANSLATORS_GROUP)
    client.force_login(member("traductrice", TRANSLATORS_GROUP))
    response = client.post("/admin/searchpicks/add/", promotion_form("cyberbus", indexed.cyberbus))
    assert response.status_code in (302, 403) and not SearchPromotion.objects.exists()
    assert response.status_code == 403 or response["Location"] != "/admin/searchpicks/"
    client.force_login(editor())
    assert client.get("/admin/searchpicks/").status_code == 200


def test_a_promotion_shows_on_the_next_search_after_the_same_search_found_none_and_goes_when_deleted(client, indexed):
    """The queries that have promotions are kept per process under the content version: adding or deleting one in
    the admin must show on the very next search, even one this process has just answered without promotions."""
    assert promoted_titles(client.get("/recherche/", {"q": "bus itinérant"}).content.decode()) == ""
    user = editor()
    client.force_login(user)
    response = client.post("/admin/searchpicks/add/", promotion_form("Bus itinérant", indexed.cyberbus))
    assert response.status_code == 302
    client.logout()
    assert "Le Cyberbus" in promoted_titles(client.get("/recherche/", {"q": "bus itinérant"}).content.decode())
    client.force_login(user)
    query = Query.objects.get(query_string="bus itinérant")
    assert client.post(f"/admin/searchpicks/{query.pk}/delete/").status_code == 302
    client.logout()
    assert promoted_titles(client.get("/recherche/", {"q": "bus itinérant"}).content.decode()) == ""
