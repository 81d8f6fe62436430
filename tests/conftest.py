"""Shared fixtures: a French site tree with every section, on the database DATABASE_URL names."""

import pytest

from home.factories import ArticleIndexPageFactory, make_home_site
from initiatives.factories import InitiativeIndexPageFactory, OrganisationIndexPageFactory, ThemeIndexPageFactory
from library.factories import LibraryIndexPageFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: its database starts afresh, so must what was cached from it."""
    from django.core.cache import cache

    cache.clear()
    yield


class SiteTree:
    def __init__(self):
        self.home = make_home_site()
        self.themes = ThemeIndexPageFactory(parent=self.home)
        self.initiatives = InitiativeIndexPageFactory(parent=self.home)
        self.organisations = OrganisationIndexPageFactory(parent=self.home)
        self.library = LibraryIndexPageFactory(parent=self.home)
        self.articles = ArticleIndexPageFactory(parent=self.home)


@pytest.fixture
def site_tree(db):
    """The home page and the five section indexes, French, served as the default site."""
    return SiteTree()
