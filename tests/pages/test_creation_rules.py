"""Where each page type can be created (the editors' page chooser offers only these)."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import ArticleIndexPage, ArticlePage, HomePage, StandardPage
from initiatives.models import (
    InitiativeIndexPage,
    InitiativePage,
    OrganisationIndexPage,
    OrganisationPage,
    ThemeIndexPage,
    ThemePage,
)
from library.models import LibraryIndexPage, ReferencePage, ThematicNotePage

SECTION_INDEXES = [ThemeIndexPage, InitiativeIndexPage, OrganisationIndexPage, LibraryIndexPage, ArticleIndexPage]
ALL_TYPES = [
    HomePage,
    StandardPage,
    *SECTION_INDEXES,
    ArticlePage,
    ThemePage,
    InitiativePage,
    OrganisationPage,
    ThematicNotePage,
    ReferencePage,
]
# child type -> the only parent types allowed
PARENTS = {
    HomePage: {Page},
    StandardPage: {HomePage, StandardPage},
    ThemeIndexPage: {HomePage},
    InitiativeIndexPage: {HomePage},
    OrganisationIndexPage: {HomePage},
    LibraryIndexPage: {HomePage},
    ArticleIndexPage: {HomePage},
    ArticlePage: {ArticleIndexPage},
    ThemePage: {ThemeIndexPage},
    InitiativePage: {InitiativeIndexPage},
    OrganisationPage: {OrganisationIndexPage},
    ThematicNotePage: {LibraryIndexPage},
    ReferencePage: {LibraryIndexPage},
}


class PageCreationRulesTests(WagtailPageTestCase):
    def test_each_page_type_is_created_only_under_its_parents(self):
        for child, parents in PARENTS.items():
            for parent in [Page, *ALL_TYPES]:
                with self.subTest(child=child.__name__, parent=parent.__name__):
                    if parent in parents:
                        self.assertCanCreateAt(parent, child)
                    else:
                        self.assertCanNotCreateAt(parent, child)

    def test_leaf_pages_have_no_children(self):
        for leaf in [ArticlePage, ThemePage, InitiativePage, OrganisationPage, ThematicNotePage, ReferencePage]:
            with self.subTest(leaf=leaf.__name__):
                self.assertAllowedSubpageTypes(leaf, {})

    def test_sections_are_unique_under_the_home_page(self):
        for index in SECTION_INDEXES:
            with self.subTest(index=index.__name__):
                self.assertEqual(index.max_count_per_parent, 1)
