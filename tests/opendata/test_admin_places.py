"""Editors place a page in the admin: the map picker is on the form, a typed point is kept as picked."""

import pytest
from django.contrib.auth.models import User

from initiatives.factories import OrganisationPageFactory
from initiatives.models import OrganisationPage

pytestmark = pytest.mark.django_db


def test_organisation_editor_has_the_place_picker_and_keeps_a_typed_point(client, site_tree):
    from wagtail.test.utils.form_data import nested_form_data

    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "x"))
    url = f"/admin/pages/add/initiatives/organisationpage/{site_tree.organisations.pk}/"
    html = client.get(url).content.decode()
    assert "data-place-picker" in html and "opendata/place_picker.js" in html and "vendor/leaflet/leaflet.js" in html
    data = nested_form_data(
        {"title": "Mairie de Guédiawaye", "slug": "guediawaye", "summary": "Une commune.", "country": "SN"}
    )
    data.update({"latitude": "14.77", "longitude": "-17.39", "place_precision": "", "action-publish": "publish"})
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    organisation = OrganisationPage.objects.get(slug="guediawaye")
    assert (organisation.latitude, organisation.longitude, organisation.place_precision) == (14.77, -17.39, "exact")


def test_half_a_point_is_refused(client, site_tree):
    from django.core.exceptions import ValidationError

    organisation = OrganisationPageFactory(parent=site_tree.organisations)
    organisation.latitude = 10.0
    with pytest.raises(ValidationError, match="la latitude et la longitude"):
        organisation.full_clean()
