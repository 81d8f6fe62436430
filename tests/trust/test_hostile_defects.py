"""The hostile inputs that broke pages with a 500: each now gets a 4xx or a 200, and the search APIs answer JSON."""

import pytest

pytestmark = pytest.mark.django_db

API_V2_CASES = [
    "/api/v2/pages/?fields=:",
    "/api/v2/pages/?fields=%3Cmark%3E",
    "/api/v2/pages/?search=a&search_operator=x",
    "/api/v2/pages/?locale=a%00b",
    "/api/v2/images/?search=a%00",
    "/api/v2/documents/?search=[]&search_operator=x",
    "/api/v2/pages/?search=a%00",
    "/api/v2/pages/?child_of=%00",
    "/api/v2/pages/?order=%00",
]
SEARCH_API_CASES = [
    "/api/search/?theme=a%00b",
    "/api/search/?keyword=%00",
    "/api/search/?q=%00&country=%00",
    "/api/search/autocomplete/?q=ab%00",
    "/api/search/autocomplete/?q=%00%00%00",
    "/api/search/export.bibtex?theme=%00",
]


@pytest.mark.parametrize("url", API_V2_CASES)
def test_api_v2_answers_hostile_parameters_with_a_client_error(client, sample_site, url):
    response = client.get(url)
    assert response.status_code < 500, url
    assert response["Content-Type"].startswith("application/json")
    if response.status_code >= 400:
        assert response.json()["message"]
    assert "<mark>" not in response.content.decode()


@pytest.mark.parametrize("url", SEARCH_API_CASES)
def test_search_api_answers_nul_bytes_with_json(client, sample_site, url):
    response = client.get(url)
    assert response.status_code < 500, url
    if response.status_code >= 400:
        assert response["Content-Type"].startswith("application/json")
        assert response.json()["error"]


def test_search_page_explains_nul_bytes_in_every_language(client, sample_site):
    for path in ("/recherche/", "/en/search/", "/es/busqueda/"):
        response = client.get(f"{path}?theme=a%00b&q=%00")
        assert response.status_code == 400, path
        assert "NUL" in response.content.decode()
