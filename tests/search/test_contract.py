"""The search contract, run against every engine: database always, Elasticsearch when ELASTICSEARCH_TEST_URL is set."""

from django.contrib.auth.models import Group
from django.http import QueryDict

from home.models.base import PARTNERS_GROUP
from home.visibility import PUBLIC, groups_key
from search.searches import request_from_params, run_search


def search(engine, query="", partner=False, **params):
    data = QueryDict(mutable=True)
    if query:
        data["q"] = query
    for key, value in params.items():
        if isinstance(value, list):
            data.setlist(key, value)
        else:
            data[key] = str(value)
    return run_search(request_from_params(data, audiences=partner_audiences(partner)), engine=engine)


def partner_audiences(partner):
    """What a member of the Partenaires group passes (home.visibility.viewer_audiences), or an anonymous visitor."""
    if not partner:
        return (PUBLIC,)
    return (PUBLIC, groups_key([Group.objects.get(name=PARTNERS_GROUP).pk]))


def titles(response):
    return [hit.title for hit in response.hits]


def counts(response, facet):
    return {bucket.value: bucket.count for bucket in response.facets[facet]}


def test_a_word_finds_its_page_first(engine):
    response = search(engine, "cyberbus")
    assert titles(response)[0] == "Le Cyberbus"


def test_accents_are_folded_and_words_stemmed(engine):
    assert "Jumelage Athis-Mons Tombouctou" in titles(search(engine, "cooperation"))
    assert "Télémédecine au village" in titles(search(engine, "telemedecine"))
    assert "Le Cyberbus" in titles(search(engine, "numeriques"))


def test_french_elision(engine):
    assert "Le Cyberbus" in titles(search(engine, "entraide"))


def test_all_words_must_match(engine):
    response = search(engine, "cyberbus quartiers")
    assert titles(response) == ["Le Cyberbus"] and response.match == "all"


def test_most_words_when_all_of_them_find_almost_nothing(engine):
    """No page has both words: the pages with one of two are shown, flagged partial; the page with two of three
    words comes first."""
    response = search(engine, "cyberbus village")
    assert response.match == "partial"
    assert set(titles(response)) == {"Le Cyberbus", "Télémédecine au village"}
    response = search(engine, "télémédecine village cyberbus")
    assert response.match == "partial" and titles(response) == ["Télémédecine au village"]
    response = search(engine, "cyberbus")  # one word: nothing to relax
    assert response.match == "all"
    assert search(engine, "cyberbus zzzqqq").match == "partial"


def test_words_typed_with_or_without_accents_find_the_same_pages(engine):
    for accented, plain in (("accès", "acces"), ("numérique", "numerique"), ("santé", "sante")):
        found = set(titles(search(engine, accented)))
        assert found and found == set(titles(search(engine, plain))), accented
    assert "Jumelage Athis-Mons Tombouctou" in titles(search(engine, '"acces public"'))


def test_taxonomy_labels_and_country_names_are_indexed(engine):
    assert "Le Cyberbus" in titles(search(engine, "espace public numérique"))  # its initiative type
    assert "Le Cyberbus" in titles(search(engine, "jeunes"))  # its audience
    assert "Jumelage Athis-Mons Tombouctou" in titles(search(engine, "mali"))  # an organisation's country


def test_exact_phrase(engine):
    assert titles(search(engine, '"accès public"')) == ["Jumelage Athis-Mons Tombouctou"]
    assert titles(search(engine, '"public accès"')) == []


def test_exclusion(engine):
    found = titles(search(engine, "accès"))
    assert "Jumelage Athis-Mons Tombouctou" in found
    assert "Jumelage Athis-Mons Tombouctou" not in titles(search(engine, "accès -tombouctou"))


def test_any_user_string_is_safe(engine):
    for text in ['"', "AND OR NOT (", "a:b* ~2 ^3 [x TO y] \\", "-", "''", "!!&|<->", "cyberbus'); DROP TABLE x;--"]:
        response = search(engine, text)
        assert response.count >= 0


def test_type_facet_and_counts(engine):
    response = search(engine, type="initiative")
    assert response.count == 4  # the partner-only initiative is not counted
    assert counts(response, "type")["initiative"] == 4
    assert counts(response, "type")["theme"] == 3
    assert set(counts(response, "theme")) == {"acces", "sante", "cooperation"}


def test_selecting_a_theme_keeps_the_other_themes_counts(engine):
    before = counts(search(engine, type="initiative"), "theme")
    response = search(engine, type="initiative", theme="sante")
    assert titles(response) == ["Télémédecine au village"]
    assert counts(response, "theme") == before
    selected = [bucket.value for bucket in response.facets["theme"] if bucket.selected]
    assert selected == ["sante"]


def test_or_within_a_facet_and_across_facets(engine):
    either = search(engine, theme=["sante", "cooperation"], type="initiative")
    assert sorted(titles(either)) == ["Jumelage Athis-Mons Tombouctou", "Télémédecine au village"]
    both = search(engine, theme=["sante", "cooperation"], country="FR", type="initiative")
    assert titles(both) == ["Jumelage Athis-Mons Tombouctou"]


