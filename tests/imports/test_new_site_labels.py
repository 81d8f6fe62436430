"""The collection dialect's labels of the new site (the demo's data uses them): countries, region, other themes,
references, page addresses, the note's and the themes' fields, quotes and footnotes linked to references."""

import datetime

import pytest

from initiatives.models import InitiativePage, ThemePage
from library.models import ReferencePage, ThematicNotePage
from tests.imports.conftest import DATA, run

NOTE = DATA / "labels" / "note.md"

pytestmark = pytest.mark.django_db


@pytest.fixture
def reference(site_tree):
    page = ReferencePage(title="Rapport sur les tiers-lieux", citation_key="rapport-2011", reference_type="report")
    site_tree.library.add_child(instance=page)
    return page


def test_the_new_site_labels_are_written(reference):
    _out, err, error = run("import_documents", NOTE, publish=True)
    assert error is None, err
    figuig = InitiativePage.objects.get(slug="figuig")
    assert sorted(country.code for country in figuig.countries) == ["FR", "MA"]  # as given: no default added
    assert figuig.region == "Oriental"
    assert [link.organisation.title for link in figuig.organisation_links.all()] == [
        "LISST-CIEU, Université de Toulouse", "CIRTAI, Université du Havre", "Ville de Figuig"]  # fmt: skip
    assert sorted(theme.slug for theme in figuig.themes.all()) == ["les-reseaux", "lieux"]
    assert list(figuig.related_references.all()) == [reference]
    landes = InitiativePage.objects.get(title="Le réseau des Landes")
    assert sorted(theme.slug for theme in landes.themes.all()) == ["les-reseaux", "lieux"]  # a theme by its title
    assert [country.code for country in landes.countries] == ["FR"]  # not given: the default country


def test_the_note_and_theme_fields_quotes_and_footnotes(reference):
    _out, err, error = run("import_documents", NOTE, publish=True)
    assert error is None, err
    note = ThematicNotePage.objects.get()
    assert (note.slug, note.authors, note.publisher) == ("tiers-lieux", "Claire Martin, Paul Durand",
                                                         "Observatoire des usages")  # fmt: skip
    assert note.publication_date == datetime.date(2012, 3, 1)
    assert note.summary == "Deux tiers-lieux, en France et au Maroc."
    assert sorted(note.keywords.names()) == ["médiation", "tiers-lieu"]
    assert [footnote.value["reference"].pk for footnote in note.footnotes] == [reference.pk]
    places = ThemePage.objects.get(slug="lieux")
    assert places.summary == "Des lieux ouverts à tous."
    assert "[1]" not in places.introduction  # the note's footnote marker stays in the note
    assert [block.value["title"] for block in note.chapters] == ["Contexte", "Méthode", "Les lieux", "Les réseaux"]
    method = note.chapters[1].value["body"]
    assert [(block.block_type, block.value.source) for block in method] == [
        ("paragraph", "<p>Deux visites sur place.</p>")]  # fmt: skip
    chapter = next(block.value for block in note.chapters if block.value["title"] == "Les lieux")
    kinds = {block.block_type: block.value for block in chapter["body"]}
    assert "[1]" in kinds["paragraph"].source
    assert (kinds["quote"]["quote"], kinds["quote"]["attribution"]) == ("Un lieu n'est rien sans ses habitants.",
                                                                       "Une animatrice")  # fmt: skip


@pytest.mark.parametrize(
    ("replace", "by", "message"),
    [
        ("**Autres thèmes** : 2", "**Autres thèmes** : 9", "“9” is not a theme of this file"),
        ("**Références** : rapport-2011", "**Références** : inconnu-1999", "not in the library: inconnu-1999"),
        ("**Pays** : France, Maroc", "**Pays** : France, Atlantide", "“Atlantide” is not a country name"),
    ],
)
def test_a_wrong_value_is_refused_with_its_reason_and_nothing_is_written(reference, tmp_path, replace, by, message):
    broken = tmp_path / "note.md"
    broken.write_text(NOTE.read_text(encoding="utf-8").replace(replace, by), encoding="utf-8")
    pages = InitiativePage.objects.count()
    _out, err, error = run("import_documents", broken, publish=True)
    assert message in (error or "") + err
    assert InitiativePage.objects.count() == pages and not ThematicNotePage.objects.exists()
