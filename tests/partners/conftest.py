"""Partner-space fixtures: partners in the Partenaires group, an outsider, a discussion list, the test translator."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache

from home.models import PARTNERS_GROUP
from home.partners.models import DiscussionList, MemberProfile, Message, Thread
from initiatives.factories import OrganisationPageFactory

PASSWORD = "a-long-password-123"


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def translator(settings):
    settings.DISCUSSION_TRANSLATOR = "tests.partners.translator.PhrasebookTranslator"


def make_partner(username, language="fr", organisation=None, **names):
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, **names)
    user.groups.add(Group.objects.get(name=PARTNERS_GROUP))
    MemberProfile.objects.create(user=user, language=language, organisation=organisation, role="Coordination")
    return user


@pytest.fixture
def people(site_tree):
    organisation = OrganisationPageFactory(parent=site_tree.organisations, title="Villes Numériques Solidaires")
    organisation.save_revision().publish()
    outsider = User.objects.create_user("curieux", "curieux@example.org", PASSWORD)
    other_group = Group.objects.create(name="Autre groupe")
    outsider.groups.add(other_group)
    return {
        "claire": make_partner("claire", "fr", organisation, first_name="Claire", last_name="Dubois"),
        "lucia": make_partner("lucia", "es", first_name="Lucía", last_name="Gómez"),
        "outsider": outsider,
    }


@pytest.fixture
def general_list(people):
    item = DiscussionList.objects.create(name="Réseau", slug="reseau", description="Échanges entre partenaires")
    item.subscribers.add(people["claire"], people["lucia"])
    return item


@pytest.fixture
def french_thread(general_list, people, translator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        thread = Thread.objects.create(
            discussion_list=general_list,
            title="Atelier de réparation d'ordinateurs",
            language="fr",
            author=people["claire"],
        )
        Message.objects.create(
            thread=thread,
            author=people["claire"],
            language="fr",
            body="Qui peut prêter des ordinateurs pour l'atelier de samedi ?",
        )
    return thread
