"""References: import (BibTeX, RIS, CSL-JSON), dedupe, export and round trips, citations, citation meta tags."""

import json

import pytest
from wagtail.models import Locale

from initiatives.factories import ThemePageFactory
from library.bibliography import bibtex, csljson, ris
from library.bibliography.detect import detect
from library.bibliography.mapping import csl_item
from library.citations import citations
from library.export import csl_items, export_references
from library.models import ReferencePage
from tests.imports.conftest import DATA, run, snapshot

pytestmark = pytest.mark.django_db


def items_without_ids(items):
    return sorted((({k: v for k, v in item.items() if k != "id"}) for item in items), key=lambda i: i["title"])


@pytest.fixture
def references(site_tree):
    out, err, error = run("import_references", DATA / "refs.bib", publish=True)
    assert error is None, err
    return {page.title: page for page in ReferencePage.objects.all()}


def test_bibtex_import_decodes_latex_and_splits_names(references):
    assert sorted(references) == [
        "Digital solidarity fund: a proposal",
        "El acceso público a Internet en América Latina",
        "Les solidarités numériques",
    ]
    article = references["El acceso público a Internet en América Latina"]
    assert article.reference_type == "article-journal"
    assert article.container_title == "Revista de Tecnología"
    assert (article.volume, article.issue, article.pages, article.doi) == ("12", "3", "45-67", "10.1234/rt.2004.045")
    people = [(c.family, c.given, c.literal) for c in article.contributors.all()]
    assert people == [("García", "José", ""), ("", "", "Organisation des Nations unies")]
    book = references["Les solidarités numériques"]
    assert (book.issued_year, book.issued_month, book.isbn, book.publisher_place) == (
        2010,
        2,
        "978-2-7466-2099-5",
        "Paris",
    )
    assert sorted(k.name.lower() for k in book.keywords.all()) == ["coopération", "fracture numérique"]
    assert references["Digital solidarity fund: a proposal"].publisher == "Agence mondiale de solidarité numérique"


def test_reimport_and_duplicates_change_nothing(references):
    before = snapshot()
    out, err, error = run("import_references", DATA / "refs.bib", publish=True)
    assert error is None and '"unchanged": 3' in out
    # The same works in another format, with a DOI written as a URL: recognised, not duplicated.
    items = csl_items(ReferencePage.objects.all())
    items[0]["DOI"] = "https://doi.org/" + items[0]["DOI"] if items[0].get("DOI") else items[0].get("DOI")
    path = DATA.parent / "roundtrip.ris"
    try:
        path.write_text(ris.dump(items) + ris.dump(items[:1]), encoding="utf-8")
        out, err, error = run("import_references", path, publish=True)
    finally:
        path.unlink()
    assert error is None, err
    assert '"unchanged": 3' in out and '"duplicate": 1' in out
    assert "duplicates entry 1" in err
    assert snapshot() == before


@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csljson"])
def test_round_trip_export_then_import_gives_the_same_references(references, fmt):
    pages = ReferencePage.objects.order_by("title")
    original = csl_items(pages)
    _content_type, text = export_references(pages, fmt)
    parsed = {"bibtex": bibtex, "ris": ris, "csljson": csljson}[fmt].parse(text)
    assert items_without_ids(parsed) == items_without_ids(original)
    # And into an empty library: the same pages again.
    ReferencePage.objects.all().delete()
    path = DATA.parent / f"roundtrip.{fmt}"
    try:
        path.write_text(text, encoding="utf-8")
        _out, err, error = run("import_references", path, publish=True)
    finally:
        path.unlink()
    assert error is None, err
    assert items_without_ids(csl_items(ReferencePage.objects.all())) == items_without_ids(original)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("malformed.bib", "malformed.bib:3: malformed BibTeX entry"),
        ("no_end.ris", "no_end.ris:7: the RIS record starting here has no end tag “ER  -”."),
    ],
)
def test_bad_bibliographies_change_nothing(references, name, message):
    before = snapshot()
    out, err, error = run("import_references", DATA / name)
    assert error == "1 of 1 files were not imported."
    assert message in err
    assert snapshot() == before


def test_dry_run_prints_csl_items_and_writes_nothing(site_tree):
    before = snapshot()
    out, err, error = run("import_references", DATA / "refs.bib", dry_run=True, json=True)
    assert error is None
    assert [item["type"] for item in json.loads(out)] == ["book", "article-journal", "report"]
    assert snapshot() == before


def test_format_is_detected_by_content(tmp_path):
    assert detect((DATA / "refs.bib").read_text(), "refs.txt") == "bibtex"
    assert detect("TY  - BOOK\nTI  - x\nER  - \n", "x.bib") == "ris"
    assert detect('[{"title": "x"}]', "x.ris") == "csljson"


def test_export_views(references, client):
    book = references["Les solidarités numériques"]
    response = client.get(f"/references/{book.pk}/export.bibtex")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{book.citation_key}.bib"'
    assert book.citation_key == "eveno2010"  # the BibTeX key, kept from the import
    assert "title = {{Les solidarités numériques}}" in response.content.decode()
    response = client.get("/references/export.ris")
    assert response["Content-Type"].startswith("application/x-research-info-systems")
    assert response.content.decode().count("ER  -") == 3
    response = client.get("/references/export.csljson")
    assert len(json.loads(response.content)) == 3
    assert client.get("/references/export.docx").status_code == 404


