"""load_demo runs once per test module (twice, to check idempotency) inside a transaction rolled back at the end.

wagtail-localize publishes translations in `transaction.on_commit`; the callbacks are captured and executed as
a commit would, so the English and Spanish pages are live as after a real run.
"""

import io
import re
from dataclasses import dataclass

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from wagtail.models import Page, PageViewRestriction, Revision, Site
from wagtail_localize.models import StringTranslation, TranslationSource

from home.models import Keyword
from initiatives.models import Audience, InitiativeStatus, InitiativeType, OrganisationKind

SUMMARY = re.compile(r"Demo content: (\d+) created, (\d+) updated, (\d+) unchanged")


@dataclass
class DemoRun:
    created: int
    updated: int
    unchanged: int
    output: str

    def changes(self):
        """The per-kind lines of the summary where something was created or updated."""
        lines = self.output.splitlines()
        return [line for line in lines if re.search(r"(created|updated) +[1-9]|^  updated ", line)]


@dataclass
class DemoLoad:
    first: DemoRun
    second: DemoRun
    counts_after_first: dict
    counts_after_second: dict


def load_demo():
    out = io.StringIO()
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", stdout=out, verbosity=2)
    match = SUMMARY.search(out.getvalue())
    assert match, out.getvalue()
    return DemoRun(*(int(group) for group in match.groups()), output=out.getvalue())


def database_counts():
    counts = {
        f"pages:{language}": Page.objects.filter(locale__language_code=language).count()
        for language in ("fr", "en", "es")
    }
    for model in (
        Revision,
        Site,
        PageViewRestriction,
        Keyword,
        InitiativeType,
        Audience,
        InitiativeStatus,
        OrganisationKind,
        TranslationSource,
        StringTranslation,
    ):
        counts[model.__name__] = model.objects.count()
    return counts


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            first = load_demo()
            after_first = database_counts()
            second = load_demo()
            yield DemoLoad(first, second, after_first, database_counts())
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
