"""The search corpus of tests/search (its fixtures), a résidence for seniors added, and synonym groups."""

import pytest
from wagtail.models import Locale

from search import indexing
from search.engines.database import DatabaseEngine
from search.synonyms.models import SynonymGroup
from tests.search.conftest import Corpus, corpus  # noqa: F401  (fixtures)


@pytest.fixture
def residence(corpus, django_capture_on_commit_callbacks):  # noqa: F811
    with django_capture_on_commit_callbacks(execute=True):
        page = corpus.initiative(
            "Connecter une résidence pour seniors à Bourges",
            "Le CCAS de Bourges ouvre un cyber espace dans le foyer logement pour que les résidents gardent "
            "le contact.",
            year=2009,
            countries=["FR"],
            slug="residence-bourges",
        )
    return page


def add_group(language, *terms):
    group = SynonymGroup(locale=Locale.objects.get(language_code=language), terms="\n".join(terms))
    group.full_clean()
    group.save()
    return group


@pytest.fixture
def indexed(residence):
    indexing.rebuild(engines=[DatabaseEngine()])
    return residence
