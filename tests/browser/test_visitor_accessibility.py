"""Visitors on a keyboard, a phone or a screen reader, in Debian's Chromium over the demo content.

The demo loads once (about a minute), so one test drives every journey in turn: the keyboard-only search, the
search page's interactive states under axe, then every kind of page in French, English and Spanish (axe at
1280 px, reflow and axe at 320 px, screenshots at 390 and 1280 px in test-artifacts/screenshots/).
"""

import io
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from home.permissions import ensure_groups_and_workflow
from tests.browser.visitor import DESKTOP, PHONE, axe_violations, focused, horizontal_overflow, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# French paths of the demo content; their translations are read from each page's hreflang links.
PAGES = {
    "home": "/",
    "theme": "/themes/sante-prevention/",
    "initiative": "/initiatives/seneclic-besancon-senegal/",
    "note": "/bibliotheque/les-solidarites-numeriques/",
    "reference": "/bibliotheque/picard-2009/",
    "organisations": "/acteurs/",
    "organisation": "/acteurs/adullact/",
    "article": "/articles/reseaux-citoyens-cooperation-numerique/",
    "library": "/bibliotheque/",
}


@pytest.fixture
def demo(live_server):
    """The demo content over the migrated data; a browser test before this one may have flushed that data
    (with --reuse-db the database is not serialized, so nothing restores it): the tree's root, locales and
    groups are put back first, as the migrations make them."""
    ContentType.objects.clear_cache()  # ids change when a flush lets post_migrate recreate the rows
    for code in ("fr", "en", "es"):
        Locale.objects.get_or_create(language_code=code)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code="fr")))
    ensure_groups_and_workflow()
    call_command("load_demo", verbosity=0, stdout=io.StringIO())


def test_visitor_journeys(live_server, chromium, demo):
    problems = []
    # Closed even on failure: a page left open would keep asking the live server during the database flush.
    context = chromium.new_context(viewport=DESKTOP, locale="fr-FR", bypass_csp=True)  # the test injects axe-core
    try:
        page = context.new_page()
        keyboard_search_journey(page, live_server.url)
        problems += search_states(page, live_server.url)
        problems += every_page_in_every_language(context, live_server.url)
    finally:
        context.close()
    assert problems == []


def tab_until(page, predicate, limit=60, key="Tab"):
    """Press Tab until `predicate(description)` holds; focus must never fall to <body> on the way."""
    for _ in range(limit):
        page.keyboard.press(key)
        where = focused(page)
        assert where != "BODY", "focus fell to <body> while tabbing"
        if predicate(where):
            return where
    raise AssertionError(f"never reached the wanted control; last focus {focused(page)}")


def settle(page):
    page.wait_for_function("!document.querySelector('[data-search]').hasAttribute('aria-busy')")


def live_text(page):
    return page.locator("[data-search-live]").text_content().strip()


def keyboard_search_journey(page, base):
    page.goto(base + reverse("search:search"))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert focused(page) == "MAIN#main"

    tab_until(page, lambda where: where.endswith("#search-q"))
    page.keyboard.insert_text("numérique")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=num%C3%A9rique"))
    page.wait_for_function("document.activeElement.matches('[data-search-heading]')")
    settle(page)
    assert re.search(r"\d+ résultats, page 1 sur \d+, tri par Pertinence", live_text(page)), live_text(page)
    assert page.title().startswith("Recherche : numérique")
    assert page.locator("#search-suggestions").is_hidden(), "suggestions stay open after a search"

    first = tab_until(page, lambda where: where.startswith("INPUT[name=type]"))
    page.keyboard.press("Space")
    settle(page)
    page.wait_for_function("document.activeElement.matches('input[name=type]:checked')")
    assert focused(page) == first, "focus left the ticked filter"
    after_one = live_text(page)

    second = tab_until(page, lambda where: where.startswith("INPUT[name=theme]"))
    page.keyboard.press("Space")
    settle(page)
    assert focused(page) == second
    assert page.locator(".search-active li").count() == 3  # two filters and "remove all"
    assert live_text(page) != after_one or "résultat" in live_text(page)

    tab_until(page, lambda where: where.startswith("SELECT[name=sort]"), key="Shift+Tab")
    page.keyboard.press("ArrowDown")
    settle(page)
    page.wait_for_function("document.querySelector('[data-search-live]').textContent.includes('Plus récents')")
    assert focused(page).startswith("SELECT[name=sort]")
    assert "sort=" in page.url

    page.goto(base + reverse("search:search"))  # enough results for a second page
    tab_until(page, lambda where: where.endswith("#search-q"))
    page.keyboard.press("Enter")
    settle(page)
    tab_until(
        page,
        lambda where: where == "A" and page.evaluate("document.activeElement.textContent.trim()") == "Page 2",
        limit=200,
    )
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.matches('[data-search-heading]')")
    assert "page=2" in page.url
    assert "page 2 sur" in live_text(page)
    assert "page 2 sur" in page.title()
    assert page.evaluate("document.activeElement.getBoundingClientRect().top") < DESKTOP["height"]


