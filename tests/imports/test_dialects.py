"""The legacy dialects on the project's own files (tests/imports/data/dialects/): no test here needs ../shared.

note.md is a collection note with the variants the legacy note mixes (a record's title on the next heading, bold
headings, label variants, a table of contents, footnotes); article_posted.txt and article_lines.txt are articles
of the old site, with and without blank lines between paragraphs.
"""

import datetime
import json

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from home.models import ArticlePage
from home.permissions import ensure_groups_and_workflow
from initiatives.factories import OrganisationPageFactory
from initiatives.models import InitiativePage, OrganisationPage, ThemePage
from library.models import ThematicNotePage
from tests.editorial.helpers import editor, reviewer
from tests.imports.conftest import DATA, run, snapshot

pytestmark = pytest.mark.django_db
DIALECTS = DATA / "dialects"


def test_dry_run_reads_every_record_of_the_note(site_tree):
    out, _err, error = run("import_documents", DIALECTS / "note.md", dry_run=True, json=True)
    assert error is None
    records = json.loads(out)
    assert [r["kind"] for r in records] == ["note", "theme", "theme", "initiative", "initiative", "initiative"]
    titles = [r["title"] for r in records if r["kind"] == "initiative"]
    assert titles == ["Le réseau rural du Haut-Vallon", "Le cyberbus de Kerbihan",
                      "Un jumelage numérique entre Vernon et Thiès (Sénégal)"]  # fmt: skip
    assert all(not r["unknown_fields"] for r in records)


def test_dry_run_writes_nothing_and_agrees_with_the_real_import(site_tree):
    before = snapshot()
    out, _err, error = run("import_documents", DIALECTS, dry_run=True)
    assert error is None and "would be imported" in out
    assert snapshot() == before
    dry = [line.split(" records ", 1)[1].split("(", 1)[1] for line in out.splitlines()]
    out, err, error = run("import_documents", DIALECTS, publish=True)
    assert error is None, err
    assert [line.split(" records ", 1)[1].split("(", 1)[1] for line in out.splitlines()] == dry
    assert (InitiativePage.objects.count(), ThemePage.objects.count(), ArticlePage.objects.count()) == (3, 2, 2)


def test_reimport_changes_nothing(site_tree):
    for publish in (True, False):
        run("import_documents", DIALECTS, publish=publish)
        before = snapshot()
        out, _err, error = run("import_documents", DIALECTS, publish=publish)
        assert error is None
        assert "initiative: 0 created, 0 updated, 3 unchanged" in out
        assert "article: 0 created, 0 updated, 1 unchanged" in out
        assert snapshot() == before


def test_fields_of_the_note_and_its_records(site_tree):
    _out, err, error = run("import_documents", DIALECTS, publish=True)
    assert error is None, err
    note = ThematicNotePage.objects.get()
    assert note.title == "L'accès au numérique en milieu rural"
    # The table of contents is skipped; each theme becomes a chapter listing the initiatives filed under it.
    titles = [block.value["title"] for block in note.chapters]
    assert titles == ["État des lieux", "L'accès au numérique", "La coopération décentralisée"]
    lists = [block.value for chapter in note.chapters[1:] for block in chapter.value["body"]
             if block.block_type == "initiatives"]  # fmt: skip
    assert [[page.title for page in value["initiatives"]] for value in lists] == [
        ["Le réseau rural du Haut-Vallon", "Le cyberbus de Kerbihan"],
        ["Un jumelage numérique entre Vernon et Thiès (Sénégal)"],
    ]
    assert [value["title"] for value in lists] == ["Les 2 initiatives de ce thème", "L’initiative de ce thème"]
    rural = InitiativePage.objects.get(title="Le réseau rural du Haut-Vallon")
    assert rural.website == "http://www.haut-vallon.example/"
    assert (rural.launch_date, rural.launch_precision, rural.launch_period) == (datetime.date(2009, 1, 1), "year",
                                                                                 "early")  # fmt: skip
    assert (rural.collected_on, rural.collected_precision) == (datetime.date(2010, 2, 1), "month")
    assert rural.status.name == "Opérationnel"
    assert sorted(a.name for a in rural.audiences.all()) == ["Entreprises", "Populations rurales"]
    assert [link.organisation.title for link in rural.organisation_links.all()] == ["Commune du Haut-Vallon"]
    bus = InitiativePage.objects.get(title="Le cyberbus de Kerbihan")
    carriers = [link.organisation.title for link in bus.organisation_links.all()]
    assert carriers == ["Ville de Kerbihan", "Conseil Général du Morbihan"]  # split on " et "
    assert OrganisationPage.objects.get(title="Ville de Kerbihan").kind.slug == "collectivite-territoriale"
    twinning = InitiativePage.objects.get(title__startswith="Un jumelage")
    assert sorted(country.code for country in twinning.countries) == ["FR", "SN"]
    assert twinning.launch_precision == "unknown"
    assert [t.code for t in twinning.themes.all()] == ["cooperation-decentralisee"]


