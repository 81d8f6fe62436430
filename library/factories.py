"""Factories for the library: its index, thematic notes and references."""

import factory
import wagtail_factories

from library.models import LibraryIndexPage, ReferencePage, ThematicNotePage


class LibraryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Bibliothèque"
    slug = "bibliotheque"

    class Meta:
        model = LibraryIndexPage


class ThematicNotePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Note de synthèse {n}")
    authors = "Collectif"

    class Meta:
        model = ThematicNotePage


class ReferencePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Rapport {n}")
    reference_type = "report"
    issued_year = 2010

    class Meta:
        model = ReferencePage
