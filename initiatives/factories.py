"""Factories for themes, organisations, initiatives and their vocabularies."""

import factory
import wagtail_factories
from wagtail.models import Locale

from initiatives.models import (
    Audience,
    InitiativeIndexPage,
    InitiativePage,
    InitiativeStatus,
    InitiativeType,
    OrganisationIndexPage,
    OrganisationKind,
    OrganisationPage,
    ThemeIndexPage,
    ThemePage,
)


class TaxonomyTermFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Terme {n}")
    slug = factory.Sequence(lambda n: f"terme-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")


class InitiativeTypeFactory(TaxonomyTermFactory):
    class Meta:
        model = InitiativeType


class AudienceFactory(TaxonomyTermFactory):
    class Meta:
        model = Audience


class InitiativeStatusFactory(TaxonomyTermFactory):
    class Meta:
        model = InitiativeStatus


class OrganisationKindFactory(TaxonomyTermFactory):
    class Meta:
        model = OrganisationKind


class ThemeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Thèmes"
    slug = "themes"

    class Meta:
        model = ThemeIndexPage


class ThemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thème {n}")
    code = factory.Sequence(lambda n: f"theme-{n}")
    number = factory.Sequence(lambda n: n % 7 + 1)

    class Meta:
        model = ThemePage


class OrganisationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Acteurs"
    slug = "acteurs"

    class Meta:
        model = OrganisationIndexPage


class OrganisationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Association {n}")
    country = "FR"
    town = "Paris"

    class Meta:
        model = OrganisationPage


class InitiativeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Initiatives"
    slug = "initiatives"

    class Meta:
        model = InitiativeIndexPage


class InitiativePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Initiative {n}")
    summary = "Un espace public numérique ouvert à tous les habitants."
    territory = "Commune d'Athis-Mons"
    countries = ["FR"]

    class Meta:
        model = InitiativePage
