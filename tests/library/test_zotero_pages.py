"""Pages reference managers capture correctly: what Zotero's Embedded Metadata translator reads in a reference
page's head (its item-type rules and its author splitting, ported below from zotero/translators'
"Embedded Metadata.js" and "RDF.js"), COinS for multi-item capture on listings and search results, exports in every
language."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.urls import reverse

from library.models import ReferencePage
from tests.imports.conftest import run

pytestmark = pytest.mark.django_db
ITEMS = json.loads((Path(__file__).resolve().parent / "fixtures" / "references.json").read_text(encoding="utf-8"))
# What a Zotero user expects to get for each CSL type.
EXPECTED_ZOTERO_TYPE = {
    "book": "book", "chapter": "bookSection", "article-journal": "journalArticle",
    "article-magazine": "magazineArticle", "article-newspaper": "newspaperArticle", "report": "report",
    "thesis": "thesis", "paper-conference": "conferencePaper", "webpage": "webpage", "dataset": "dataset",
    "document": "document",
}  # fmt: skip
ZOTERO_ITEM_TYPES = set(EXPECTED_ZOTERO_TYPE.values()) | {"blogPost", "presentation", "letter", "manuscript"}
RDF_PREFIXES = {"bib", "bibo", "dc", "dcterms", "prism", "foaf", "vcard", "link", "z", "eprint", "eprints", "og",
                "article", "book", "rdf"}  # fmt: skip


class Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links = [], {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("name") or attrs.get("property")) and attrs.get("content"):
            self.meta.append((attrs.get("name") or attrs["property"], attrs["content"]))
        if tag == "link" and attrs.get("rel"):
            self.links[attrs["rel"]] = attrs.get("href")


def head_of(html):
    parser = Head()
    parser.feed(html.split("</head>")[0])
    return parser


def zotero_item_type(meta):
    """Embedded Metadata's init() and RDF's detectType(): og:type book/website, then a DC.type naming an item type,
    then the Highwire type, then the guesses (citation_title, og:type article: journal article; citation_isbn: book)."""
    hw_type = hw_guess = og = og_guess = dc = None
    rdf = False
    highwire = {"citation_journal_title": "journalArticle", "citation_technical_report_institution": "report",
                "citation_conference_title": "conferencePaper", "citation_conference": "conferencePaper",
                "citation_book_title": "bookSection", "citation_dissertation_institution": "thesis"}  # fmt: skip
    for name, value in meta:
        match = re.search(r"[.:_]", name)
        prefix = name[: match.start()].lower() if match else ""
        if prefix in RDF_PREFIXES:
            rdf = True
            prop = name[match.end() :]
            if prefix == "og" and prop == "type":
                og = {"book": "book", "website": "webpage"}.get(value)
                og_guess = "journalArticle" if value == "article" else None
            if prefix == "dc" and prop.lower() == "type" and value in ZOTERO_ITEM_TYPES:
                dc = value
            continue
        short = name[name.rfind("citation_") :] if "citation_" in name else name
        if short in highwire:
            hw_type = highwire[short]
        elif short in {"citation_title", "citation_series_title"}:
            hw_guess = hw_guess or "journalArticle"
        elif short == "citation_isbn":
            hw_guess = "book"
    default = hw_type or hw_guess
    return (og or dc or default or og_guess) if rdf else default


def zotero_creators(meta):
    """addHighwireMetadata() and ZU.cleanAuthor(): (last name, first name) of each citation_author."""
    creators = []
    for name, value in meta:
        if name != "citation_author":
            continue
        authors = re.split(r"\s*;\s*", value)
        if len(authors) == 1:
            by_comma = re.split(r"\s*,\s*", authors[0])
            if len(by_comma) > 1 and " " in by_comma[0] and " " in by_comma[1]:
                authors = by_comma
        for author in authors:
            author = author.strip()
            if "," in author:
                parts = re.split(r", ?", author)
                creators.append((parts[0], parts[1].strip()))
            else:
                first, _sep, last = author.rpartition(" ")
                creators.append((last, first))
    return creators


def expected_creators(item):
    out = []
    for name in item.get("author", []):
        if name.get("literal"):
            out.append((name["literal"], ""))
        else:
            family = " ".join(p for p in (name.get("non-dropping-particle"), name["family"]) if p)
            out.append((family, " ".join(p for p in (name.get("given"), name.get("dropping-particle")) if p)))
    return out


@pytest.fixture
def library(site_tree, tmp_path):
    source = tmp_path / "references.json"
    source.write_text(json.dumps(ITEMS, ensure_ascii=False), encoding="utf-8")
    _out, err, error = run("import_references", source, publish=True)
    assert error is None, err
    return {page.citation_key: page for page in ReferencePage.objects.live()}


def test_zotero_reads_the_right_item_and_the_page_url_from_every_reference_page(library, client):
    for item in ITEMS:
        page = library[item["id"]]
        html = client.get(page.url).content.decode()
        head = head_of(html)
        meta = dict(head.meta)
        own_url = "http://testserver" + page.url
        assert zotero_item_type(head.meta) == EXPECTED_ZOTERO_TYPE[item["type"]], item["id"]
        assert zotero_creators(head.meta) == expected_creators(item), item["id"]
        assert meta["citation_abstract_html_url"] == own_url
        assert head.links["canonical"] == own_url and meta["og:url"] == own_url
        if item.get("page", "").count("-"):
            first, last = item["page"].split("-")
            assert (meta["citation_firstpage"], meta["citation_lastpage"]) == (first, last)
        for variable, tag in (("DOI", "citation_doi"), ("ISBN", "citation_isbn"), ("ISSN", "citation_issn")):
            assert meta.get(tag) == item.get(variable), (item["id"], tag)
        if item["type"] == "report":
            assert meta["citation_technical_report_institution"]
        assert meta["DC.title"] == item["title"] and meta["citation_language"] == item["language"]


def test_the_language_is_shown_by_name(library, client):
    html = client.get(library["eveno2010"].url).content.decode()
    assert "<dd>Français</dd>" in html or "<dd>français</dd>" in html
    assert "<dd>fr</dd>" not in html


def coins_of(html):
    return re.findall(r'<span class="Z3988" title="([^"]+)"></span>', html)


def test_the_library_listing_offers_every_reference_to_zotero_and_links_exports(library, client, site_tree):
    coins = []
    for number in (1, 2):
        html = client.get(site_tree.library.url, {"page": number}).content.decode()
        assert len(coins_of(html)) == html.count('class="card__title"') - html.count("card--note")
        coins += coins_of(html)
    assert len(coins) == len(ITEMS)
    assert any("rft.btitle=Les+solidarit%C3%A9s+num%C3%A9riques" in c for c in coins)
    assert any("rft.aucorp=UNESCO" in c and "rft.genre=report" in c for c in coins)
    for fmt in ("bibtex", "ris", "csljson"):
        assert f'href="{reverse("library:export_library", args=[fmt])}"' in html


def test_search_results_carry_coins_for_references(library, client):
    from search import indexing
    from search.engines.database import DatabaseEngine

    indexing.rebuild(engines=[DatabaseEngine()])
    html = client.get(reverse("search:search"), {"q": "numérique"}).content.decode()
    coins = coins_of(html)
    assert coins, "the search results list references"
    assert html.count("search-hit--reference") == len(coins)


@pytest.mark.parametrize("prefix", ["", "/en", "/es"])
def test_library_exports_in_every_language_include_untranslated_references(library, client, prefix):
    response = client.get(f"{prefix}/references/export.csljson")
    assert response.status_code == 200
    assert {item["id"] for item in json.loads(response.content)} == {item["id"] for item in ITEMS}
