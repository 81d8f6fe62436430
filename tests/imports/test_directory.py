"""The directory of actors (CSV): written as organisation pages, found again by name, title or other name."""

import pytest

from initiatives.models import InitiativePage, OrganisationKind, OrganisationPage
from tests.imports.conftest import DATA, run, snapshot

ACTORS = DATA / "directory" / "actors.csv"
NOTE = DATA / "labels" / "note.md"

pytestmark = pytest.mark.django_db


def test_the_directory_becomes_organisation_pages(site_tree):
    out, err, error = run("import_documents", ACTORS, publish=True)
    assert error is None, err
    assert "organisation: 2 created" in out
    figuig = OrganisationPage.objects.get(slug="figuig")
    assert (figuig.title, figuig.country.code, figuig.town) == ("Ville de Figuig", "MA", "Figuig")
    assert figuig.website == "http://www.figuig.example"
    assert figuig.other_name_list() == ["La municipalité de Figuig", "Figuig"]
    assert figuig.kind == OrganisationKind.objects.get(name="Commune")  # a kind found, or made, by its label
    assert OrganisationPage.objects.get(title="Association Les Tisserands").slug == "association-les-tisserands"
    before = snapshot()
    out, _err, error = run("import_documents", ACTORS, publish=True)
    assert error is None and "organisation: 0 created, 0 updated, 2 unchanged" in out
    assert snapshot() == before


def test_a_note_names_the_directorys_pages_by_their_other_names(site_tree, tmp_path):
    run("import_documents", ACTORS, publish=True)
    note = tmp_path / "note.md"
    note.write_text("# Note\n\n## 1 / Thème\n\nTexte.\n\n# Initiative 1 : Le jardin\n\n### Présentation\n\n"
                    "Un jardin.\n\n**Porteur de projet** : la municipalité de Figuig\n", encoding="utf-8")  # fmt: skip
    _out, err, error = run("import_documents", note, publish=True)
    assert error is None, err
    links = InitiativePage.objects.get(title="Le jardin").organisation_links.all()
    assert [link.organisation.slug for link in links] == ["figuig"]
    assert OrganisationPage.objects.count() == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Nom;Genre\nA;b\n", "unknown column “Genre”"),
        ("Type;Ville\nCommune;Lyon\n", "no “Nom” column"),
        ("Nom;Pays\nA;Atlantide\nB;Nulle part\n", "“Atlantide” is not a country name"),
        ("Nom;Site web\nA;pas de site\n", "no web address found"),
    ],
)
def test_a_wrong_directory_is_refused_with_every_problem_and_nothing_is_written(site_tree, tmp_path, text, message):
    path = tmp_path / "actors.csv"
    path.write_text(text, encoding="utf-8")
    before = snapshot()
    _out, err, error = run("import_documents", path, publish=True)
    assert error and message in err
    assert snapshot() == before


def test_a_one_column_directory_is_read(site_tree, tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("Nom\nVille de Sète\n\n", encoding="utf-8")
    _out, err, error = run("import_documents", path, publish=True)
    assert error is None, err
    assert OrganisationPage.objects.get().title == "Ville de Sète"


def test_every_bad_row_is_reported_at_once(site_tree, tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("Nom,Pays\nA,Atlantide\nB,Nulle part\n", encoding="utf-8")  # commas: the delimiter is detected
    _out, err, _error = run("import_documents", path, publish=True)
    assert "actors.csv:2" in err and "actors.csv:3" in err
