"""Browsers ask /favicon.ico whatever the page links to."""

import pytest

pytestmark = pytest.mark.django_db


def test_favicon_redirects_to_the_static_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("icons/favicon.ico")
