"""The five legacy documents import, with their fields; dry run and real import agree; re-import changes nothing."""

import datetime
import json

import pytest
from django.utils import translation

from home.models import ArticlePage, Licence
from initiatives.models import InitiativePage, OrganisationPage, OrganisationRole, ThemePage
from library.models import ThematicNotePage
from tests.imports.conftest import ARTICLES, DATA, NOTE, run, snapshot

pytestmark = pytest.mark.django_db


def dry_run_records(path):
    out, _err, error = run("import_documents", path, dry_run=True, json=True)
    assert error is None
    return json.loads(out)


def test_dry_run_json_lists_27_initiatives_and_7_themes(legacy, site_tree):
    records = dry_run_records(legacy / NOTE)
    kinds = [r["kind"] for r in records]
    assert kinds.count("initiative") == 27
    assert kinds.count("theme") == 7
    assert kinds.count("note") == 1
    first = next(r for r in records if r["kind"] == "initiative")
    assert set(first) >= {"kind", "title", "theme", "sections", "fields", "unknown_fields", "source"}
    assert first["source"].endswith(f"{NOTE}:253")
    assert first["fields"]["keywords"] == ["Accès", "haut débit", "ADSL"]
    assert all(not r["unknown_fields"] for r in records)


def test_dry_run_writes_nothing_and_agrees_with_the_real_import(legacy, site_tree):
    before = snapshot()
    out, err, error = run("import_documents", legacy / NOTE, dry_run=True)
    assert error is None
    assert snapshot() == before
    assert "would be imported" in out
    dry_counts = out.split("(", 1)[1]
    out, err, error = run("import_documents", legacy / NOTE)
    assert error is None
    assert out.split("(", 1)[1] == dry_counts
    assert "initiative: 27 created" in out and "theme: 7 created" in out
    assert InitiativePage.objects.count() == 27
    assert ThemePage.objects.count() == 7
    assert ThematicNotePage.objects.get().title == "Les solidarités numériques"


def test_reimport_changes_nothing(legacy, site_tree):
    for publish in (True, False):
        run("import_documents", legacy, publish=publish)
        before = snapshot()
        out, _err, error = run("import_documents", legacy, publish=publish)
        assert error is None
        assert "created" in out and " 1 updated" not in out
        assert "initiative: 0 created, 0 updated, 27 unchanged" in out
        assert "article: 0 created, 0 updated, 1 unchanged" in out
        assert snapshot() == before


def test_field_level_content_of_the_legacy_documents(legacy, site_tree):
    """One import of the five documents, then each record's fields (named checks below, one per record)."""
    out, err, error = run("import_documents", legacy, publish=True)
    assert error is None, err
    for name, check in list(globals().items()):
        if name.startswith("check_"):
            check()


def initiative(number):
    return InitiativePage.objects.get(source_key=f"initiative:les-solidarites-numeriques:{number}")


def slugs(manager):
    return sorted(term.slug for term in manager.all())


def check_record_with_every_field():
    page = initiative(2)  # Cyberbus de Quimper
    assert page.title == "Cyberbus de Quimper"
    assert page.live and not page.has_unpublished_changes
    assert page.live_revision_id == page.latest_revision_id is not None
    assert page.summary.startswith("Le Cyberbus est un dispositif ambulant")
    assert "Malgré la diffusion généralisée des TIC" in page.context
    assert page.description.raw_data[0]["type"] == "paragraph"
    assert page.website == "http://www.altivis.fr/Quimper-un-cyberbus-pour.html"
    assert [t.name for t in page.initiative_types.all()] == ["Accès aux TIC pour tous", "Cyberbus"]
    assert page.territory == "Commune de Quimper"
    assert [(link.organisation.title, link.role) for link in page.organisation_links.all()] == [
        ("Municipalité de Quimper", OrganisationRole.CARRIER)
    ]
    assert (page.launch_date, page.launch_precision) == (datetime.date(2006, 7, 1), "month")
    with translation.override("fr"):
        assert page.launch_date_display() == "juillet 2006"
    assert page.status.name == "Opérationnel"
    assert (page.collected_on, page.collected_precision) == (datetime.date(2010, 1, 1), "month")
    assert [a.name for a in page.audiences.all()] == ["Populations de la commune"]
    # Keywords are matched by slug: an existing "accès" is reused for "Accès", so compare without case.
    assert sorted(k.name.lower() for k in page.keywords.all()) == ["accès", "fracture numérique", "haut débit"]
    assert [t.code for t in page.themes.all()] == ["acces-a-la-connexion-et-au-materiel-informatique"]


def check_record_without_field_lines():
    page = initiative(23)
    assert page.title.startswith("Établissement d'une Agence de développement spécialisée sur le numérique")
    assert page.website == "" and page.territory == "" and page.status is None
    assert page.launch_precision == "unknown" and page.launch_date is None
    assert not page.keywords.exists() and not page.organisation_links.exists()
    assert (
        page.summary
        == "Mise en place d'une cellule régionale de planification stratégique pour le développement numérique."
    )
    assert [t.code for t in page.themes.all()] == ["cooperation-decentralisee"]


