"""The demo's search synonyms: loaded by load_demo's own step, unchanged by a rerun, and working on the demo."""

import pytest

from search.searches import request_from_params, run_search
from search.synonyms.models import SynonymGroup

pytestmark = pytest.mark.django_db


def titles(q, lang="fr"):
    return [hit.title for hit in run_search(request_from_params({"q": q, "lang": lang, "page_size": 50})).hits]


def test_load_demo_loads_the_synonyms_of_each_language_once(demo):
    assert "Synonyms: 13 created, 0 updated, 0 unchanged." in demo.first.output
    assert "Synonyms: 0 created, 0 updated, 13 unchanged." in demo.second.output
    languages = sorted(SynonymGroup.objects.values_list("locale__language_code", flat=True))
    assert (languages.count("fr"), languages.count("en"), languages.count("es")) == (5, 4, 4)


def test_personnes_agees_finds_the_residence_for_seniors_in_bourges(demo):
    assert "Connecter une résidence pour seniors à Bourges" in titles("personnes âgées")
    assert "Connecter une résidence pour seniors à Bourges" in titles("aînés")
    assert any("older people" in title.lower() for title in titles("elderly", "en"))