def test_listing_export_runs_a_fixed_number_of_queries(references, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        export_references(ReferencePage.objects.all(), "csljson")


def test_citations_in_the_page_language(references):
    book = references["Les solidarités numériques"]
    styles = {c["key"]: str(c["html"]) for c in citations(csl_item(book), "fr")}
    assert set(styles) == {"apa", "chicago", "iso690"}
    assert styles["apa"].startswith('<div class="csl-entry">Eveno, E., &#38; Vidal, M. (2010). <i>Les solidarités')
    assert "EVENO, Emmanuel et VIDAL, Mathieu, 2010. <i>Les solidarités numériques</i>" in styles["iso690"]
    english = {c["key"]: str(c["html"]) for c in citations(csl_item(book), "en")}
    assert "EVENO, Emmanuel and VIDAL, Mathieu" in english["iso690"]
    report = references["Digital solidarity fund: a proposal"]
    chicago_fr = {c["key"]: str(c["html"]) for c in citations(csl_item(report), "fr")}["chicago"]
    # The English title is title-cased by Chicago; the French one above is not.
    assert "Digital Solidarity Fund: A Proposal" in chicago_fr
    assert "Les solidarités numériques" in styles["chicago"]


def path_of(page):
    return page.get_url_parts()[2]


def test_reference_page_has_citation_meta_tags_and_cite_this(references, client):
    article = references["El acceso público a Internet en América Latina"]
    html = client.get(path_of(article)).content.decode()
    assert '<meta name="citation_title" content="El acceso público a Internet en América Latina">' in html
    assert '<meta name="citation_author" content="García, José">' in html
    assert '<meta name="citation_author" content="Organisation des Nations unies,">' in html
    assert '<meta name="citation_publication_date" content="2004">' in html
    assert '<meta name="citation_journal_title" content="Revista de Tecnología">' in html
    assert '<meta name="citation_doi" content="10.1234/rt.2004.045">' in html
    assert '<meta name="citation_firstpage" content="45">' in html
    assert f'href="/references/{article.pk}/export.ris"' in html
    assert 'data-style="apa"' in html and 'data-style="iso690"' in html
    report = references["Digital solidarity fund: a proposal"]
    html = client.get(path_of(report)).content.decode()
    assert '<meta name="citation_pdf_url" content="http://example.org/dsf.pdf">' in html
    assert '<meta name="citation_technical_report_institution"' in html
    book = references["Les solidarités numériques"]
    assert '<meta name="citation_isbn" content="978-2-7466-2099-5">' in client.get(path_of(book)).content.decode()
    assert Locale.get_default().language_code == "fr"


def test_themes_and_summary_from_the_custom_object_or_the_note_and_the_slug_from_the_citation_key(site_tree):
    health = ThemePageFactory(parent=site_tree.themes, title="Santé et prévention", code="sante-prevention", number=4)
    cooperation = ThemePageFactory(parent=site_tree.themes, title="Coopération décentralisée",
                                   code="cooperation-decentralisee", number=7)  # fmt: skip
    _out, err, error = run("import_references", DATA / "site_fields.json", publish=True)
    assert error is None, err
    book, report = ReferencePage.objects.order_by("title")
    assert (book.slug, book.citation_key, book.summary) == ("dubois2010jumelages", "dubois2010jumelages",
                                                            "Un bilan des jumelages.")  # fmt: skip
    assert book.abstract == "Ten years of twinnings, in the author's words."
    assert sorted(book.themes.all(), key=lambda theme: theme.number) == [health, cooperation]
    assert (report.slug, report.summary, list(report.themes.all())) == ("martin2011villes", "Le palmarès des villes.",
                                                                        [health])  # fmt: skip
    # An editor's own choices stay when the file says nothing of them; the address never moves.
    book.summary, book.slug = "Résumé de la rédaction.", "jumelages"
    book.themes = [health]
    book.save_revision().publish()
    path = DATA.parent / "no_site_fields.json"
    try:
        path.write_text(json.dumps([{k: v for k, v in item.items() if k != "custom"}
                                    for item in json.loads((DATA / "site_fields.json").read_text())]))  # fmt: skip
        out, err, error = run("import_references", path, publish=True)
    finally:
        path.unlink()
    assert error is None and '"unchanged": 2' in out, err
    book = ReferencePage.objects.get(pk=book.pk)
    assert (book.slug, book.summary, list(book.themes.all())) == ("jumelages", "Résumé de la rédaction.", [health])


def test_an_entry_naming_a_theme_the_site_lacks_is_refused(site_tree):
    before = snapshot()
    _out, err, error = run("import_references", DATA / "site_fields.json", publish=True)
    assert "entry 1 (“Les jumelages numériques”) cannot be saved" in err + str(error)
    assert "there is no theme “cooperation-decentralisee”" in err + str(error)
    assert snapshot() == before
