"""Shared fixtures: a French site tree with every section, on the database DATABASE_URL names."""

import json

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections

from home.factories import ArticleIndexPageFactory, make_home_site
from initiatives.factories import InitiativeIndexPageFactory, OrganisationIndexPageFactory, ThemeIndexPageFactory
from library.factories import LibraryIndexPageFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: its database starts afresh, so must what was cached from it."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(scope="session", autouse=True)
def serialized_contents_in_every_context(django_db_setup, django_db_blocker):
    """The migrated data serialized at setup, seen by every connection object, and put back at the session's end.

    Django keeps one connection object per contextvars context, and Playwright's sync API runs a test under a
    context of its own: there the connection is a fresh object without the copy, so a transactional test's
    serialized rollback silently restores nothing and the next one starts on an empty database. Stored on the
    connection class, the copy is found in every context.

    Restoring a GroupApprovalTask (multi-table) instantiates it without its parent's id, and Wagtail then looks its
    content type up; restored before the content types, that lookup creates the row again and the restore clashes
    with it. Content types first, then the rest in the serialized order.

    Transactional tests leave the database flushed; restored at the end, a next run with --reuse-db (the default)
    still finds locales, groups and pages.
    """
    serialized = []
    for connection in connections.all():
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents:
            objects = json.loads(contents)
            objects.sort(key=lambda obj: obj["model"] != "contenttypes.contenttype")
            type(connection)._test_serialized_contents = json.dumps(objects)
            del connection._test_serialized_contents
            serialized.append(connection)
    yield
    with django_db_blocker.unblock():
        for connection in serialized:
            # Emptied first: rows a late request recreated (content types) would clash with the copy.
            call_command("flush", database=connection.alias, interactive=False, inhibit_post_migrate=True, verbosity=0)
            connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
            _reset_sequences(connection)


def _reset_sequences(connection):
    """The copy is inserted with its ids; the next run's new rows must not reuse them."""
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True))
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


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
