from initiatives.models.initiatives import (
    DatePeriod,
    DatePrecision,
    InitiativeIndexPage,
    InitiativeKeyword,
    InitiativeLink,
    InitiativeLinkKind,
    InitiativeOrganisation,
    InitiativePage,
    OrganisationRole,
)
from initiatives.models.organisations import OrganisationIndexPage, OrganisationPage
from initiatives.models.places import PlaceFields, PlacePrecision
from initiatives.models.taxonomy import Audience, InitiativeStatus, InitiativeType, OrganisationKind
from initiatives.models.themes import ThemeIndexPage, ThemePage

__all__ = [
    "Audience",
    "DatePeriod",
    "DatePrecision",
    "InitiativeIndexPage",
    "InitiativeKeyword",
    "InitiativeLink",
    "InitiativeLinkKind",
    "InitiativeOrganisation",
    "InitiativePage",
    "InitiativeStatus",
    "InitiativeType",
    "OrganisationIndexPage",
    "OrganisationKind",
    "OrganisationPage",
    "OrganisationRole",
    "PlaceFields",
    "PlacePrecision",
    "ThemeIndexPage",
    "ThemePage",
]
