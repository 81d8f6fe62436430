"""The search suite's corpus (a twinning, a partner-only initiative, an English translation), placed on the map
by the geocoder and indexed by the database engine, as `make demo` does."""

import pytest

from initiatives.geocoding import geocode_missing
from search import indexing
from search.engines.database import DatabaseEngine
from tests.search.conftest import Corpus


@pytest.fixture
def corpus(site_tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        corpus = Corpus(site_tree)
    geocode_missing()
    indexing.rebuild(engines=[DatabaseEngine()])
    return corpus
