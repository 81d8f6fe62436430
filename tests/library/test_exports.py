"""Exports every tool reads: BibTeX formatted by pybtex's plain style and read by bibtexparser, RIS read by rispy,
CSL-JSON; round trips through each format give back the same references and the same citation keys."""

import copy
import json
import re
from pathlib import Path

import bibtexparser
import pybtex.database
import pybtex.plugin
import pytest
import rispy

from library.bibliography import bibtex, csljson, ris

ITEMS = json.loads((Path(__file__).resolve().parent / "fixtures" / "references.json").read_text(encoding="utf-8"))
TRICKY = {
    "id": "tricky2020",
    "type": "report",
    "title": "Coûts & bénéfices : 50 % des {EPN} ~ 1 \\ 2, $ _ # ^",
    "author": [{"literal": "Agence du numérique & territoires"}],
    "publisher": "ANCT",
    "URL": "https://example.org/a?x=1&y=50%25~z#frag",
    "issued": {"date-parts": [[2020, 1, 9]]},
    "accessed": {"date-parts": [[2021, 2, 3]]},
    "ISBN": "978-2-07-036822-8",
    "language": "fr",
}


def as_bibtex_keeps(item):
    """BibTeX has one "von" part for names: a dropping particle comes back as a non-dropping one."""
    item = copy.deepcopy(item)
    for role in ("author", "editor", "translator"):
        for name in item.get(role, []):
            if "dropping-particle" in name:
                particle = name.pop("dropping-particle")
                name["non-dropping-particle"] = particle
    return item


def test_pybtex_plain_style_formats_every_entry():
    text = bibtex.dump(ITEMS + [TRICKY])
    data = pybtex.database.parse_string(text, "bibtex")
    style = pybtex.plugin.find_plugin("pybtex.style.formatting", "plain")()
    formatted = {entry.key: entry.text.render_as("text") for entry in style.format_entries(data.entries.values())}
    assert len(formatted) == len(ITEMS) + 1
    assert "Technical Report, UNESCO" in formatted["unesco2005"] or "Éditions UNESCO" in formatted["unesco2005"]
    assert "PhD thesis, Université Paris 1 Panthéon-Sorbonne, Paris, 2004" in formatted["granjon2004"]
    assert "https://example.org/a?x=1&y=50%25~z#frag" in formatted["tricky2020"]


def test_bibtex_entry_types_and_fields():
    entries = {e.key: e for e in bibtexparser.parse_string(bibtex.dump(ITEMS + [TRICKY])).entries}
    assert entries["unesco2005"].entry_type == "techreport" and "institution" in entries["unesco2005"].fields_dict
    assert "publisher" not in entries["unesco2005"].fields_dict
    assert entries["granjon2004"].entry_type == "phdthesis" and "school" in entries["granjon2004"].fields_dict
    assert all("year" in entry.fields_dict for entry in entries.values())
    assert entries["tricky2020"]["url"] == "https://example.org/a?x=1&y=50%25~z#frag"
    assert entries["tricky2020"]["title"].startswith(r"{Coûts \& bénéfices : 50 \% des \{EPN\} \textasciitilde{}")
    assert entries["eveno2010"]["month"] == "feb"


def test_bibtexparser_reads_everything_and_the_round_trip_is_lossless():
    text = bibtex.dump(ITEMS + [TRICKY])
    assert not bibtexparser.parse_string(text).failed_blocks
    assert bibtex.parse(text) == [as_bibtex_keeps(item) for item in ITEMS + [TRICKY]]


def test_ris_as_reference_managers_write_it():
    text = ris.dump(ITEMS + [TRICKY])
    assert not re.search(r"^\d+\.\s*$", text, re.MULTILINE), "no numbering line before a record"
    records = {record["id"]: record for record in rispy.loads(text)}
    assert len(records) == len(ITEMS) + 1
    assert (records["eveno2010"]["year"], records["eveno2010"]["date"]) == ("2010", "2010/02//")
    assert records["king1968"]["date"] == "1998/04/04/"
    assert records["creis2012"]["access_date"] == "2026/01/05"
    assert records["vendramin2004"]["secondary_authors"] == ["Proulx, Serge"]
    assert records["castells2001"]["subsidiary_authors"] == ["Lefort, Anne"]
    assert (records["garcia2004"]["start_page"], records["garcia2004"]["end_page"]) == ("45", "67")
    assert records["king1968"]["authors"] == ["King, Martin Luther, Jr.", "Humboldt, Alexander von"]
    assert records["unesco2005"]["authors"] == ["UNESCO"]
    assert records["tricky2020"]["urls"] == ["https://example.org/a?x=1&y=50%25~z#frag"]


def test_ris_round_trip_is_lossless():
    assert ris.parse(ris.dump(ITEMS + [TRICKY])) == ITEMS + [TRICKY]


def test_csljson_round_trip_is_lossless():
    assert csljson.parse(csljson.dump(ITEMS + [TRICKY])) == ITEMS + [TRICKY]


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csljson"])
def test_the_site_round_trip_keeps_references_and_keys(site_tree, client, tmp_path, fmt):
    """Import the fixtures, export them from the library, import the export: nothing changes, keys included."""
    from library.export import csl_items
    from library.models import ReferencePage
    from tests.imports.conftest import run

    source = tmp_path / "references.json"
    source.write_text(json.dumps(ITEMS + [TRICKY], ensure_ascii=False), encoding="utf-8")
    _out, err, error = run("import_references", source, publish=True)
    assert error is None, err
    before = csl_items(ReferencePage.objects.order_by("title"))
    assert {item["id"] for item in before} == {item["id"] for item in ITEMS + [TRICKY]}
    expected = {item["id"]: item for item in ITEMS + [TRICKY]}
    assert all(item == {"id": item["id"], **expected[item["id"]]} for item in before)

    exported = client.get(f"/references/export.{fmt}")
    assert exported.status_code == 200
    extension = {"bibtex": "bib", "ris": "ris", "csljson": "json"}[fmt]
    again = tmp_path / f"export.{extension}"
    again.write_bytes(exported.content)
    out, err, error = run("import_references", again, publish=True)
    assert error is None, err
    after = csl_items(ReferencePage.objects.order_by("title"))
    if fmt == "bibtex":
        before = [as_bibtex_keeps(item) for item in before]
    assert after == before
