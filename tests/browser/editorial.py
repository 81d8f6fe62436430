"""What the editorial journeys share: the site with its terms, accounts of each group, logging in to the admin."""

from django.contrib.auth.models import Group, User
from wagtail.users.models import UserProfile

from home.permissions import EDITORS_GROUP, REVIEWERS_GROUP, ensure_groups_and_workflow
from initiatives.factories import AudienceFactory, OrganisationPageFactory, ThemePageFactory
from tests.conftest import SiteTree

PASSWORD = "une-phrase-de-passe-2026"


def editorial_site():
    ensure_groups_and_workflow()
    tree = SiteTree()
    return {
        "tree": tree,
        "theme": ThemePageFactory(parent=tree.themes, title="Santé et prévention", code="sante"),
        "audience": AudienceFactory(name="Tout public", slug="tout-public"),
        "organisation": OrganisationPageFactory(parent=tree.organisations, title="Mairie d'Athis-Mons"),
        "editor": account("redacteur", EDITORS_GROUP),
        "reviewer": account("relectrice", REVIEWERS_GROUP),
    }


def account(username, group_name):
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the journeys read Wagtail's English labels
    profile.save()
    return user


def admin_login(browser, live_server, username):
    page = browser.new_page()
    page.set_default_timeout(20_000)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return page
