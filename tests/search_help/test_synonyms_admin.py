"""Editors of the Rédaction group manage the synonyms in the Wagtail admin; visitors' searches follow at once."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from wagtail.models import Locale

from home.permissions import EDITORS_GROUP, TRANSLATORS_GROUP, ensure_groups_and_workflow
from search.synonyms.models import SynonymGroup

API = "/api/search/"


@pytest.fixture
def editor(db):
    ensure_groups_and_workflow()
    user = User.objects.create_user("redactrice", password="x", is_staff=False)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


def admin_url(action, *args):
    return reverse(f"wagtailsnippets_search_synonymgroup:{action}", args=args)


def test_an_editor_adds_edits_and_deletes_a_group(client, editor, indexed):
    client.force_login(editor)
    french = Locale.objects.get(language_code="fr")
    assert client.get(admin_url("list")).status_code == 200
    response = client.post(admin_url("add"), {"locale": french.pk, "terms": "personnes âgées, seniors\naînés"})
    assert response.status_code == 302, response.content.decode()[:2000]
    group = SynonymGroup.objects.get()
    assert str(group) == "personnes âgées ⇔ seniors ⇔ aînés"
    assert [r["title"] for r in client.get(API, {"q": "aînés"}).json()["results"]] == [
        "Connecter une résidence pour seniors à Bourges",
        "Télémédecine au village",  # for the audience "Seniors"
    ]
    listing = client.get(admin_url("list")).content.decode()
    assert "personnes âgées ⇔ seniors ⇔ aînés" in listing
    response = client.post(admin_url("edit", group.pk), {"locale": french.pk, "terms": "seniors\nanciens"})
    assert response.status_code == 302
    assert client.get(API, {"q": "aînés"}).json()["count"] == 0
    assert client.post(admin_url("delete", group.pk)).status_code == 302
    assert not SynonymGroup.objects.exists()


def test_the_form_refuses_what_would_not_work(client, editor, db):
    client.force_login(editor)
    french = Locale.objects.get(language_code="fr")
    response = client.post(admin_url("add"), {"locale": french.pk, "terms": "seniors"})
    assert response.status_code == 200 and "au moins deux" in response.content.decode()
    client.post(admin_url("add"), {"locale": french.pk, "terms": "seniors, aînés"})
    response = client.post(admin_url("add"), {"locale": french.pk, "terms": "senior, anciens"})
    assert response.status_code == 200 and "déjà dans le groupe" in response.content.decode()
    response = client.post(admin_url("add"), {"locale": french.pk, "terms": "les, des"})
    assert "mots courants" in response.content.decode()
    assert SynonymGroup.objects.count() == 1


def test_translators_cannot_touch_the_synonyms(client, db):
    ensure_groups_and_workflow()
    translator = User.objects.create_user("traducteur", password="x")
    translator.groups.add(Group.objects.get(name=TRANSLATORS_GROUP))
    client.force_login(translator)
    assert client.get(admin_url("add")).status_code in (302, 403)
