"""Editors create every page type through the real admin form; bad input gets an error that says what to fix."""

import datetime

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import ArticleIndexPage, ArticlePage, StandardPage
from initiatives.factories import (
    AudienceFactory,
    InitiativeStatusFactory,
    InitiativeTypeFactory,
    OrganisationKindFactory,
    OrganisationPageFactory,
    ThemePageFactory,
)
from initiatives.models import (
    InitiativeIndexPage,
    InitiativePage,
    OrganisationIndexPage,
    OrganisationPage,
    ThemeIndexPage,
    ThemePage,
)
from library.factories import ReferencePageFactory
from library.models import LibraryIndexPage, ReferencePage, ThematicNotePage
from tests.sample_site import SiteTree

EMPTY_LINKS = inline_formset([])


def base_data(title, **extra):
    return {"title": title, "slug": "", "summary": f"Résumé de {title}.", **extra}


class AdminCreateFormTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = SiteTree()
        cls.theme = ThemePageFactory(parent=cls.tree.themes, title="Entraide numérique", code="entraide")
        cls.organisation = OrganisationPageFactory(parent=cls.tree.organisations, title="Mairie d'Athis-Mons")
        cls.reference = ReferencePageFactory(parent=cls.tree.library, title="Rapport 2010")
        cls.status = InitiativeStatusFactory(name="Opérationnel", slug="operationnel")
        cls.audience = AudienceFactory(name="Jeunes", slug="jeunes")
        cls.initiative_type = InitiativeTypeFactory(name="Espace public numérique", slug="epn")
        cls.kind = OrganisationKindFactory(name="Association", slug="association")

    def setUp(self):
        self.user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
        self.client.force_login(self.user)

    def create(self, parent, model, data):
        """Posts the admin create form; many-to-many values (lists of ids) stay multi-valued fields."""
        data = dict(data)
        if "slug" in data and not data["slug"]:
            data.pop("slug")
        multi = {key: value for key, value in data.items() if isinstance(value, list)}
        form_data = nested_form_data({key: value for key, value in data.items() if key not in multi})
        self.assertCanCreate(parent, model, {**form_data, **multi})
        return model.objects.get(title=data["title"])

    def test_standard_page(self):
        self.create(self.tree.home, StandardPage, base_data("Espace partenaires", body=streamfield([])))

    def test_home_page(self):
        from home.models import HomePage

        root = Page.get_first_root_node()
        self.assertFalse(HomePage.can_create_at(root), "one home page per tree root")
        self.tree.home.delete()
        self.create(
            root, HomePage, base_data("Accueil", introduction=rich_text("<p>Bienvenue</p>"), featured_themes=[])
        )

    def test_section_indexes(self):
        home = self.tree.home
        for model in (ThemeIndexPage, InitiativeIndexPage, OrganisationIndexPage, LibraryIndexPage, ArticleIndexPage):
            with self.subTest(model=model.__name__):
                self.assertFalse(model.can_create_at(home), "one index of each kind")
                model.objects.child_of(home).get().delete()
                self.create(home, model, base_data(f"Section {model.__name__}", introduction=rich_text("<p>x</p>")))

    def test_article(self):
        article = self.create(
            self.tree.articles,
            ArticlePage,
            base_data(
                "Jumelage numérique",
                author="Rédaction",
                date="2010-05-01",
                licence="cc-by-sa",
                body=streamfield(
                    [
                        ("heading", {"text": "Un jumelage", "anchor": ""}),
                        ("paragraph", rich_text("<p>Texte</p>")),
                        ("quote", {"quote": "Citation", "attribution": "Un maire"}),
                    ]
                ),
                more_links=streamfield([("link", {"title": "Site", "url": "https://example.org/"})]),
                themes=[self.theme.pk],
                keywords="jumelage, coopération",
            ),
        )
        self.assertEqual(article.body[0].value["text"], "Un jumelage")
        self.assertEqual(sorted(article.keywords.names()), ["coopération", "jumelage"])

    def test_theme(self):
        theme = self.create(
            self.tree.themes,
            ThemePage,
            base_data("Santé et prévention", code="sante", number="4", introduction=rich_text("<p>x</p>")),
        )
        self.assertEqual(theme.code, "sante")

    def test_organisation(self):
        organisation = self.create(
            self.tree.organisations,
            OrganisationPage,
            base_data(
                "Ville de Tombouctou",
                kind=self.kind.pk,
                country="ML",
                town="Tombouctou",
                website="https://example.org/",
                description=rich_text("<p>Une commune.</p>"),
            ),
        )
        self.assertEqual(organisation.country.code, "ML")

    def initiative_data(self, title, **overrides):
        data = base_data(
            title,
            context=rich_text("<p>Contexte</p>"),
            description=streamfield([("paragraph", rich_text("<p>Description</p>"))]),
            website="https://example.org/",
            territory="Commune d'Athis-Mons",
            countries=["FR", "ML"],
            region="Île-de-France",
            launch_date="2010-01-01",
            launch_precision="year",
            launch_period="early",
            status=self.status.pk,
            collected_on="2011-03-01",
            collected_precision="month",
            organisation_links=inline_formset([{"organisation": self.organisation.pk, "role": "carrier"}]),
            initiative_links=inline_formset([]),
            themes=[self.theme.pk],
            initiative_types=[self.initiative_type.pk],
            audiences=[self.audience.pk],
            keywords="haut débit, wifi",
            related_references=[self.reference.pk],
        )
        data.update(overrides)
        return data

    def test_initiative(self):
        initiative = self.create(self.tree.initiatives, InitiativePage, self.initiative_data("Cyber-base d'Athis"))
        with translation.override("en"):
            self.assertEqual(str(initiative.launch_date_display()), "early 2010")
            self.assertEqual(initiative.collected_on_display(), "March 2011")
        self.assertEqual([link.organisation for link in initiative.organisation_links.all()], [self.organisation])
        self.assertEqual(list(initiative.themes.all()), [self.theme])
        self.assertEqual(sorted(country.code for country in initiative.countries), ["FR", "ML"])
        self.assertEqual(list(initiative.audiences.all()), [self.audience])
        self.assertEqual(list(initiative.related_references.all()), [self.reference])
        self.assertEqual(sorted(initiative.keywords.names()), ["haut débit", "wifi"])

    def test_thematic_note(self):
        chapter = {
            "title": "Accès à la connexion",
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>Texte [1]</p>")),
                    ("initiatives", {"title": "Exemples", "initiatives": streamfield([])}),
                ]
            ),
        }
        note = self.create(
            self.tree.library,
            ThematicNotePage,
            base_data(
                "Note de synthèse 2011",
                authors="Collectif",
                publisher="Ministère",
                publication_date="2011-06-01",
                publication_precision="year",
                introduction=rich_text("<p>Intro</p>"),
                chapters=streamfield([("chapter", chapter)]),
                footnotes=streamfield(
                    [("footnote", {"number": "1", "text": rich_text("<p>Voir</p>"), "reference": self.reference.pk})]
                ),
                themes=[self.theme.pk],
                keywords="synthèse",
            ),
        )
        self.assertEqual(note.footnotes[0].value["reference"].pk, self.reference.pk)
        self.assertEqual(note.chapters[0].value["title"], "Accès à la connexion")

    def reference_data(self, title, **overrides):
        data = base_data(
            title,
            reference_type="book",
            contributors=inline_formset(
                [
                    {
                        "role": "author",
                        "family": "Beauvoir",
                        "given": "Simone",
                        "literal": "",
                        "non_dropping_particle": "de",
                        "dropping_particle": "",
                        "suffix": "",
                    },
                    {
                        "role": "author",
                        "family": "King",
                        "given": "Martin Luther",
                        "literal": "",
                        "non_dropping_particle": "",
                        "dropping_particle": "",
                        "suffix": "Jr.",
                    },
                ]
            ),  # fmt: skip
            container_title="",
            publisher="La Découverte",
            publisher_place="Paris",
            issued_year="2009",
            issued_month="",
            issued_day="",
            isbn="978-2-07-036822-8",
            doi="https://doi.org/10.1000/xyz123",
            issn="",
            document_url="https://example.org/livre",
            citation_key="",
            language="fr",
            abstract="Un livre.",
            themes=[self.theme.pk],
            keywords="fracture numérique",
            related_notes=[],
        )
        data.update(overrides)
        return data

    def test_reference(self):
        reference = self.create(self.tree.library, ReferencePage, self.reference_data("La fracture numérique"))
        self.assertEqual(reference.isbn, "978-2-07-036822-8")  # hyphens kept as written
        self.assertEqual(reference.doi, "10.1000/xyz123")
        self.assertEqual(
            [str(c) for c in reference.contributors.all()], ["de Beauvoir, Simone", "King, Martin Luther, Jr."]
        )
        self.assertEqual(reference.citation_key, "beauvoir2009fracture")  # made once, when the editor gives none
        self.assertEqual(reference.document_url, "https://example.org/livre")
        html = self.client.get(reference.url).content.decode()
        self.assertIn('<meta name="citation_author" content="de Beauvoir, Simone">', html)
        self.assertIn(f'<link rel="canonical" href="http://testserver{reference.url}">', html)

    def post_invalid(self, parent, model, data):
        url = reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])
        count = model.objects.count()
        multi = {key: value for key, value in data.items() if isinstance(value, list)}
        form_data = nested_form_data({key: value for key, value in data.items() if key not in multi})
        response = self.client.post(url, {**form_data, **multi, "action-publish": "action-publish"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(model.objects.count(), count, "nothing is saved")
        return response.context["form"].errors

    def test_bad_isbn_is_refused_with_a_clear_message(self):
        errors = self.post_invalid(
            self.tree.library,
            ReferencePage,
            self.reference_data("Mauvais ISBN", slug="mauvais-isbn", isbn="978-2-07-036822-9"),
        )
        self.assertIn("isbn", errors)
        self.assertIn("ISBN", errors["isbn"][0])
        self.assertIn("978-2-07-036822-9", errors["isbn"][0])

    def test_launch_precision_without_date_is_refused(self):
        errors = self.post_invalid(
            self.tree.initiatives,
            InitiativePage,
            self.initiative_data("Sans date", slug="sans-date", launch_date="", launch_period=""),
        )
        self.assertIn("launch_date", errors)

    def test_collection_date_in_the_future_is_refused(self):
        tomorrow = (datetime.date.today() + datetime.timedelta(days=2)).isoformat()
        errors = self.post_invalid(
            self.tree.initiatives, InitiativePage, self.initiative_data("Futur", slug="futur", collected_on=tomorrow)
        )
        self.assertIn("collected_on", errors)