def test_with_three_filters_each_selected_facet_counts_as_without_its_own_filter(engine):
    filters = {"type": "initiative", "theme": ["sante", "cooperation"], "country": "FR"}
    response = search(engine, **filters)
    assert titles(response) == ["Jumelage Athis-Mons Tombouctou"]
    for facet in filters:
        others = {name: value for name, value in filters.items() if name != facet}
        expected = {value: count for value, count in counts(search(engine, **others), facet).items() if count}
        assert {value: count for value, count in counts(response, facet).items() if count} == expected, facet
    # An unselected facet counts the documents passing every filter.
    assert counts(response, "organisation") == {"athis": 1, "tombouctou": 1}


def test_facet_values_of_relations(engine):
    response = search(engine, type="initiative")
    assert counts(response, "keyword") == {"cyberbus": 1, "haut-debit": 1}
    assert counts(response, "organisation") == {"athis": 1, "tombouctou": 1}
    assert counts(response, "audience") == {"jeunes": 1, "seniors": 1}
    assert counts(response, "status") == {"operationnel": 1}
    assert counts(response, "country") == {"FR": 3, "ML": 2}
    labels = {bucket.value: bucket.label for bucket in response.facets["theme"]}
    assert labels["sante"] == "Santé et prévention"


def test_year_ranges(engine):
    response = search(engine, type="initiative", launch_year_from=2011, launch_year_to=2014)
    assert sorted(titles(response)) == ["Jumelage Athis-Mons Tombouctou", "Wifi <libre> & gratuit"]
    assert titles(search(engine, published_year_from=2011, published_year_to=2011)) == [
        "Rapport sur la fracture numérique"
    ]


def test_sorts(engine):
    newest = titles(search(engine, type="initiative", sort="newest"))
    assert newest == [
        "Télémédecine au village",
        "Jumelage Athis-Mons Tombouctou",
        "Wifi <libre> & gratuit",
        "Le Cyberbus",
    ]
    by_title = titles(search(engine, type="initiative", sort="title"))
    assert by_title == [
        "Jumelage Athis-Mons Tombouctou",
        "Le Cyberbus",
        "Télémédecine au village",
        "Wifi <libre> & gratuit",
    ]


def test_pagination(engine):
    first = search(engine, type="initiative", sort="title", page_size=3)
    second = search(engine, type="initiative", sort="title", page_size=3, page=2)
    assert (first.count, first.pages, len(first.hits)) == (4, 2, 3)
    assert titles(second) == ["Wifi <libre> & gratuit"]


def test_highlights_are_marked_and_escaped(engine):
    hit = search(engine, "gratuit").hits[0]
    assert "<mark>gratuit</mark>" in hit.snippet
    assert "<script>" not in hit.snippet
    assert "&lt;script&gt;" in hit.snippet


def test_zero_results_say_what_each_filter_costs(engine):
    response = search(engine, "cyberbus", theme="sante", country="ML")
    assert response.count == 0
    assert response.without_filter["theme:sante"] == 0
    assert response.without_filter["country:ML"] == 0
    response = search(engine, "village", theme="acces")
    assert response.count == 0
    assert response.without_filter == {"theme:acces": 1}


def test_partner_only_pages_are_hidden_from_anonymous_visitors(engine):
    anonymous = search(engine, "cyberbus")
    assert "Projet confidentiel des partenaires" not in titles(anonymous)
    assert counts(anonymous, "keyword")["cyberbus"] == 1
    assert not list(engine.suggest("confidentiel", "fr"))
    partner = search(engine, "cyberbus", partner=True)
    assert "Projet confidentiel des partenaires" in titles(partner)
    assert counts(partner, "keyword")["cyberbus"] == 2
    assert [s.title for s in engine.suggest("confidentiel", "fr", audiences=partner_audiences(True))] == [
        "Projet confidentiel des partenaires"
    ]


def test_results_in_the_visitors_language(engine):
    english = search(engine, "cyberbus", lang="en")
    assert titles(english) == ["The Cyberbus"]
    assert english.hits[0].locale == "en"
    assert titles(search(engine, "telemedecine", lang="en")) == []
    with_originals = search(engine, "telemedecine", lang="en", include_untranslated=1)
    assert titles(with_originals) == ["Télémédecine au village"]
    assert with_originals.hits[0].untranslated


def test_autocomplete_on_titles(engine):
    suggestions = engine.suggest("jumel", "fr")
    assert [s.title for s in suggestions] == ["Jumelage Athis-Mons Tombouctou"]
    assert suggestions[0].url.endswith("/jumelage/")


def test_title_sort_ignores_leading_punctuation_accents_and_case(engine, corpus, django_capture_on_commit_callbacks):
    from search import indexing

    with django_capture_on_commit_callbacks(execute=True):
        corpus.initiative("« Zèbres » connectés", "Des zèbres.", slug="zebres")
        corpus.initiative("[Archives] éclairées", "Des archives.", slug="archives")
    indexing.rebuild(engines=[engine])
    assert titles(search(engine, type="initiative", sort="title")) == [
        "[Archives] éclairées",
        "Jumelage Athis-Mons Tombouctou",
        "Le Cyberbus",
        "Télémédecine au village",
        "Wifi <libre> & gratuit",
        "« Zèbres » connectés",
    ]
