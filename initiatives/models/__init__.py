from initiatives.models.initiatives import (
    DatePeriod,
    DatePrecision,
    InitiativeIndexPage,
    InitiativeKeyword,
    InitiativeOrganisation,
    InitiativePage,
    OrganisationRole,
)
from initiatives.models.organisations import OrganisationIndexPage, OrganisationPage
from initiatives.models.taxonomy import Audience, InitiativeStatus, InitiativeType, OrganisationKind
from initiatives.models.themes import ThemeIndexPage, ThemePage

__all__ = [
    "Audience",
    "DatePeriod",
    "DatePrecision",
    "InitiativeIndexPage",
    "InitiativeKeyword",
    "InitiativeOrganisation",
    "InitiativePage",
    "InitiativeStatus",
    "InitiativeType",
    "OrganisationIndexPage",
    "OrganisationKind",
    "OrganisationPage",
    "OrganisationRole",
    "ThemeIndexPage",
    "ThemePage",
]
