"""RSS 2.0 and Atom feeds, parsed back with feedparser, plus the RFC 4287 elements Atom readers rely on."""

from xml.etree import ElementTree

import feedparser
import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def fetch(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:300]
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


def feed_url(name, language="fr", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


@pytest.mark.parametrize("path", ["/feed/", "/rss/", "/atom/"])
def test_the_usual_feed_addresses_answer(client, follow_site, path):
    _response, feed = fetch(client, path)
    titles = [entry.title for entry in feed.entries]
    assert {"Le Cyberbus", "Une brève", "Rencontre de Québec"} <= set(titles)


def test_section_feeds_in_both_formats(client, follow_site):
    _response, rss = fetch(client, feed_url("feeds:section", section="events", fmt="rss"))
    assert rss.version == "rss20"
    assert {entry.title for entry in rss.entries} == {"Rencontre de Québec", "Séminaire", "Rencontre régionale passée"}
    response, atom = fetch(client, feed_url("feeds:section", section="initiatives", fmt="atom"))
    assert atom.version == "atom10"
    assert [entry.title for entry in atom.entries] == ["Le Cyberbus"]
    assert atom.entries[0].link.endswith("/initiatives/cyberbus/")
    assert client.get(feed_url("feeds:section", section="unknown", fmt="rss")).status_code == 404
    assert client.get(feed_url("feeds:section", section="events", fmt="json")).status_code == 404


def test_atom_has_the_elements_rfc_4287_requires(client, follow_site):
    response = client.get(feed_url("feeds:latest_atom"))
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{name}").text
    assert root.find(f"{ATOM}author/{ATOM}name").text  # no entry has its own author
    assert root.find(f"{ATOM}link[@rel='self']") is not None
    entries = root.findall(f"{ATOM}entry")
    assert entries
    ids = [entry.find(f"{ATOM}id").text for entry in entries]
    assert len(set(ids)) == len(ids)
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{name}").text
        assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith("http")


def test_theme_feed_lists_that_theme_only(client, follow_site):
    _response, feed = fetch(client, feed_url("feeds:theme", code="acces", fmt="rss"))
    assert {entry.title for entry in feed.entries} == {
        "Le Cyberbus",
        "Rencontre de Québec",
        "Rencontre régionale passée",
    }
    assert client.get(feed_url("feeds:theme", code="inconnu", fmt="rss")).status_code == 404


def test_english_feed_shows_translations_and_marks_french_originals(client, follow_site, translate):
    translate(follow_site.initiative, "en", title="The Cyberbus")
    _response, feed = fetch(client, feed_url("feeds:section", "en", section="initiatives", fmt="rss"))
    assert feed.feed.language == "en"
    (entry,) = feed.entries
    assert entry.title == "The Cyberbus" and "/en/" in entry.link
    _response, events = fetch(client, feed_url("feeds:section", "en", section="events", fmt="atom"))
    quebec = next(e for e in events.entries if "Québec" in e.title)
    assert quebec.title == "Rencontre de Québec (in French)"
    assert "lang:fr" in [tag.term for tag in quebec.tags]


def test_partner_only_pages_never_reach_a_feed(client, follow_site):
    follow_site.restrict(follow_site.seminar)
    follow_site.restrict(follow_site.tree.initiatives)
    for url in (
        feed_url("feeds:latest_rss"),
        feed_url("feeds:section", section="events", fmt="atom"),
        feed_url("feeds:theme", code="sante", fmt="rss"),
    ):
        _response, feed = fetch(client, url)
        titles = {entry.title for entry in feed.entries}
        assert "Séminaire" not in titles and "Le Cyberbus" not in titles


def test_pages_advertise_the_feeds_that_follow_them(client, follow_site):
    html = client.get(follow_site.agenda.url).content.decode()
    assert f'href="{feed_url("feeds:section", section="events", fmt="rss")}"' in html
    assert f'href="{feed_url("feeds:latest_atom")}"' in html
    theme_html = client.get(follow_site.access.url).content.decode()
    assert f'href="{feed_url("feeds:theme", code="acces", fmt="atom")}"' in theme_html
    assert 'type="application/rss+xml"' in theme_html


def test_every_search_result_set_has_a_feed(client, follow_site):
    from search import indexing

    indexing.rebuild()
    _response, feed = fetch(client, feed_url("feeds:search", fmt="rss"), type="event", theme="acces")
    assert {entry.title for entry in feed.entries} == {"Rencontre de Québec", "Rencontre régionale passée"}
    _response, atom = fetch(client, feed_url("feeds:search", fmt="atom"), q="Cyberbus")
    assert [entry.title for entry in atom.entries] == ["Le Cyberbus"]
    search_html = client.get(reverse("search:search"), {"q": "Cyberbus"}).content.decode()
    assert f"{feed_url('feeds:search', fmt='rss')}?q=Cyberbus" in search_html
