"""Fixtures of the import tests: the legacy documents (data/legacy/), small bad inputs, a database snapshot."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, Revision

from home.models import Keyword
from initiatives.models import Audience, InitiativeOrganisation, InitiativeStatus, InitiativeType, OrganisationKind
from library.models import ReferenceContributor

DATA = Path(__file__).resolve().parent / "data"
# The resource centre's five legacy documents, byte for byte: the importers' acceptance input.
LEGACY = DATA / "legacy"
NOTE = "002_29fb8461fd505fa0.txt"
ARTICLES = ["000_f8973da79ec64d70.txt", "001_08474fc314c922e0.txt", "003_acb1f584a31b6d42.txt",
            "004_e70dd20fe0cfec77.txt"]  # fmt: skip


@pytest.fixture
def legacy():
    return LEGACY


def run(command, *args, **options):
    """Runs a command in English (messages are asserted in English); returns (stdout, stderr, error or None)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with translation.override("en"):
            call_command(command, *map(str, args), stdout=out, stderr=err, **options)
        error = None
    except Exception as exc:  # CommandError: the message the editor sees
        error = str(exc)
    return out.getvalue(), err.getvalue(), error


def snapshot():
    """Everything an import may write, so a failed one can be shown to have changed nothing."""
    return {
        "pages": sorted(Page.objects.values_list("id", "path", "title", "slug", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "keywords": sorted(Keyword.objects.values_list("slug", "name")),
        "terms": [
            sorted(model.objects.values_list("slug", flat=True))
            for model in (InitiativeType, Audience, InitiativeStatus, OrganisationKind)
        ],  # fmt: skip
        "links": InitiativeOrganisation.objects.count(),
        "contributors": sorted(ReferenceContributor.objects.values_list("family", "given", "literal")),
    }
