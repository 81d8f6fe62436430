"""Defects found on new files written in the legacy dialects: each file here once imported wrongly or silently."""

import json

import pytest
from wagtail.models import Page

from home.models import ArticlePage
from initiatives.factories import ThemePageFactory
from initiatives.models import InitiativePage
from tests.imports.conftest import DATA, run, snapshot

pytestmark = pytest.mark.django_db


def dry_run_records(path):
    out, err, error = run("import_documents", path, dry_run=True, json=True)
    assert error is None, err
    return json.loads(out)


def test_a_cut_collection_note_is_refused_not_published_as_an_article(site_tree):
    before = snapshot()
    _out, err, error = run("import_documents", DATA / "cut_note.md", publish=True)
    assert error == "1 of 1 files were not imported."
    assert "no initiative record" in err and "looks truncated" in err
    assert not ArticlePage.objects.filter(title__icontains="Note de synthèse").exists()
    assert snapshot() == before


def test_every_publication_line_gives_the_article_its_date(site_tree):
    (record,) = dry_run_records(DATA / "published_on.txt")
    assert record["fields"]["date"]["date"] == "2011-03-03"
    _out, err, error = run("import_documents", DATA / "published_on.txt", publish=True)
    assert error is None, err
    assert str(ArticlePage.objects.get().date) == "2011-03-03"


def test_a_bare_initiative_line_starts_a_new_record(site_tree):
    records = [r for r in dry_run_records(DATA / "bare_initiative.md") if r["kind"] == "initiative"]
    assert [(r["title"], r["source"].rsplit(":", 1)[1]) for r in records] == [
        ("Cyberbase de Trifouillis", "7"),
        ("Le bus numérique de Montcuq", "15"),  # the line "Initiative 2 :"
    ]
    assert "Montcuq" not in records[0]["sections"]["presentation"]


def test_every_error_of_a_file_is_reported_at_once(site_tree):
    before = snapshot()
    _out, err, error = run("import_documents", DATA / "many_errors.md", publish=True)
    assert error == "1 of 1 files were not imported."
    path = DATA / "many_errors.md"
    assert f"{path}:13: no web address found in “pas encore en ligne”" in err
    assert f"{path}:15: “un jour peut-être” is not a date this import understands" in err
    assert f"{path}:25: field “Avancement” is given twice in Initiative 2" in err
    assert err.index(":13:") < err.index(":15:") < err.index(":25:")  # in the order of the file
    assert err.count("nothing was written from this file") == 1
    assert snapshot() == before


def test_page_numbers_and_running_headers_stay_out_of_descriptions(site_tree):
    (record,) = [r for r in dry_run_records(DATA / "page_breaks.md") if r["kind"] == "initiative"]
    description = record["sections"]["description"]
    assert "six jours sur sept" in description and "en bus le mercredi" in description
    for residue in ("Observatoire des territoires", "12", "Page 13", "14"):
        assert residue not in description
    assert record["fields"]["website"] == "http://www.example.org/"


def test_markdown_link_titles_are_parsed_in_the_links_to_know_more(site_tree):
    (record,) = dry_run_records(DATA / "more_links.txt")
    assert record["fields"]["more_links"] == [
        {"title": "VECAM", "url": "http://www.vecam.org/"},
        {"title": "Villes Internet", "url": "http://www.villes-internet.net/"},
        {"title": "<http://www.creatif-public.net/>", "url": "http://www.creatif-public.net/"},
    ]
    _out, err, error = run("import_documents", DATA / "more_links.txt", publish=True)
    assert error is None, err
    links = [(block.value["title"], block.value["url"]) for block in ArticlePage.objects.get().more_links]
    assert links[:2] == [("VECAM", "http://www.vecam.org/"), ("Villes Internet", "http://www.villes-internet.net/")]


def test_utf8_cut_inside_a_character_is_reported_as_truncated_utf8(site_tree, tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes((DATA / "valid.txt").read_bytes() + "Réseau".encode()[:2])  # "R" and half of "é"
    _out, err, error = run("import_documents", path)
    assert error == "1 of 1 files were not imported."
    assert "UTF-8 but truncated" in err
    assert "cp125" not in err and "--encoding" not in err


def test_a_file_failing_half_way_writes_nothing(site_tree):
    """future_date.txt: its first initiative is valid, its second fails while it is written (a future date)."""
    pages, initiatives = Page.objects.count(), InitiativePage.objects.count()
    _out, err, error = run("import_documents", DATA / "future_date.txt", publish=True)
    assert error == "1 of 1 files were not imported." and "future" in err
    assert (Page.objects.count(), InitiativePage.objects.count()) == (pages, initiatives)
    assert not InitiativePage.objects.filter(title="Atelier mémoire").exists()


def test_an_article_rewritten_in_the_sites_own_words_updates_the_page_of_its_original(site_tree):
    """ "Titre d'origine", "Slug", "Thèmes" and "Résumé": what the old site's pages did not say."""
    health = ThemePageFactory(parent=site_tree.themes, title="Santé et prévention", code="sante-prevention", number=4)
    cooperation = ThemePageFactory(parent=site_tree.themes, title="Coopération décentralisée",
                                   code="cooperation-decentralisee", number=7)  # fmt: skip
    _out, err, error = run("import_documents", DATA / "dialects" / "article_posted.txt", publish=True)
    assert error is None, err
    original = ArticlePage.objects.get()
    out, err, error = run("import_documents", DATA / "article_site_lines.txt", publish=True)
    assert error is None and "article: 0 created, 1 updated" in out, err
    page = ArticlePage.objects.get()
    assert (page.pk, page.slug, page.title) == (original.pk, "jumelages-dix-ans-apres",
                                                "Les jumelages numériques, dix ans après")  # fmt: skip
    assert page.summary == "Ce que les jumelages ont laissé aux villes qui les ont menés."
    assert sorted(page.themes.all(), key=lambda theme: theme.number) == [health, cooperation]  # the rubric is one
    heading = next(block.value for block in page.body if block.block_type == "heading")
    assert (heading["text"], heading["anchor"]) == ("Ce qui reste", "bilan")
    assert [(b.value["title"], b.value["url"]) for b in page.more_links] == [
        ("Le site du programme", "http://jumelages.example.org/")
    ]
    body = " ".join(str(block.value) for block in page.body)
    assert "Le rapport final, épuisé" in body and "jumelages.example.org" not in body  # a link is not repeated
    # The original again: no "Thèmes" line, no slug, so the page keeps its address and its themes.
    run("import_documents", DATA / "dialects" / "article_posted.txt", publish=True)
    page = ArticlePage.objects.get()
    assert page.slug == "jumelages-dix-ans-apres" and page.themes.count() == 2


def test_an_article_naming_a_theme_the_site_lacks_is_refused(site_tree, tmp_path):
    ThemePageFactory(parent=site_tree.themes, title="Santé et prévention", code="sante-prevention", number=4)
    path = tmp_path / "article.txt"
    path.write_text((DATA / "article_site_lines.txt").read_text().replace("Thèmes : 4", "Thèmes : 4, Jardinage"))
    before = snapshot()
    _out, err, error = run("import_documents", path, publish=True)
    assert "there is no theme “Jardinage” on this site" in err + str(error)
    assert snapshot() == before
