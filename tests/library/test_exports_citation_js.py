"""citation-js (the JavaScript library behind many reference tools) reads the site's three export formats without
loss of the fields it knows. Needs Node and `npm ci`; skipped otherwise."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from library.bibliography import bibtex, csljson, ris

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ITEMS = json.loads((HERE / "fixtures" / "references.json").read_text(encoding="utf-8"))
FORCE_TYPE = {"bibtex": "@biblatex/text", "ris": "@ris/file", "csljson": "@csl/list+object"}
DUMP = {"bibtex": bibtex.dump, "ris": ris.dump, "csljson": lambda items: csljson.dump(items)}

pytestmark = pytest.mark.skipif(
    not (shutil.which("node") and (REPO / "node_modules" / "@citation-js" / "plugin-ris").exists()),
    reason="needs Node and the citation-js packages (npm ci)",
)


def read_with_citation_js(fmt, text):
    run = subprocess.run(["node", str(HERE / "citationjs_read.js"), FORCE_TYPE[fmt]], input=text, capture_output=True,
                         text=True, cwd=REPO, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout)


def family_names(item):
    """Capitalised words of each author's family name (or organisation), however a reader places particles; RIS
    readers following the specification take a newspaper's AU as its reporter."""
    names = []
    for name in item.get("author", []) + item.get("reporter", []):
        text = name if isinstance(name, str) else name.get("literal") or " ".join(
            p for p in (name.get("non-dropping-particle"), name.get("family")) if p)  # fmt: skip
        text = text.split(",")[0] if isinstance(name, str) else text
        names.append(" ".join(word for word in text.split() if not word[:1].islower()))
    return names


@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csljson"])
def test_citation_js_reads_every_export(fmt):
    read = read_with_citation_js(fmt, DUMP[fmt](ITEMS))
    assert len(read) == len(ITEMS)
    by_title = {item["title"]: item for item in read}
    for item in ITEMS:
        theirs = by_title[item["title"]]
        assert family_names(theirs) == family_names(item), (fmt, item["id"])
        for variable in ("DOI", "URL", "volume", "issue", "container-title"):
            if variable == "container-title" and fmt == "ris" and item["type"] == "webpage":
                continue  # citation-js keeps no website title from an ELEC record (Zotero reads it from T2)
            if item.get(variable):
                assert theirs.get(variable) == item[variable], (fmt, item["id"], variable)
        assert theirs["issued"]["date-parts"][0][0] == item["issued"]["date-parts"][0][0]
