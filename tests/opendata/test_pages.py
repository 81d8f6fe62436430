"""The map, statistics and open-data pages without JavaScript: what the server renders."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_map_page_lists_the_places_and_counts_per_country(client, corpus):
    html = client.get(reverse("opendata:map")).content.decode()
    assert html.count("data-atlas-item=") == 4
    assert "Projet confidentiel" not in html
    assert 'data-country="466" data-count="2"' in html  # Mali, by the ISO numeric code of its outline
    assert "/api/open-data/initiatives.geojson?lang=fr" in html
    assert "vendor/leaflet/leaflet.js" in html and "<script>" not in html


def test_map_page_takes_the_search_filters(client, corpus):
    html = client.get(reverse("opendata:map"), {"theme": "sante"}).content.decode()
    assert html.count("data-atlas-item=") == 1 and "Télémédecine au village" in html
    assert "initiatives.geojson?theme=sante&amp;lang=fr" in html
    fragment = client.get(reverse("opendata:map"), {"theme": "sante", "fragment": "results"}).content.decode()
    assert "<html" not in fragment and fragment.count("data-atlas-item=") == 1
    assert client.get(reverse("opendata:map"), {"launch_year_from": "x"}).status_code == 400


def test_tiles_come_from_the_configured_server_only(client, corpus, settings):
    assert "data-tile-url" not in client.get(reverse("opendata:map")).content.decode()
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    settings.MAP_TILE_ATTRIBUTION = "© Example"
    html = client.get(reverse("opendata:map")).content.decode()
    assert 'data-tile-url="https://tiles.example.org/{z}/{x}/{y}.png"' in html


def test_open_data_page_links_every_dataset_format_and_schema(client, corpus):
    html = client.get(reverse("opendata:open_data")).content.decode()
    for dataset in ("initiatives", "organisations", "references"):
        for fmt in ("csv", "json", "geojson"):
            assert f"/api/open-data/{dataset}.{fmt}?lang=fr" in html
        assert f"/api/open-data/schema/{dataset}.json" in html
    assert "creativecommons.org/licenses/by-sa/4.0/" in html


def test_search_page_links_to_the_map_of_its_results(client, corpus):
    html = client.get(reverse("search:search"), {"theme": "acces"}).content.decode()
    assert f"{reverse('opendata:map')}?theme=acces" in html
