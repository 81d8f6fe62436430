"""A small French site with two themes, an agenda, a letter archive and something of every kind to follow."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from home.factories import ArticlePageFactory
from home.models import PARTNERS_GROUP
from initiatives.events.factories import EventIndexPageFactory, EventPageFactory
from initiatives.factories import InitiativePageFactory, OrganisationPageFactory, ThemePageFactory
from library.letter.factories import LetterIndexPageFactory
from tests.sample_site import translate_page


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


class FollowSite:
    def __init__(self, tree):
        self.tree = tree
        self.access = ThemePageFactory(parent=tree.themes, title="Accès", slug="acces", code="acces", number=1)
        self.health = ThemePageFactory(parent=tree.themes, title="Santé", slug="sante", code="sante", number=4)
        self.agenda = EventIndexPageFactory(parent=tree.home)
        self.letters = LetterIndexPageFactory(parent=tree.home)
        self.organiser = OrganisationPageFactory(parent=tree.organisations, title="Communautique", slug="communautique")
        self.initiative = InitiativePageFactory(parent=tree.initiatives, title="Le Cyberbus", slug="cyberbus")
        self.initiative.themes.set([self.access])
        self.initiative.save_revision().publish()
        self.article = ArticlePageFactory(parent=tree.articles, title="Une brève", slug="breve")
        self.article.save_revision().publish()
        today = datetime.date.today()
        self.quebec = self.event(
            "Rencontre de Québec",
            "quebec",
            start_date=today + datetime.timedelta(days=20),
            start_time=datetime.time(9, 0),
            end_time=datetime.time(17, 30),
            time_zone="America/Toronto",
            place="Université Laval",
            town="Québec",
            themes=[self.access],
        )
        self.seminar = self.event(
            "Séminaire",
            "seminaire",
            start_date=today + datetime.timedelta(days=40),
            end_date=today + datetime.timedelta(days=42),
            town="Paris",
            themes=[self.health],
        )
        self.past = self.event(
            "Rencontre régionale passée",
            "passee",
            start_date=today - datetime.timedelta(days=60),
            start_time=datetime.time(18, 0),
            town="Lyon",
            themes=[self.access],
        )

    def event(self, title, slug, themes=(), **fields):
        page = EventPageFactory(parent=self.agenda, title=title, slug=slug, **fields)
        page.themes.set(themes)
        page.organisers.set([self.organiser])
        page.related_initiatives.set([self.initiative])
        page.save_revision().publish()
        return type(page).objects.get(pk=page.pk)

    def restrict(self, page):
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.set([Group.objects.get(name=PARTNERS_GROUP)])
        return restriction


@pytest.fixture
def follow_site(site_tree):
    return FollowSite(site_tree)


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    def _translate(page, language_code, title=None):
        with django_capture_on_commit_callbacks(execute=True):
            return translate_page(page, language_code, title=title)

    return _translate
