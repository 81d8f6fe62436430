"""Contract additions where the engines used to disagree (stop words, typing, elided originals, long facets, deep
pages, body snippets, gender and plural forms): the same answers from every engine of tests/search/conftest.py."""

import pytest
from django.http import QueryDict

from home.factories import KeywordFactory
from initiatives.factories import InitiativePageFactory
from search import indexing
from search.searches import MAX_RESULT_WINDOW, SearchParameterError, request_from_params
from tests.search.test_contract import counts, search, titles


@pytest.fixture
def agreeing(corpus, engine, django_capture_on_commit_callbacks):
    """The corpus plus pages for these cases, indexed again in the engine under test."""
    with django_capture_on_commit_callbacks(execute=True):
        tree = corpus.tree
        keywords = [KeywordFactory(name=f"mot clé {n:02d}", slug=f"mot-{n:02d}") for n in range(60)]
        body = "<p>Un accompagnement des démarches en ligne à la mairie.</p>"
        listing = InitiativePageFactory(parent=tree.initiatives, title="Ateliers de quartier", slug="ateliers",
                                        summary="Des ateliers ouverts.", context=body)  # fmt: skip
        listing.keywords.set(keywords)
        listing.save()
        rare = InitiativePageFactory(parent=tree.initiatives, title="Permanence rurale", slug="permanence",
                                     summary="Une permanence pour les personnes handicapées isolées.")  # fmt: skip
        rare.keywords.set(keywords[59:])
        rare.save()
        InitiativePageFactory(parent=tree.initiatives, title="Association d'aide aux handicapés", slug="aide",
                              summary="Un réseau d'entraide pour les personnes handicapés et isolés.")  # fmt: skip
        InitiativePageFactory(parent=tree.initiatives, title="Coopérative numérique", slug="cooperative",
                              summary="Une coopérative d'habitants pour la coopération décentralisée.")  # fmt: skip
        InitiativePageFactory(parent=tree.initiatives, title="Atelier coopératif", slug="atelier-cooperatif",
                              summary="Un atelier de réparation.")  # fmt: skip
    indexing.rebuild(engines=[engine])
    return engine


def test_stop_words_in_a_query_are_left_out(agreeing):
    assert titles(search(agreeing, "Le Cyberbus"))[0] == "Le Cyberbus"
    assert titles(search(agreeing, "le cyberbus"))[0] == "Le Cyberbus"
    assert "Jumelage Athis-Mons Tombouctou" in titles(search(agreeing, "accès à la connexion"))
    assert "Jumelage Athis-Mons Tombouctou" in titles(search(agreeing, "accès a la connexion"))  # "a" for "à"
    assert titles(search(agreeing, "le la les")) == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("asso", "Association d'aide aux handicapés"),
        ("coop", "Coopérative numérique"),
        ("numéri", "Coopérative numérique"),
    ],
)
def test_autocomplete_on_partial_words(agreeing, typed, expected):
    assert expected in [s.title for s in agreeing.suggest(typed, "fr")]


def test_autocomplete_needs_every_word_and_finds_words_inside_words(agreeing):
    assert [s.title for s in agreeing.suggest("cyberbus village", "fr")] == []
    assert [s.title for s in agreeing.suggest("bus", "fr")] == ["Le Cyberbus"]
    assert [s.title for s in agreeing.suggest("jumel tomb", "fr")] == ["Jumelage Athis-Mons Tombouctou"]


def test_autocomplete_ranks_titles_starting_with_the_text_first(agreeing):
    found = [s.title for s in agreeing.suggest("coop", "fr")]
    # the titles starting with "coop" (by title), then the one where it starts a later word
    assert found == ["Coopération décentralisée", "Coopérative numérique", "Atelier coopératif"]


def test_french_originals_are_found_by_elided_words_in_english_and_spanish(agreeing):
    for language in ("en", "es"):
        response = search(agreeing, "entraide", lang=language, include_untranslated=1)
        assert "Association d'aide aux handicapés" in titles(response), language


def test_a_facet_with_sixty_values_lists_them_all_and_counts_the_selected_one(agreeing):
    response = search(agreeing, type="initiative", facet_limit=100)  # the page shows 10, "show all" the rest
    keyword_counts = counts(response, "keyword")
    assert len([value for value in keyword_counts if value.startswith("mot-")]) == 60
    assert len(counts(search(agreeing, type="initiative"), "keyword")) == 10
    selected = search(agreeing, type="initiative", keyword="mot-59")
    assert counts(selected, "keyword")["mot-59"] == 2
    assert sorted(titles(selected)) == ["Ateliers de quartier", "Permanence rurale"]


def test_deep_pages_are_a_clear_error_not_an_engine_switch(agreeing):
    with pytest.raises(SearchParameterError):
        request_from_params(QueryDict(f"q=numérique&page={MAX_RESULT_WINDOW // 100 + 1}&page_size=100"))
    last = search(agreeing, "numérique", page=MAX_RESULT_WINDOW // 100, page_size=100)
    assert last.hits == () and not last.degraded


def test_a_body_only_match_gets_a_marked_snippet_from_the_body(agreeing):
    response = search(agreeing, "démarches")
    assert titles(response) == ["Ateliers de quartier"]
    assert "<mark>démarches</mark>" in response.hits[0].snippet


@pytest.mark.parametrize(
    "forms",
    [("handicapé", "handicapée", "handicapés", "handicapées"), ("isolé", "isolée", "isolés", "isolées"),
     ("décentralisée", "décentralisées", "décentralisé")],
)  # fmt: skip
def test_masculine_feminine_and_plural_forms_find_the_same_pages(agreeing, forms):
    found = [sorted(titles(search(agreeing, form))) for form in forms]
    assert found[0], forms
    assert all(pages == found[0] for pages in found), dict(zip(forms, found, strict=True))


def test_untranslated_originals_mixing_dated_and_undated_documents_sort(agreeing):
    response = search(agreeing, "accès", lang="en", include_untranslated=1)
    assert response.count >= 1
    newest = search(agreeing, lang="en", include_untranslated=1, sort="newest")
    assert newest.count >= 5