def check_record_with_unknown_launch_date():
    page = initiative(9)  # "Date de lancement : non renseignée"
    assert page.title == "Construire ensemble un espace pour jeunes de 16 à 25 ans"
    assert (page.launch_date, page.launch_precision) == (None, "unknown")
    with translation.override("fr"):
        assert str(page.launch_date_display()) == "Non renseignée"  # the legacy records' own wording
    assert (page.collected_on, page.collected_precision) == (datetime.date(2010, 2, 1), "month")
    with translation.override("fr"):
        assert (page.collected_on_display(), page.collected_on_iso()) == ("février 2010", "2010-02")


def check_record_with_mots_cles_and_early_year():
    page = initiative(6)  # "Mots clés", "début 2010", "Porteurs du projet", "Avancement : en cours"
    assert sorted(k.slug for k in page.keywords.all()) == sorted(
        ["tic", "cohesion-sociale", "epn", "fracture-sociale", "culture-numerique"]
    )
    assert (page.launch_date, page.launch_precision, page.launch_period) == (datetime.date(2010, 1, 1), "year", "early")
    assert page.status.name == "En cours"
    assert [link.organisation.title for link in page.organisation_links.all()] == ["Association Les Tracols"]


def check_record_without_avancement():
    page = initiative(8)  # Dracénie services: no status line
    assert page.title == "Dracénie services, un site d'entraide au quotidien"
    assert page.status is None
    assert (page.launch_date, page.launch_precision) == (datetime.date(2009, 1, 1), "year")
    assert page.website == "http://www.dracenie.com/modules/espaceannonces/"


def check_multi_country_cooperation():
    page = initiative(25)
    assert (
        page.title
        == "le projet e-Administration entre les Communes du Plateau (Bénin) et l'Agglomération du Grand-Chalon"
    )
    assert sorted(c.code for c in page.countries) == ["BJ", "FR"]
    assert sorted(c.code for c in initiative(26).countries) == ["FR", "MA"]
    assert page.website == "http://www.legrandchalon.fr/440-cooperation-decentralisee.htm"


def check_two_carriers_and_a_contractor():
    page = initiative(13)
    assert [link.organisation.title for link in page.organisation_links.all()] == [
        "Ville de Grenoble",
        "Conseil Général de l'Isère",
    ]
    lot = initiative(17)
    assert [(link.organisation.title, link.role) for link in lot.organisation_links.all()] == [
        ("Conseil général du Lot", OrganisationRole.CARRIER),
        ("Conseil général du Lot", OrganisationRole.PARTNER),
    ]
    assert (lot.collected_on, lot.collected_precision) == (datetime.date(2009, 12, 17), "day")
    assert OrganisationPage.objects.get(title="Ville de Grenoble").kind.slug == "collectivite-territoriale"


def check_themes_and_note():
    themes = list(ThemePage.objects.order_by("number").values_list("number", "code"))
    assert themes[2] == (3, "entraide-numerique")
    assert themes[6] == (7, "cooperation-decentralisee")
    cooperation = ThemePage.objects.get(number=7)
    assert "coopération décentralisée" in cooperation.introduction
    note = ThematicNotePage.objects.get()
    assert note.introduction.startswith("<p>La note de synthèse « les solidarités numériques »")
    titles = [chapter.value["title"] for chapter in note.chapters]
    assert "État des lieux, problématique et enjeux" in titles and "Sommaire" not in titles
    assert note.footnotes[0].value["number"] == "1"
    assert ThemePage.objects.filter(notes=note).count() == 7


def check_articles():
    article = {page.source_key: page for page in ArticlePage.objects.all()}
    presentation = article["article:i-jumelages-lis-presentation"]
    assert presentation.title == "I-jumelages @lis : présentation"
    assert presentation.author == "Vecam"  # the rights holder: the article has no author line
    assert presentation.date == datetime.date(2004, 1, 15)
    assert presentation.licence == Licence.CC_BY_SA
    assert not presentation.keywords.exists()
    headings = [block.value["text"] for block in presentation.body if block.block_type == "heading"]
    assert "A quoi sert le i-jumelage ?" in headings

    report = article["article:compte-rendu-de-reunion-projet-i-jumelage"]
    assert report.author == "Frédéric Bergot"
    assert report.date is None and report.licence == ""
    assert "Katell Provost" in str(report.body)

    platform = article["article:plateforme-quebecoise-de-linternet-citoyen"]
    assert platform.author == "" and platform.date is None
    assert "Communautique" in platform.summary

    networks = ArticlePage.objects.get(title__startswith="Réseaux citoyens")
    # "Formation" and "TIC" already exist from the note ("formation", "TIC"): one keyword per slug.
    assert sorted(k.slug for k in networks.keywords.all()) == ["democratie-numerique", "formation", "mutualisation",
                                                                "tic"]  # fmt: skip
    assert networks.author == "" and networks.licence == ""
    assert "Conseil régional d'Ile de France" in str(networks.body)
    assert ArticlePage.objects.count() == len(ARTICLES)


def test_draft_import_keeps_pages_unpublished(site_tree):
    out, err, error = run("import_documents", DATA / "valid.txt")  # --draft is the default
    assert error is None, err
    page = InitiativePage.objects.get()
    assert not page.live and page.has_unpublished_changes and page.latest_revision_id
    assert page.keywords.count() == 2
    out, err, error = run("import_documents", DATA / "valid.txt")
    assert "initiative: 0 created, 0 updated, 1 unchanged" in out
