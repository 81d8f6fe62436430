"""The demo is written from the legacy documents with their source keys: importing them over it updates in place."""

import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from wagtail.models import Locale, Page

from home.permissions import ensure_groups_and_workflow
from initiatives.models import InitiativePage
from tests.imports.conftest import LEGACY

# pytest-django sets up the test database only for the aliases marked tests ask for: without the mark, run alone,
# the module fixture would reach the real database.
pytestmark = pytest.mark.django_db


def migrated_rows():
    """The rows the migrations make, put back when an earlier transactional test flushed them (--reuse-db)."""
    ContentType.objects.clear_cache()
    for code in ("fr", "en", "es"):
        Locale.objects.get_or_create(language_code=code)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code="fr")))
    ensure_groups_and_workflow()


@pytest.fixture(scope="module")
def demo_then_legacy(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            migrated_rows()
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_demo", stdout=io.StringIO())
            before = dict(Page.objects.values_list("pk", "title"))
            initiatives = {page.pk: page.slug for page in InitiativePage.objects.filter(locale__language_code="fr")}
            out, err = io.StringIO(), io.StringIO()
            call_command("import_documents", str(LEGACY), publish=True, stdout=out, stderr=err)
            yield before, initiatives, out.getvalue()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def test_reimporting_the_legacy_documents_over_the_demo_creates_no_page(demo_then_legacy):
    before, _initiatives, out = demo_then_legacy
    new = Page.objects.exclude(pk__in=before)
    assert not new.exists(), list(new.values_list("title", flat=True))
    assert "organisation: 0 created" in out or "organisation:" not in out
    assert "initiative: 0 created, 27 updated" in out
    assert "theme: 0 created, 7 updated" in out or "theme: 0 created" in out
    assert "article: 0 created" in out and "note: 0 created" in out


def test_the_demo_pages_keep_their_addresses_after_the_reimport(demo_then_legacy):
    _before, initiatives, _out = demo_then_legacy
    after = {page.pk: page.slug for page in InitiativePage.objects.filter(locale__language_code="fr")}
    assert after == initiatives
