"""A small French corpus (with one English translation and one partner-only page) and the engines to test."""

import datetime
import os

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, PageViewRestriction

from home.factories import KeywordFactory
from home.models.base import PARTNERS_GROUP
from initiatives.factories import (
    AudienceFactory,
    InitiativePageFactory,
    InitiativeStatusFactory,
    InitiativeTypeFactory,
    OrganisationPageFactory,
    ThemePageFactory,
)
from initiatives.models import InitiativeOrganisation
from library.factories import ReferencePageFactory
from search import indexing
from search.engines.database import DatabaseEngine


class Corpus:
    def __init__(self, tree):
        self.tree = tree
        self.theme_access = ThemePageFactory(
            parent=tree.themes, title="Accès à la connexion et aux équipements", code="acces", slug="acces"
        )
        self.theme_health = ThemePageFactory(
            parent=tree.themes, title="Santé et prévention", code="sante", slug="sante"
        )
        self.theme_cooperation = ThemePageFactory(
            parent=tree.themes, title="Coopération décentralisée", code="cooperation", slug="cooperation"
        )
        self.kw_cyberbus = KeywordFactory(name="cyberbus", slug="cyberbus")
        self.kw_broadband = KeywordFactory(name="haut débit", slug="haut-debit")
        self.type_epn = InitiativeTypeFactory(name="Espace public numérique", slug="epn")
        self.youth = AudienceFactory(name="Jeunes", slug="jeunes")
        self.seniors = AudienceFactory(name="Seniors", slug="seniors")
        self.operational = InitiativeStatusFactory(name="Opérationnel", slug="operationnel")
        self.athis = OrganisationPageFactory(
            parent=tree.organisations, title="Mairie d'Athis-Mons", slug="athis", country="FR"
        )
        self.tombouctou = OrganisationPageFactory(
            parent=tree.organisations,
            title="Association Tombouctou",
            slug="tombouctou",
            country="ML",
            town="Tombouctou",
        )
        self.cyberbus = self.initiative(
            "Le Cyberbus",
            "Un bus équipé d'ordinateurs sillonne les quartiers pour l'entraide numérique.",
            themes=[self.theme_access],
            keywords=[self.kw_cyberbus],
            year=2009,
            countries=["FR"],
            audiences=[self.youth],
            types=[self.type_epn],
            slug="cyberbus",
        )
        self.twinning = self.initiative(
            "Jumelage Athis-Mons Tombouctou",
            "Coopération décentralisée entre deux communes : un accès public à internet pour les habitants.",
            themes=[self.theme_cooperation, self.theme_access],
            keywords=[self.kw_broadband],
            year=2012,
            countries=["FR", "ML"],
            organisations=[self.athis, self.tombouctou],
            slug="jumelage",
        )
        self.telemedicine = self.initiative(
            "Télémédecine au village",
            "Des consultations de santé à distance et des actions de prévention.",
            themes=[self.theme_health],
            year=2015,
            countries=["ML"],
            audiences=[self.seniors],
            status=self.operational,
            slug="telemedecine",
        )
        self.escaped = self.initiative(
            "Wifi <libre> & gratuit",
            "Un réseau wifi <script>alert(1)</script> ouvert & gratuit.",
            themes=[self.theme_access],
            year=2011,
            countries=["FR"],
            slug="wifi",
        )
        self.secret = self.initiative(
            "Projet confidentiel des partenaires",
            "Un cyberbus réservé aux partenaires du réseau.",
            themes=[self.theme_health],
            keywords=[self.kw_cyberbus],
            year=2020,
            countries=["FR"],
            slug="secret",
        )
        restriction = PageViewRestriction.objects.create(page=self.secret, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.add(Group.objects.get_or_create(name=PARTNERS_GROUP)[0])
        self.report = ReferencePageFactory(
            parent=tree.library,
            title="Rapport sur la fracture numérique",
            slug="rapport",
            summary="Un rapport sur l'accès des habitants aux réseaux.",
            reference_type="report",
            issued_year=2011,
        )
        self.report.themes.set([self.theme_access])
        self.report.save()
        english = Locale.objects.get(language_code="en")
        self.cyberbus_en = self.cyberbus.copy_for_translation(english, copy_parents=True)
        self.cyberbus_en.title = "The Cyberbus"
        self.cyberbus_en.summary = "A bus with computers travels the districts for digital mutual aid."
        self.cyberbus_en.slug = "cyberbus-en"
        self.cyberbus_en.save_revision().publish()

    def initiative(
        self,
        title,
        summary,
        themes=(),
        keywords=(),
        year=None,
        countries=(),
        audiences=(),
        types=(),
        organisations=(),
        status=None,
        slug=None,
    ):
        page = InitiativePageFactory(
            parent=self.tree.initiatives,
            title=title,
            summary=summary,
            slug=slug,
            countries=list(countries),
            launch_date=datetime.date(year, 1, 1) if year else None,
            launch_precision="year" if year else "unknown",
            status=status,
        )
        page.themes.set(themes)
        page.audiences.set(audiences)
        page.initiative_types.set(types)
        page.keywords.set(keywords)
        for organisation in organisations:
            page.organisation_links.add(InitiativeOrganisation(organisation=organisation))
        page.save()
        return page


@pytest.fixture
def corpus(site_tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        corpus = Corpus(site_tree)
    return corpus


def _engine_params():
    return [
        "database",
        pytest.param(
            "elasticsearch",
            marks=pytest.mark.skipif(
                not os.environ.get("ELASTICSEARCH_TEST_URL"),
                reason="set ELASTICSEARCH_TEST_URL to a live Elasticsearch 8/9 server to run the contract suite on it",
            ),
        ),
    ]


@pytest.fixture(params=_engine_params())
def engine(request, corpus, settings):
    """Each engine, rebuilt from the corpus (on Elasticsearch: indices with a test prefix, deleted afterwards)."""
    if request.param == "database":
        built = DatabaseEngine()
        indexing.rebuild(engines=[built])
        yield built
        return
    from search.engines.elasticsearch import ElasticsearchEngine

    # Only this engine object writes to the test indices: the signal handlers keep using the database engine
    # (ELASTICSEARCH_URL stays empty), so no test writes to a real alias.
    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_TEST_URL"]
    settings.RESOURCE_INDEX_PREFIX = f"test-resources-{os.getpid()}"
    built = ElasticsearchEngine.from_settings()
    settings.ELASTICSEARCH_URL = ""
    try:
        indexing.rebuild(engines=[built])
        yield built
    finally:
        # By concrete names: wildcard deletion is refused by default (action.destructive_requires_name).
        for code in ("fr", "en", "es"):
            names = list(built.client.indices.get(index=f"{built.alias(code)}-*", allow_no_indices=True))
            if names:
                built.client.indices.delete(index=",".join(names), ignore_unavailable=True)
