"""Offline geocoding of territories and towns, country centres, and the geocode_places command."""

import io

import pytest
from django.core.management import call_command

from initiatives.factories import InitiativePageFactory, OrganisationPageFactory
from initiatives.geocoding import country_centre, find_town, geocode_territory
from initiatives.models import InitiativeOrganisation, InitiativePage, OrganisationPage


def rounded(point):
    return round(point.latitude, 1), round(point.longitude, 1)


@pytest.mark.parametrize(
    "territory, countries, expected",
    [
        ("Commune d'Athis-Mons", ["FR"], (48.7, 2.4)),
        ("Commune d’Épinal", ["FR"], (48.2, 6.5)),
        ("Pays de Brest", ["FR"], (48.4, -4.5)),
        ("Région de Saint-Louis (Sénégal) et ville du Havre", ["SN", "FR"], (16.0, -16.5)),
        ("Commune de Figuig (Maroc)", ["MA"], (32.1, -1.2)),
    ],
)
def test_territories_are_found_in_the_gazetteer(territory, countries, expected):
    point = geocode_territory(territory, countries)
    assert point is not None and rounded(point) == expected and point.precision == "town"


def test_a_territory_naming_no_town_is_not_guessed():
    assert geocode_territory("Département des Landes", ["FR"]) is None
    assert geocode_territory("Les 16 communes de la mission locale", ["FR"]) is None
    assert find_town("Paris", ["SN"]) is None  # only towns of the initiative's countries count


def test_french_names_of_towns_are_known():
    assert rounded(find_town("Tombouctou", ["ML"])) == (16.8, -3.0)


def test_country_centre_is_the_mainland_centroid_and_approximate():
    france = country_centre("FR")
    assert 45 < france.latitude < 48 and 1 < france.longitude < 4  # not pulled towards French Guiana
    assert france.precision == "country"
    assert country_centre("AD") is not None  # too small for the outlines: its capital
    assert country_centre("") is None


@pytest.mark.django_db
def test_command_places_what_lacks_a_place_and_keeps_what_an_editor_picked(site_tree):
    town = OrganisationPageFactory(parent=site_tree.organisations, title="Mairie", town="Grenoble", country="FR")
    nowhere = OrganisationPageFactory(parent=site_tree.organisations, title="ONG", town="", country="SN")
    picked = OrganisationPageFactory(
        parent=site_tree.organisations, title="Choisie", latitude=10.0, longitude=20.0, place_precision="exact"
    )
    carried = InitiativePageFactory(parent=site_tree.initiatives, title="Portée", territory="Région", countries=["FR"])
    carried.organisation_links.add(InitiativeOrganisation(organisation=town))
    carried.save()
    alone = InitiativePageFactory(parent=site_tree.initiatives, title="Seule", territory="", countries=["BJ"])
    out = io.StringIO()
    call_command("geocode_places", stdout=out)
    assert "2 organisations and 2 initiatives placed" in out.getvalue()

    def place(model, page):
        page = model.objects.get(pk=page.pk)
        return round(page.latitude, 1), round(page.longitude, 1), page.place_precision

    assert place(OrganisationPage, town) == (45.2, 5.7, "town")
    assert place(OrganisationPage, nowhere)[2] == "country"
    assert place(OrganisationPage, picked) == (10.0, 20.0, "exact")
    assert place(InitiativePage, carried) == (45.2, 5.7, "partner")
    assert place(InitiativePage, alone)[2] == "country"
    call_command("geocode_places", stdout=out)  # nothing left to place
    assert out.getvalue().endswith("0 organisations and 0 initiatives placed\n")
