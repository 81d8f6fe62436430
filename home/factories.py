"""Factories for the shared pages and keywords (tests, benchmarks)."""

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from home.models import ArticleIndexPage, ArticlePage, HomePage, Keyword, StandardPage


class KeywordFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"mot-clé {n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Keyword
        django_get_or_create = ("name", "locale")


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Solidarités numériques"
    slug = "accueil"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")

    class Meta:
        model = StandardPage


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Articles"
    slug = "articles"

    class Meta:
        model = ArticleIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    summary = "Un article sur les solidarités numériques."
    author = "Rédaction"

    class Meta:
        model = ArticlePage


def make_home_site(hostname="localhost", port=80):
    """Replaces Wagtail's welcome page with a French HomePage served as the default site; returns the home page."""
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for page in root.get_children():
        page.delete()
    home = HomePageFactory(parent=root)
    Site.objects.create(
        hostname=hostname, port=port, root_page=home, is_default_site=True, site_name="Solidarités numériques"
    )
    return home
