"""The page editor offers the French terms only, as checkboxes, and refuses another locale's term."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset

from home.permissions import ensure_groups_and_workflow
from initiatives.factories import AudienceFactory, OrganisationPageFactory, ThemePageFactory
from initiatives.models import InitiativePage
from tests.conftest import SiteTree
from tests.editorial.helpers import editor, initiative_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms():
    ensure_groups_and_workflow()
    tree = SiteTree()
    english = Locale.objects.get(language_code="en")
    audience = AudienceFactory(name="Tout public", slug="tout-public")
    audience_en = audience.copy_for_translation(english)
    audience_en.name = "General public"
    audience_en.save()
    theme = ThemePageFactory(parent=tree.themes, title="Santé et prévention", code="sante")
    organisation = OrganisationPageFactory(parent=tree.organisations, title="Mairie d'Athis-Mons")
    return {"tree": tree, "audience": audience, "audience_en": audience_en, "theme": theme, "org": organisation}


def _checkbox_values(html, name):
    return set(re.findall(rf'<input type="checkbox" name="{name}" value="(\d+)"', html))


def test_the_editor_lists_the_french_terms_only_as_checkboxes(client, terms):
    client.force_login(editor())
    url = reverse("wagtailadmin_pages:add", args=("initiatives", "initiativepage", terms["tree"].initiatives.pk))
    html = client.get(url).content.decode()
    assert _checkbox_values(html, "audiences") == {str(terms["audience"].pk)}
    assert "General public" not in html
    assert _checkbox_values(html, "themes") == {str(terms["theme"].pk)}


def test_another_locales_term_cannot_be_stored_on_a_french_page(client, terms):
    client.force_login(editor())
    url = reverse("wagtailadmin_pages:add", args=("initiatives", "initiativepage", terms["tree"].initiatives.pk))
    response = client.post(url, initiative_form("Cyber-base", audiences=[terms["audience_en"].pk]))
    assert response.status_code == 200
    assert "audiences" in response.context["form"].errors
    assert not InitiativePage.objects.filter(title="Cyber-base").exists()

    saved = client.post(
        url,
        initiative_form(
            "Cyber-base",
            audiences=[terms["audience"].pk],
            organisation_links=inline_formset([{"organisation": terms["org"].pk, "role": "carrier"}]),
        ),
    )
    assert saved.status_code == 302
    page = InitiativePage.objects.get(title="Cyber-base")
    assert list(page.audiences.all()) == [terms["audience"]]
    assert [link.organisation_id for link in page.organisation_links.all()] == [terms["org"].pk]
