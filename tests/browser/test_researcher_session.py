"""A researcher's session in Debian's Chromium: the English library lists the French references, its BibTeX export
downloads every one of them, a reference page cites it as citeproc-js does and tells Zotero what it is."""

import json
from pathlib import Path

import bibtexparser
import pytest

from library.models import ReferencePage
from tests.conftest import SiteTree
from tests.imports.conftest import run

FIXTURES = Path(__file__).resolve().parents[1] / "library" / "fixtures" / "references.json"
ITEMS = json.loads(FIXTURES.read_text(encoding="utf-8"))

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def library(tmp_path):
    tree = SiteTree()
    _out, err, error = run("import_references", FIXTURES, publish=True)
    assert error is None, err
    return tree


def test_researcher_exports_the_library_and_cites_a_reference(browser, live_server, library):
    page = browser.new_page(accept_downloads=True)
    page.goto(f"{live_server.url}/en{library.library.url}")
    assert page.locator("span.Z3988").count() > 0  # Zotero's multi-item capture

    with page.expect_download() as download:
        page.get_by_role("link", name="BibTeX").first.click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    keys = {entry.key for entry in bibtexparser.parse_string(text).entries}
    assert keys == {item["id"] for item in ITEMS}, "the English export holds the untranslated French references"

    reference = ReferencePage.objects.get(citation_key="warschauer2003")
    page.goto(f"{live_server.url}{reference.url}")
    apa = page.locator('.citation__text[data-style="apa"]').inner_text()
    assert (
        apa.strip() == "Warschauer, M. (2003). Demystifying the digital divide. Scientific American, 289(2), "
        "42‑47. https://doi.org/10.1038/scientificamerican0803-42"
    )
    assert page.locator('meta[name="DC.type"]').get_attribute("content") == "journalArticle"
    assert page.locator('meta[name="citation_lastpage"]').get_attribute("content") == "47"
    assert page.locator('link[rel="canonical"]').get_attribute("href") == page.url
    details = page.locator("dl.bibliographic").inner_text()
    assert "anglais" in details.lower() and "\nen\n" not in details  # the language by name, not its code
