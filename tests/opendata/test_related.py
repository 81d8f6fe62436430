"""Related content on an initiative page: similar initiatives, the notes that discuss it, typed links both ways;
the note page lists the references that relate to it; schema.org JSON-LD on initiative, organisation and
reference pages."""

import json
import re
import uuid

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home.models.base import PARTNERS_GROUP
from initiatives.models import InitiativeLink
from initiatives.related import similar_initiatives
from library.factories import ThematicNotePageFactory

pytestmark = pytest.mark.django_db


def html_of(client, page):
    response = client.get(page.get_url())
    assert response.status_code == 200
    return response.content.decode()


def section(html, heading_id):
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD"
    return json.loads(match.group(1))


def note_listing(corpus, *initiatives, title="Note sur le jumelage"):
    chapter = {
        "type": "chapter",
        "id": str(uuid.uuid4()),
        "value": {
            "title": "Coopérer",
            "body": [
                {
                    "type": "initiatives",
                    "id": str(uuid.uuid4()),
                    "value": {"title": "", "initiatives": [page.pk for page in initiatives]},
                }
            ],
        },
    }
    return ThematicNotePageFactory(parent=corpus.tree.library, title=title, chapters=json.dumps([chapter]))


def test_similar_initiatives_weigh_shared_themes_above_the_rest(corpus):
    # The cyberbus shares its theme (access) with the twinning and the wifi, and its type with none of them.
    similar = similar_initiatives(corpus.cyberbus)
    assert [page.title for page in similar] == ["Jumelage Athis-Mons Tombouctou", "Wifi <libre> & gratuit"]
    assert corpus.cyberbus not in similar and corpus.secret not in similar
    corpus.telemedicine.audiences.add(corpus.youth)
    corpus.telemedicine.themes.add(corpus.theme_access)
    corpus.telemedicine.save()
    assert similar_initiatives(corpus.cyberbus)[0].title == "Télémédecine au village"  # theme + audience


def test_similar_initiatives_rank_in_one_query_whatever_their_number(corpus):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from initiatives.factories import InitiativePageFactory

    def count():
        with CaptureQueriesContext(connection) as queries:
            similar_initiatives(corpus.cyberbus)
        return len(queries)

    count()
    before = count()
    for number in range(4):
        page = InitiativePageFactory(parent=corpus.tree.initiatives, title=f"Cyberbus {number}", slug=f"cb-{number}")
        page.themes.set([corpus.theme_access])
        page.keywords.set([corpus.kw_cyberbus])
        page.save()
    assert count() == before
    assert len(similar_initiatives(corpus.cyberbus)) == 4


def test_initiative_page_shows_similar_initiatives_and_the_notes_that_discuss_it(client, corpus):
    note = note_listing(corpus, corpus.twinning)
    other = note_listing(corpus, corpus.cyberbus, title="Note sur le cyberbus")
    html = html_of(client, corpus.twinning)
    discussed = section(html, "discussed-in")
    assert note.title in discussed and other.title not in discussed
    assert note.get_url() in discussed
    assert "Le Cyberbus" in section(html, "similar")


def test_a_partner_only_note_is_not_shown_as_discussing(client, corpus):
    note = note_listing(corpus, corpus.twinning, title="Note réservée")
    restriction = PageViewRestriction.objects.create(page=note, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name=PARTNERS_GROUP))
    assert "Note réservée" not in html_of(client, corpus.twinning)


def test_typed_links_show_on_both_initiatives(client, corpus):
    InitiativeLink.objects.create(initiative=corpus.escaped, target=corpus.cyberbus, kind="inspired_by")
    wifi = section(html_of(client, corpus.escaped), "linked-initiatives")
    assert "Inspirée de" in wifi
    assert "Le Cyberbus" in wifi
    cyberbus = section(html_of(client, corpus.cyberbus), "linked-initiatives")
    assert "Wifi &lt;libre&gt; &amp; gratuit" in cyberbus
    assert "A inspiré" in cyberbus


def test_note_page_lists_the_references_related_to_it(client, corpus):
    note = note_listing(corpus, corpus.twinning)
    corpus.report.related_notes.add(note)
    corpus.report.save()
    assert "Rapport sur la fracture numérique" in section(html_of(client, note), "note-references")


def test_json_ld_describes_initiatives_organisations_and_references(client, corpus):
    project = json_ld(html_of(client, corpus.twinning))
    assert project["@context"] == "https://schema.org" and project["@type"] == "Project"
    assert project["name"] == "Jumelage Athis-Mons Tombouctou"
    assert project["location"]["geo"]["@type"] == "GeoCoordinates"
    assert {org["name"] for org in project["member"]} == {"Mairie d'Athis-Mons", "Association Tombouctou"}
    assert [a["addressCountry"] for a in project["location"]["address"]] == ["FR", "ML"]
    organisation = json_ld(html_of(client, corpus.tombouctou))
    assert organisation["@type"] == "Organization"
    assert organisation["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Tombouctou",
        "addressCountry": "ML",
    }
    report = json_ld(html_of(client, corpus.report))
    assert report["@type"] == "Report" and report["datePublished"] == "2011"


def test_json_ld_cannot_close_its_script_element(client, corpus):
    html = html_of(client, corpus.escaped)
    data = json_ld(html)
    assert data["name"] == "Wifi <libre> & gratuit"
    script = html[html.index("application/ld+json") :]
    assert "<libre>" not in script[: script.index("</script>")]
