"""Fixtures for the take-part tests: the site tree, one initiative with a private contact, an editor."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache

from home.permissions import REVIEWERS_GROUP
from initiatives.factories import InitiativePageFactory, ThemePageFactory


@pytest.fixture(autouse=True)
def clear_cache():
    """Rate-limit counters and page HTML live in the cache: every test starts cold."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def initiative(site_tree):
    ThemePageFactory(parent=site_tree.themes, title="Santé et prévention", slug="sante")
    page = InitiativePageFactory(
        parent=site_tree.initiatives,
        title="Cyber-base de quartier",
        slug="cyber-base",
        contact_name="Responsable du projet",
        contact_email="porteur@example.org",
        contact_phone="+33 1 23 45 67 89",
        show_contact_name=True,
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def reviewer(db):
    user = User.objects.create_user("relectrice", "relectrice@example.org", "a-long-password-123")
    user.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    return user


def contact_data(**overrides):
    data = {"name": "Agnès Martin", "email": "agnes@example.org", "message": "Bonjour, comment avez-vous fait ?"}
    data.update(overrides)
    return data
