"""The header: an honest login label for visitors, a link to the partner space once a partner is logged in."""

import re

import pytest
from django.contrib.auth.models import Group, User
from django.utils import translation
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from home.models import PARTNERS_GROUP
from home.permissions import ensure_groups_and_workflow
from tests.conftest import SiteTree

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner_space():
    ensure_groups_and_workflow()
    tree = SiteTree()
    page = StandardPageFactory(parent=tree.home, title="Espace partenaires", slug="espace-partenaires")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name=PARTNERS_GROUP)])
    return tree, page


def _header(client, url="/"):
    html = client.get(url).content.decode()
    return re.search(r'<header class="site-header">(.*?)</header>', html, re.S).group(1)


def test_anonymous_visitors_see_a_login_link_labelled_as_such(client, partner_space):
    header = _header(client)
    assert "Connexion partenaires" in header
    assert "/espace-partenaires/" not in header


def test_a_logged_in_partner_reaches_the_partner_space_from_the_header(client, partner_space):
    partner = User.objects.create_user("partenaire", password="une-phrase-longue-2026")
    partner.groups.add(Group.objects.get(name=PARTNERS_GROUP))
    client.force_login(partner)
    header = _header(client)
    assert '<a class="partner-space-link" href="/partenaires/">Espace partenaires</a>' in header
    assert "Connexion partenaires" not in header


def test_a_logged_in_user_outside_the_group_gets_no_partner_link(client, partner_space):
    client.force_login(User.objects.create_user("visiteur", password="une-phrase-longue-2026"))
    assert "partner-space-link" not in _header(client)


def test_the_login_label_in_english_and_spanish(client, partner_space):
    for code, label in (("en", "Partner login"), ("es", "Acceso de socios")):
        with translation.override(code):
            assert (
                label in _header(client, f"/{code}/") or label in client.get(f"/{code}/", follow=True).content.decode()
            )
