"""Open data: the three datasets in CSV, JSON and GeoJSON, for the collection and a search's result set."""

import csv
import io
import json

import geojson
import jsonschema
import pytest
from django.contrib.auth.models import Group, User

from home.models.base import PARTNERS_GROUP
from initiatives.factories import InitiativePageFactory

pytestmark = pytest.mark.django_db

URL = "/api/open-data/{dataset}.{fmt}"


def get_json(client, dataset, fmt="json", **params):
    response = client.get(URL.format(dataset=dataset, fmt=fmt), params)
    assert response.status_code == 200, response.content
    return json.loads(response.content)


@pytest.mark.parametrize("dataset", ["initiatives", "organisations", "references"])
def test_json_export_validates_against_its_published_schema(client, corpus, dataset):
    data = get_json(client, dataset)
    schema = client.get(f"/api/open-data/schema/{dataset}.json").json()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)
    assert data["schema"].endswith(f"/api/open-data/schema/{dataset}.json")
    assert data["licence"] == "CC-BY-SA-4.0" and data["version"] == "1.0"
    assert data["count"] == len(data["items"]) > 0


@pytest.mark.parametrize("dataset", ["initiatives", "organisations", "references"])
def test_geojson_export_is_valid_geojson(client, corpus, dataset):
    response = client.get(URL.format(dataset=dataset, fmt="geojson"))
    assert response["Content-Type"] == "application/geo+json"
    collection = geojson.loads(response.content.decode())
    assert isinstance(collection, geojson.FeatureCollection)
    assert collection.is_valid, collection.errors()
    for feature in collection["features"]:
        if feature["geometry"]:
            assert geojson.GeoJSON.to_instance(feature["geometry"]).is_valid


def test_initiatives_carry_their_place_and_a_twinning_its_partners_places(client, corpus):
    features = {f["properties"]["title"]: f for f in get_json(client, "initiatives", "geojson")["features"]}
    twinning = features["Jumelage Athis-Mons Tombouctou"]
    assert twinning["geometry"]["type"] == "Point"
    longitude, latitude = twinning["geometry"]["coordinates"]
    assert (round(latitude, 1), round(longitude, 1)) == (48.7, 2.4)  # Athis-Mons, from the gazetteer
    assert twinning["properties"]["place"]["precision"] == "town"
    partners = {org["name"]: org for org in twinning["properties"]["organisations"]}
    tombouctou = partners["Association Tombouctou"]["place"]
    assert (round(tombouctou["latitude"]), round(tombouctou["longitude"])) == (17, -3)
    # Télémédecine acts in Mali, whose towns do not include its territory: Mali's centre, approximate.
    telemedicine = features["Télémédecine au village"]["properties"]["place"]
    assert telemedicine["precision"] == "country" and telemedicine["approximate"] is True


def test_csv_export_has_one_row_per_public_initiative(client, corpus):
    response = client.get(URL.format(dataset="initiatives", fmt="csv"))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    titles = {row["title"] for row in rows}
    assert titles == {
        "Le Cyberbus",
        "Jumelage Athis-Mons Tombouctou",
        "Télémédecine au village",
        "Wifi <libre> & gratuit",
    }
    twinning = next(row for row in rows if row["title"].startswith("Jumelage"))
    assert twinning["countries"] == "FR | ML"
    assert "Association Tombouctou (carrier, ML)" in twinning["organisations"]
    assert twinning["place_latitude"] and twinning["place_precision"] == "town"


def test_partner_only_pages_are_never_exported_not_even_to_partners(client, corpus):
    partner = User.objects.create_user("partenaire", password="x")
    partner.groups.add(Group.objects.get(name=PARTNERS_GROUP))
    client.force_login(partner)
    for fmt in ("csv", "json", "geojson"):
        body = client.get(URL.format(dataset="initiatives", fmt=fmt)).content.decode()
        assert "Projet confidentiel" not in body
    body = client.get(URL.format(dataset="initiatives", fmt="json"), {"q": "cyberbus"}).content.decode()
    assert "Projet confidentiel" not in body and "Le Cyberbus" in body


def test_search_result_set_export_follows_the_search_filters(client, corpus):
    data = get_json(client, "initiatives", theme="sante")
    assert [item["title"] for item in data["items"]] == ["Télémédecine au village"]
    data = get_json(client, "initiatives", "geojson", country="ML")
    assert {f["properties"]["title"] for f in data["features"]} == {
        "Jumelage Athis-Mons Tombouctou",
        "Télémédecine au village",
    }
    references = get_json(client, "references", theme="acces")
    assert [item["title"] for item in references["items"]] == ["Rapport sur la fracture numérique"]


def test_labels_and_addresses_follow_the_requested_language(client, corpus):
    items = {item["id"]: item for item in get_json(client, "initiatives", lang="en")["items"]}
    cyberbus = items[str(corpus.cyberbus.translation_key)]
    assert cyberbus["title"] == "The Cyberbus" and cyberbus["language"] == "en"
    assert "/en/" in cyberbus["url"]
    untranslated = items[str(corpus.telemedicine.translation_key)]
    assert untranslated["language"] == "fr"


def test_invalid_parameters_answer_400(client, corpus):
    assert client.get(URL.format(dataset="initiatives", fmt="json"), {"lang": "de"}).status_code == 400
    assert client.get(URL.format(dataset="initiatives", fmt="json"), {"launch_year_from": "x"}).status_code == 400
    assert client.get(URL.format(dataset="initiatives", fmt="xml")).status_code == 404


def test_exports_run_the_same_number_of_queries_whatever_the_number_of_items(client, corpus):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(dataset):
        with CaptureQueriesContext(connection) as queries:
            client.get(URL.format(dataset=dataset, fmt="json"))
        return len(queries)

    datasets = ("initiatives", "organisations", "references")
    for dataset in datasets:
        count(dataset)  # label caches warm
    before = {dataset: count(dataset) for dataset in datasets}
    for number in range(3):
        page = InitiativePageFactory(parent=corpus.tree.initiatives, title=f"Encore {number}", slug=f"encore-{number}")
        page.themes.set([corpus.theme_access])
        page.save()
    assert {dataset: count(dataset) for dataset in before} == before
