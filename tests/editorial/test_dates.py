"""Dates shown to the precision they are known to, with the right preposition, in French, English and Spanish."""

import datetime

import pytest
from django.utils import translation

from initiatives.factories import InitiativePageFactory
from library.factories import ThematicNotePageFactory
from tests.conftest import SiteTree

pytestmark = pytest.mark.django_db

JANUARY = datetime.date(2010, 1, 1)
FEBRUARY = datetime.date(2010, 2, 1)


@pytest.mark.parametrize(
    ("code", "collected_on", "precision", "expected"),
    [
        ("fr", JANUARY, "month", "en janvier 2010"),
        ("es", FEBRUARY, "month", "en febrero de 2010"),
        ("en", FEBRUARY, "month", "in February 2010"),
        ("fr", datetime.date(2010, 1, 3), "day", "le 3 janvier 2010"),
        ("es", datetime.date(2010, 2, 3), "day", "el 3 de febrero de 2010"),
        ("fr", JANUARY, "year", "en 2010"),
    ],
)
def test_the_collection_date_reads_as_a_sentence(code, collected_on, precision, expected):
    tree = SiteTree()
    page = InitiativePageFactory(parent=tree.initiatives, collected_on=collected_on, collected_precision=precision)
    with translation.override(code):
        assert page.collected_on_phrase() == expected


def test_the_initiative_page_shows_the_month_with_its_preposition(client):
    tree = SiteTree()
    page = InitiativePageFactory(parent=tree.initiatives, collected_on=JANUARY, collected_precision="month")
    html = client.get(page.url).content.decode()
    assert '<time datetime="2010-01">en janvier 2010</time>' in html
    assert "Informations recueillies le" not in html


def test_a_note_known_to_the_year_shows_the_year_only(client):
    tree = SiteTree()
    note = ThematicNotePageFactory(parent=tree.library, publication_date=datetime.date(2010, 9, 1))
    html = client.get(note.url).content.decode()
    assert '<time datetime="2010">2010</time>' in html
    assert "septembre" not in html
    note.publication_precision = "day"
    with translation.override("fr"):
        assert note.publication_date_display() == "1 septembre 2010"
