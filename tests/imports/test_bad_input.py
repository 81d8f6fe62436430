"""Every bad input gets a clear message naming the file (and line) and leaves the database exactly as it was."""

import json

import pytest

from initiatives.models import InitiativePage
from library.importing.fields import parse_fuzzy_date
from tests.imports.conftest import DATA, run, snapshot

pytestmark = pytest.mark.django_db

CASES = [
    ("empty.txt", None, "the file is empty"),
    ("binary.txt", None, "binary file"),
    ("latin1.txt", 7, "not UTF-8"),
    ("truncated.txt", 23, "looks truncated"),
    ("no_title.txt", 21, "Initiative 2 has no title"),
    ("duplicate.txt", 21, "Initiative 1 appears twice in this file (first on line 11)"),
    ("unknown_label.txt", 21, "unknown field label “Budget annuel”"),
    ("future_date.txt", 17, "The collection date cannot be in the future"),  # fails while writing: rolled back
]


@pytest.fixture
def existing(site_tree):
    out, err, error = run("import_documents", DATA / "valid.txt", publish=True)
    assert error is None, err
    page = InitiativePage.objects.get()
    assert page.title == "Cyberbase de Trifouillis"
    return page


@pytest.mark.parametrize(("name", "line", "message"), CASES)
def test_bad_document_changes_nothing(existing, name, line, message):
    before = snapshot()
    out, err, error = run("import_documents", DATA / name, publish=True)
    assert error == "1 of 1 files were not imported."
    location = f"{DATA / name}:{line}:" if line else f"{DATA / name}:"
    assert location in err
    assert message in err
    assert "nothing was written from this file" in err
    assert snapshot() == before
    assert InitiativePage.objects.get().summary == "Un espace public numérique."


def test_latin1_message_names_the_encoding_and_the_option(existing):
    _out, err, _error = run("import_documents", DATA / "latin1.txt")
    assert "it looks like cp125" in err or "it looks like latin" in err.lower() or "8859" in err
    assert "--encoding" in err


def test_latin1_file_imports_when_its_encoding_is_given(existing):
    out, err, error = run("import_documents", DATA / "latin1.txt", encoding="latin-1", publish=True)
    assert error is None, err
    assert InitiativePage.objects.get().title == "Cyberbase de Trifouillis-lès-Oies"  # same record, updated
    assert "1 updated" in out


def test_unknown_label_is_kept_in_the_dry_run_records(existing):
    out, err, error = run("import_documents", DATA / "unknown_label.txt", dry_run=True, json=True)
    record = next(r for r in json.loads(out) if r["kind"] == "initiative")
    assert record["unknown_fields"] == {"Budget annuel": "12 000 euros"}
    assert "Budget annuel" in err


def test_one_bad_file_does_not_stop_the_good_ones(site_tree):
    out, err, error = run("import_documents", DATA / "empty.txt", DATA / "valid.txt")
    assert error == "1 of 2 files were not imported."
    assert InitiativePage.objects.count() == 1


@pytest.mark.parametrize(
    ("text", "iso", "precision", "period"),
    [
        ("2009", "2009-01-01", "year", ""),
        ("début 2010", "2010-01-01", "year", "early"),
        ("février 2010", "2010-02-01", "month", ""),
        ("Juillet 2006", "2006-07-01", "month", ""),
        ("le 27 janvier 2009", "2009-01-27", "day", ""),
        ("2003-2006, puis mai 2008", "2003-01-01", "year", ""),
        ("courant 2009", "2009-01-01", "year", ""),
        ("non renseignée", None, "unknown", ""),
    ],
)
def test_dates_keep_their_precision(text, iso, precision, period):
    value = parse_fuzzy_date(text).as_json()
    assert (value["date"], value["precision"], value["period"]) == (iso, precision, period)
