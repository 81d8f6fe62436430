"""The map of initiatives in Debian's Chromium: markers, filters, the keyboard-reachable list, axe."""

from pathlib import Path

import pytest
from django.urls import reverse

from initiatives.geocoding import geocode_missing
from search import indexing
from search.engines.database import DatabaseEngine
from tests.conftest import SiteTree
from tests.search.conftest import Corpus

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def placed_corpus():
    from wagtail.models import Locale

    for code in ("fr", "en", "es"):
        Locale.objects.get_or_create(language_code=code)
    corpus = Corpus(SiteTree())
    geocode_missing()
    indexing.rebuild(engines=[DatabaseEngine()])
    return corpus


def axe_violations(page):
    if not AXE.exists():
        pytest.skip("npm ci installs axe-core into node_modules")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]


def geojson_count(page, live_server, query=""):
    data = page.request.get(f"{live_server.url}/api/open-data/initiatives.geojson?lang=fr{query}").json()
    return len([feature for feature in data["features"] if feature["geometry"]])


def test_map_shows_one_marker_per_place_and_filters_update_it(browser, live_server, placed_corpus):  # noqa: F811
    from playwright.sync_api import expect

    page = browser.new_page(bypass_csp=True)  # axe-core and the checks are injected by the test, not the site
    page.set_default_timeout(20_000)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_server.url}{reverse('opendata:map')}")
    map_node = page.locator("[data-atlas-map]")
    expected = geojson_count(page, live_server)
    assert expected == 4, errors
    page.wait_for_load_state("networkidle")
    assert errors == []
    expect(map_node).to_have_attribute("data-marker-count", str(expected))
    expect(page.locator(".atlas__list > li")).to_have_count(expected)
    expect(page.locator(".leaflet-overlay-pane path").first).to_be_attached()  # the country outlines

    # A filter: the search's theme facet. Markers, list and URL follow.
    page.get_by_label("Santé et prévention").check()
    expect(map_node).to_have_attribute("data-marker-count", str(geojson_count(page, live_server, "&theme=sante")))
    expect(page.locator(".atlas__list > li")).to_have_count(1)
    expect(page.locator(".atlas__list")).to_contain_text("Télémédecine au village")
    assert page.url.endswith(f"{reverse('opendata:map')}?theme=sante")
    assert all(url.startswith(live_server.url) for url in requests), "the base map needs no third-party request"

    # The list is reachable with the keyboard, and its button opens the marker's card.
    page.locator("#atlas-q").focus()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Télémédecine au village":
            break
    else:
        pytest.fail("the list's link is not reachable with Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.atlasShow") == str(placed_corpus.telemedicine.translation_key)
    page.keyboard.press("Enter")
    expect(page.locator(".leaflet-popup-content")).to_contain_text("Télémédecine au village")

    assert axe_violations(page) == []
    page.close()


@pytest.mark.parametrize("name", ["opendata:statistics", "opendata:open_data"])
def test_statistics_and_open_data_pages_have_no_axe_violation(browser, live_server, placed_corpus, name):  # noqa: F811
    page = browser.new_page(bypass_csp=True)  # axe-core and the checks are injected by the test, not the site
    page.goto(f"{live_server.url}{reverse(name)}")
    assert axe_violations(page) == []
    page.close()
