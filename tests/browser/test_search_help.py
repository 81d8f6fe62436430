"""A visitor's search in Debian's Chromium: a misspelt word offers the corrected search, whose link finds the page;
a synonym finds the page that uses another term, and the page says what it also searched. Phone and desktop."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from search import indexing
from search.engines.database import DatabaseEngine
from search.synonyms.models import SynonymGroup
from tests.conftest import SiteTree
from tests.search.conftest import Corpus

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
BOURGES = "Connecter une résidence pour seniors à Bourges"
WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


@pytest.fixture
def searchable():
    corpus = Corpus(SiteTree())
    corpus.initiative(BOURGES, "Le CCAS de Bourges ouvre un cyber espace dans le foyer logement.", slug="bourges")
    SynonymGroup.objects.create(locale=Locale.objects.get(language_code="fr"), terms="personnes âgées\nseniors\naînés")
    indexing.rebuild(engines=[DatabaseEngine()])
    return corpus


@pytest.mark.parametrize("width", WIDTHS)
def test_a_visitor_follows_the_spelling_help_and_finds_by_synonym(browser, live_server, searchable, screenshot, width):
    page = browser.new_page(viewport=WIDTHS[width])
    page.goto(live_server.url + reverse("search:search"))
    box = page.get_by_label("Mots à rechercher")
    box.fill("cyberbuss")
    box.press("Enter")
    offer = page.locator("[data-search-spelling]")
    offer.wait_for()
    assert offer.inner_text() == "Vouliez-vous dire cyberbus\u00a0?"
    assert page.locator("#search-status").inner_text().strip() == "0 résultat"
    screenshot(page, f"{width}-did-you-mean")
    offer.get_by_role("link", name="cyberbus").click()
    page.wait_for_url(lambda url: "q=cyberbus&" in url and "cyberbuss" not in url)
    assert page.get_by_label("Mots à rechercher").input_value() == "cyberbus"  # the box shows what was searched
    assert page.locator(".search-hits").get_by_role("link", name="Le Cyberbus").is_visible()
    assert page.locator("[data-search-spelling]").count() == 0

    box = page.get_by_label("Mots à rechercher")
    box.fill("personnes âgées")
    box.press("Enter")
    page.locator(".search-hits").get_by_role("link", name=BOURGES).wait_for()
    assert (
        page.locator("[data-search-synonyms]").inner_text() == "Également recherché\u00a0: seniors, aînés"
    )  # <q> marks them
    screenshot(page, f"{width}-synonyms")
    page.close()
