"""A partner's session in Debian's Chromium: log in, reach the partner space from the header, find partner-only
pages in the search and in the section listing (marked « Réservé aux partenaires »), log out and lose them."""

import pytest
from django.contrib.auth.models import Group, User
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from home.models import PARTNERS_GROUP
from home.permissions import ensure_groups_and_workflow
from initiatives.factories import InitiativePageFactory
from tests.conftest import SiteTree

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "une-phrase-longue-2026"


def _restrict(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name=PARTNERS_GROUP)])


@pytest.fixture
def partner_site():
    ensure_groups_and_workflow()
    tree = SiteTree()
    space = StandardPageFactory(parent=tree.home, title="Espace partenaires", slug="espace-partenaires")
    _restrict(space)
    StandardPageFactory(parent=space, title="Compte rendu de la réunion régionale", slug="compte-rendu")
    public = InitiativePageFactory(parent=tree.initiatives, title="Cyber-base ouverte", summary="Un espace ouvert.")
    public.save_revision().publish()
    reserved = InitiativePageFactory(parent=tree.initiatives, title="Cyber-base réservée", summary="Bilan interne.")
    _restrict(reserved)
    # The index follows view-restriction changes on commit; publish once more so both engines hold the final state.
    reserved.save_revision().publish()
    partner = User.objects.create_user("partenaire", "partenaire@example.org", PASSWORD)
    partner.groups.add(Group.objects.get(name=PARTNERS_GROUP))
    return tree


def test_a_partner_logs_in_reaches_the_partner_space_and_finds_partner_only_pages(
    browser, live_server, partner_site, screenshot
):
    page = browser.new_page()
    page.set_default_timeout(20_000)
    page.goto(f"{live_server.url}/")
    login = page.locator("header a.login-link")
    assert login.inner_text() == "Connexion partenaires"
    assert page.locator("header a.partner-space-link").count() == 0
    login.click()
    page.fill("input[name=username]", "partenaire")
    page.fill("input[name=password]", PASSWORD)
    screenshot(page, "login")
    with page.expect_navigation():
        page.locator("main form button[type=submit], main form input[type=submit]").first.click()

    page.locator("header a.partner-space-link", has_text="Espace partenaires").click()
    page.wait_for_url(f"{live_server.url}/partenaires/")
    assert "Espace partenaires" in page.locator("h1").inner_text()
    screenshot(page, "partner-space")

    page.goto(f"{live_server.url}/recherche/?q=cyber-base")
    results = page.locator("main").inner_text()
    assert "Cyber-base réservée" in results and "Cyber-base ouverte" in results
    screenshot(page, "search-as-partner")

    page.goto(f"{live_server.url}{partner_site.initiatives.url}")
    reserved = page.locator("article.card", has_text="Cyber-base réservée")
    assert reserved.locator(".badge--reserved").inner_text() == "Réservé aux partenaires"
    assert page.locator("article.card", has_text="Cyber-base ouverte").locator(".badge--reserved").count() == 0
    screenshot(page, "listing-as-partner")

    with page.expect_navigation():
        page.locator("header form.logout-form button").click()
    assert page.locator("header a.login-link").count() == 1
    page.goto(f"{live_server.url}/recherche/?q=cyber-base")
    results = page.locator("main").inner_text()
    assert "Cyber-base ouverte" in results and "Cyber-base réservée" not in results
    screenshot(page, "search-after-logout")
    page.goto(f"{live_server.url}{partner_site.initiatives.url}")
    listing = page.locator("main").inner_text()
    assert "Cyber-base ouverte" in listing and "Cyber-base réservée" not in listing
    page.close()
