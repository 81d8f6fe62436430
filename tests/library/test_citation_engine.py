"""The embedded citeproc-js keeps its engines between renderings: an edited reference must not keep its old text."""

from library.citations import format_citation


def test_an_edited_reference_is_rendered_with_its_new_fields():
    item = {"id": "eveno2010", "type": "book", "title": "Les solidarités numériques", "language": "fr",
            "author": [{"family": "Eveno", "given": "Emmanuel"}], "issued": {"date-parts": [[2010]]}}  # fmt: skip
    edited = dict(item, title="Les solidarités numériques : l’Internet au service du lien social")
    assert "au service du lien social" not in str(format_citation(item, "apa", "fr"))
    assert "au service du lien social" in str(format_citation(edited, "apa", "fr"))  # the same id, in one process
    assert "au service du lien social" not in str(format_citation(item, "apa", "fr"))