def search_states(page, base):
    """axe in the search page's interactive states; the suggestions combobox; the phone layout."""
    url = base + reverse("search:search")
    problems = []
    page.set_viewport_size(DESKTOP)
    page.goto(url)
    problems += axe_violations(page, "search first load")
    screenshot(page, "search-1280")
    page.locator("input[name=type][value=initiative]").check()
    settle(page)
    page.locator("[data-facet=theme] input[type=checkbox]").first.check()
    settle(page)
    page.locator("[data-facet=keyword] summary").click()
    problems += axe_violations(page, "search after facet toggles")

    keywords = page.locator("[data-facet=keyword]")
    if keywords.get_attribute("open") is None:
        keywords.locator("summary").click()
    shown = keywords.locator("input[type=checkbox]").count()
    assert shown <= 11, f"{shown} keyword checkboxes before 'show all'"  # the top 10 and the ticked ones
    keywords.locator("[data-facet-all]").click()
    page.wait_for_function("document.activeElement.matches('[data-facet=keyword] [data-facet-filter]')")
    assert keywords.locator("input[type=checkbox]").count() > shown
    problems += axe_violations(page, "search facet values shown")
    page.keyboard.insert_text("numér")
    page.wait_for_function(
        "[...document.querySelectorAll('[data-facet=keyword] [data-facet-list] label')]"
        ".every(label => label.textContent.toLowerCase().includes('numér'))"
    )
    assert "valeur" in keywords.locator("[data-facet-status]").text_content()

    box = page.locator("#search-q")
    box.click()
    box.press_sequentially("cyber", delay=30)
    page.locator("#search-suggestions [role=option]").first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    problems += axe_violations(page, "search suggestions open")
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == "search-suggestion-0"
    box.press("Escape")
    assert page.locator("#search-suggestions").is_hidden()
    assert box.input_value() == "cyber", "Escape cleared the box"

    page.goto(url + "?q=zzzqqqxw")
    problems += axe_violations(page, "search zero results")

    page.set_viewport_size(PHONE)
    page.goto(url + "?q=num%C3%A9rique")
    first_hit = page.locator(".search-hit").first.bounding_box()
    assert first_hit["y"] < 2 * PHONE["height"], f"first result {first_hit['y']} px down at 390 px"
    toggle = page.locator("[data-search-filters-toggle]")
    assert toggle.is_visible() and page.locator("[data-search-facets]").is_hidden()
    problems += axe_violations(page, "search phone")
    screenshot(page, "search-390")
    toggle.click()
    assert page.locator("[data-search-facets]").is_visible()
    problems += axe_violations(page, "search phone filters open")
    page.set_viewport_size(DESKTOP)
    return problems


def every_page_in_every_language(context, base):
    problems = []
    page = context.new_page()
    urls = {}
    for name, path in PAGES.items():
        page.goto(base + path)
        urls[(name, "fr")] = base + path
        for code in ("en", "es"):
            link = page.locator(f"link[rel=alternate][hreflang={code}]")
            if link.count():
                urls[(name, code)] = link.get_attribute("href")
    for code in ("fr", "en", "es"):
        with translation.override(code):
            urls[("search", code)] = base + reverse("search:search") + "?q=internet"
            urls[("login", code)] = base + reverse("login")
    for (name, code), url in sorted(urls.items()):
        page.set_viewport_size(DESKTOP)
        response = page.goto(url)
        assert response.ok, f"{url}: {response.status}"
        problems += axe_violations(page, f"{name} ({code}) 1280 px")
        if code == "fr":
            screenshot(page, f"{name}-1280")
        page.set_viewport_size({"width": 320, "height": 640})
        overflow = horizontal_overflow(page)
        if overflow > 0:
            problems.append(f"{name} ({code}): scrolls {overflow} px sideways at 320 px")
        if code == "fr":
            problems += axe_violations(page, f"{name} (fr) 320 px")
            page.set_viewport_size(PHONE)
            screenshot(page, f"{name}-390")
    assert len({name for name, _code in urls}) == len(PAGES) + 2
    page.close()
    return problems
