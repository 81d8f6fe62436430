"""The demo is written from the legacy documents with their source keys: importing them over it updates in place."""

import io
from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from wagtail.models import Locale, Page

from home.permissions import ensure_groups_and_workflow
from initiatives.models import InitiativePage, OrganisationPage

LEGACY = Path(__file__).resolve().parents[2].parent / "shared" / "legacy-documents"
# Actors the synthesis note names that the demo does not have under that name (generic or a second spelling).
ACTORS_THE_DEMO_NAMES_OTHERWISE = {
    "Commune",
    "Animateurs et acteurs de l'accès publics à Internet",
    "Associations et institutions (Éducation, Handicap, Social)",
    "Universités",
    "Ville d'Albi (Tarn, 81)",
    "Conseil Général de l'Essonne (91)",
}


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
    if not LEGACY.is_dir():
        pytest.skip(f"the legacy documents are absent: put them in {LEGACY} (the shared folder ../shared)")
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
    assert not new.exclude(content_type__model="organisationpage").exists(), list(new.values_list("title"))
    assert {page.title for page in OrganisationPage.objects.filter(pk__in=new)} == ACTORS_THE_DEMO_NAMES_OTHERWISE
    assert "initiative: 0 created, 27 updated" in out
    assert "theme: 0 created, 7 updated" in out or "theme: 0 created" in out
    assert "article: 0 created" in out and "note: 0 created" in out


def test_the_demo_pages_keep_their_addresses_after_the_reimport(demo_then_legacy):
    _before, initiatives, _out = demo_then_legacy
    after = {page.pk: page.slug for page in InitiativePage.objects.filter(locale__language_code="fr")}
    assert after == initiatives
