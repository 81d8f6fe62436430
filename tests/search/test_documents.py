"""The index document of a page carries its related terms (labels in the document's locale), is the same whether
built for one translation group (publishing) or for a whole rebuild, and a rebuild's queries do not grow with the
number of pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from library.models import ReferenceContributor
from search.documents import documents_for_group, iter_all_documents


def by_title_and_locale(documents):
    return {(document["title"], document["locale"]): document for document in documents}


@pytest.fixture
def documents(corpus):
    ReferenceContributor.objects.create(reference=corpus.report, family="Dupont", given="Marie", sort_order=0)
    ReferenceContributor.objects.create(reference=corpus.report, literal="Réseau Solidaire", sort_order=1)
    theme_en = corpus.theme_access.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    theme_en.title = "Access to connectivity and equipment"
    theme_en.save_revision().publish()
    return by_title_and_locale(iter_all_documents())


def test_an_initiative_document_has_its_themes_organisations_keywords_and_terms(documents):
    twinning = documents["Jumelage Athis-Mons Tombouctou", "fr"]
    assert twinning["theme"] == ["acces", "cooperation"]
    assert twinning["organisation"] == ["athis", "tombouctou"]
    assert twinning["keyword"] == ["haut-debit"]
    assert twinning["country"] == ["FR", "ML"]
    assert set(twinning["organisations_text"].split(" ")) >= {"Mairie", "d'Athis-Mons", "Association", "Tombouctou"}
    assert "Coopération décentralisée" in twinning["themes_text"]
    assert twinning["keywords_text"] == "haut débit"
    telemedicine = documents["Télémédecine au village", "fr"]
    assert (telemedicine["status"], telemedicine["audience"]) == (["operationnel"], ["seniors"])
    cyberbus = documents["Le Cyberbus", "fr"]
    assert (cyberbus["initiative_type"], cyberbus["audience"], cyberbus["status"]) == (["epn"], ["jeunes"], [])


def test_labels_are_those_of_the_document_locale_and_facet_values_stay_the_source_slugs(documents):
    english = documents["The Cyberbus", "en"]
    assert english["themes_text"] == "Access to connectivity and equipment"
    assert english["theme"] == ["acces"]
    untranslated = documents["Jumelage Athis-Mons Tombouctou", "en"]
    assert untranslated["untranslated"] is True
    assert "Access to connectivity and equipment" in untranslated["themes_text"]
    assert "Coopération décentralisée" in untranslated["themes_text"]  # no English title yet: the French one


def test_references_themes_and_organisations_describe_themselves(documents):
    assert documents["Rapport sur la fracture numérique", "fr"]["authors"] == "Dupont, Marie Réseau Solidaire"
    theme = documents["Santé et prévention", "fr"]
    assert (theme["type"], theme["theme"]) == (["theme"], ["sante"])
    organisation = documents["Association Tombouctou", "fr"]
    assert (organisation["organisation"], organisation["country"]) == (["tombouctou"], ["ML"])


def test_publishing_one_group_builds_the_documents_of_a_rebuild(documents, corpus):
    for page in (corpus.twinning, corpus.cyberbus, corpus.report, corpus.telemedicine):
        for document in documents_for_group(page.translation_key):
            assert document == documents[document["title"], document["locale"]]


def test_a_rebuild_reads_the_same_number_of_queries_for_more_pages(corpus):
    def queries_of_a_rebuild():
        with CaptureQueriesContext(connection) as queries:
            count = sum(1 for _document in iter_all_documents())
        return count, len(queries)

    queries_of_a_rebuild()  # warms what is read once per process (content version, labels)
    documents_before, queries_before = queries_of_a_rebuild()
    for number in range(10):
        corpus.initiative(
            f"Atelier numérique {number}",
            "Un atelier d'entraide.",
            themes=[corpus.theme_access, corpus.theme_health],
            keywords=[corpus.kw_cyberbus],
            countries=["FR"],
            audiences=[corpus.youth],
            types=[corpus.type_epn],
            organisations=[corpus.athis],
            status=corpus.operational,
            slug=f"atelier-{number}",
        )
    documents_after, queries_after = queries_of_a_rebuild()
    assert documents_after == documents_before + 10 * 3  # one per locale
    assert queries_after == queries_before


def test_documents_hold_exactly_the_fields_of_the_schema_and_both_engines_use_it(corpus):
    from search.documents import iter_all_documents
    from search.engines.elasticsearch import TEXT_FIELDS as ES_TEXT_FIELDS
    from search.engines.elasticsearch import resource_mapping
    from search.engines.postgres import weighted_terms
    from search.schema import FIELDS, TEXT_FIELDS, WEIGHTS
    from search.spelling.elasticsearch import FIELD as SPELLING_FIELD

    declared = {field.name for field in FIELDS}
    for document in iter_all_documents():
        assert set(document) == {"id", *declared}
    # plus the copy of the text fields the spelling suggester reads (search.spelling.elasticsearch), never sent
    assert set(resource_mapping("fr").to_dict()["properties"]) == declared | {SPELLING_FIELD}
    # each text field, then its .folded sub-field (the second analysis of search.text)
    assert [name.split("^")[0] for name in ES_TEXT_FIELDS] == [n for f in TEXT_FIELDS for n in (f, f"{f}.folded")]
    assert sorted(name for names in WEIGHTS.values() for name in names) == sorted(TEXT_FIELDS)
    document = next(d for d in iter_all_documents(["fr"]) if d["title"] == "Le Cyberbus")
    assert weighted_terms(document)["a"] == "'cyberbus':1"  # a tsvector literal: each term at its position