def test_fields_of_the_articles(site_tree):
    _out, err, error = run("import_documents", DIALECTS, publish=True)
    assert error is None, err
    posted = ArticlePage.objects.get(title="Le programme des jumelages numériques : présentation")
    assert (posted.author, posted.date, posted.licence) == ("Claire Dubois", datetime.date(2004, 1, 15), "cc-by-sa")
    assert sorted(k.name for k in posted.keywords.all()) == ["Amérique latine", "Jumelage", "TIC"]
    assert [(b.value["title"], b.value["url"]) for b in posted.more_links] == [
        ("Le site du programme", "http://jumelages.example.org/")
    ]
    lines = ArticlePage.objects.get(title="Plateforme québécoise de l'internet citoyen")
    headings = [block.value["text"] for block in lines.body if block.block_type == "heading"]
    assert headings[:2] == ["Contexte", "Objectifs"]


def test_an_updated_initiative_links_an_organisation_the_same_import_creates(site_tree, tmp_path):
    _out, err, error = run("import_documents", DATA / "valid.txt", publish=True)
    assert error is None, err
    path = tmp_path / "valid.txt"
    path.write_text((DATA / "valid.txt").read_text() + "\n**Porteur de projet** : Ville de Trifouillis\n")
    out, err, error = run("import_documents", path, publish=True)
    assert error is None, err
    assert "initiative: 0 created, 1 updated" in out and "organisation: 1 created" in out
    page = InitiativePage.objects.get()
    assert [link.organisation.title for link in page.organisation_links.all()] == ["Ville de Trifouillis"]
    assert page.live_revision.as_object().organisation_links.get().organisation_id is not None


def test_an_other_name_an_editor_adds_links_the_import_to_that_organisation_once_reviewed(
    site_tree, client, django_capture_on_commit_callbacks
):
    """The note writes "Ville de Kerbihan"; the directory has "Mairie de Kerbihan". Rédaction adds the spelling to
    its other names and submits; once Relecture approves, the import links the record to that page."""
    ensure_groups_and_workflow()
    writer, checker = editor(), reviewer()
    mairie = OrganisationPageFactory(parent=site_tree.organisations, title="Mairie de Kerbihan", slug="kerbihan")
    form = {
        "title": mairie.title,
        "slug": mairie.slug,
        "summary": "",
        "country": "FR",
        "town": "Kerbihan",
        "website": "",
        "other_names": "Ville de Kerbihan\nCommune de Kerbihan",
        "description": rich_text("<p>Commune du Morbihan.</p>"),
        "place_precision": "",
        "action-submit": "Submit",
    }
    edit_url = reverse("wagtailadmin_pages:edit", args=[mairie.pk])
    client.force_login(writer)
    assert 'name="other_names"' in client.get(edit_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, form)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    mairie.refresh_from_db()
    assert mairie.other_names == "" and mairie.current_workflow_state.status == "in_progress"  # a draft, in review

    client.force_login(checker)
    task_state = mairie.current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:workflow_action", args=(mairie.pk, "approve", task_state.pk)), {})
    assert OrganisationPage.objects.get(pk=mairie.pk).other_name_list() == ["Ville de Kerbihan", "Commune de Kerbihan"]

    out, err, error = run("import_documents", DATA / "dialects" / "note.md", publish=True)
    assert error is None, err
    kerbihan = InitiativePage.objects.get(title__contains="Kerbihan")
    assert mairie.pk in {link.organisation_id for link in kerbihan.organisation_links.all()}
    assert not OrganisationPage.objects.filter(title="Ville de Kerbihan").exists()
