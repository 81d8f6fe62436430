"""The organisation directory: reading order (accents, case, leading punctuation ignored) and its filters."""

import pytest
from django.core.cache import cache

from home.sorting import initial, sort_key
from initiatives.factories import OrganisationKindFactory, OrganisationPageFactory
from tests.conftest import SiteTree

pytestmark = pytest.mark.django_db


def test_sort_key_ignores_case_accents_and_leading_punctuation():
    names = ["ASSAD", "[Rapport de Robert Picard]", "Agence", "Éducation", "école", "« Ville »", "Zèbre"]
    assert sorted(names, key=sort_key) == [
        "Agence",
        "ASSAD",
        "école",
        "Éducation",
        "[Rapport de Robert Picard]",
        "« Ville »",
        "Zèbre",
    ]
    assert initial("Éducation") == "E" and initial("« Ville »") == "V" and initial("3 ponts") == "#"


@pytest.fixture
def directory():
    cache.clear()
    tree = SiteTree()
    school = OrganisationKindFactory(name="École")
    town = OrganisationKindFactory(name="Collectivité")
    for title, kind, country in (
        ("ASSAD", town, "FR"),
        ("Agence de Dakar", school, "SN"),
        ("école du Plateau", school, "FR"),
        ("Ville de Brest", town, "FR"),
    ):
        OrganisationPageFactory(parent=tree.organisations, title=title, kind=kind, country=country)
    return tree.organisations.url, school, town


def titles(response):
    return [card.title for card in response.context["organisation_cards"]]


def test_directory_lists_in_reading_order(client, directory):
    url, _school, _town = directory
    assert titles(client.get(url)) == ["Agence de Dakar", "ASSAD", "école du Plateau", "Ville de Brest"]


def test_directory_filters_by_kind_country_and_initial(client, directory):
    url, school, town = directory
    assert titles(client.get(url, {"kind": school.translation_key.hex})) == ["Agence de Dakar", "école du Plateau"]
    assert titles(client.get(url, {"country": "SN"})) == ["Agence de Dakar"]
    response = client.get(url, {"initial": "A", "kind": town.translation_key.hex})
    assert titles(response) == ["ASSAD"]
    html = response.content.decode()
    assert "1 acteur" in html  # the count of what is shown
    assert 'href="?kind=' in html  # initial links keep the kind filter
