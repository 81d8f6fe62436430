"""A translator's session in Debian's Chromium: dashboard, translation editor, publish, the Spanish page."""

import re

import pytest
from django.contrib.auth.models import Group, User
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from home.factories import KeywordFactory
from home.permissions import TRANSLATORS_GROUP, ensure_groups_and_workflow
from initiatives.factories import AudienceFactory, InitiativePageFactory, InitiativeTypeFactory, ThemePageFactory
from tests.conftest import SiteTree

SPANISH = {
    "Cyber-base de quartier": "Cibercentro de barrio",
    "cyber-base-de-quartier": "cibercentro-de-barrio",
    "Un espace public numérique ouvert à tous les habitants.": "Un espacio público digital abierto a todos.",
    "Commune d'Athis-Mons": "Municipio de Athis-Mons",
}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def prepared_site(django_capture_on_commit_callbacks):
    """French content, and what an earlier translator already did in Spanish (through wagtail-localize's API)."""
    from tests.translation.helpers import translate_and_publish

    for code in ("fr", "en", "es"):
        Locale.objects.get_or_create(language_code=code)
    ensure_groups_and_workflow()
    tree = SiteTree()
    theme = ThemePageFactory(parent=tree.themes, title="Santé et prévention", code="sante")
    keyword = KeywordFactory(name="haut débit")
    audience = AudienceFactory(name="Tout public", slug="tout-public")
    kind = InitiativeTypeFactory(name="Espace public numérique", slug="epn")
    initiative = InitiativePageFactory(
        parent=tree.initiatives,
        title="Cyber-base de quartier",
        slug="cyber-base-de-quartier",
        themes=[theme],
        audiences=[audience],
        initiative_types=[kind],
        description=[],
    )
    initiative.keywords.add(keyword)
    initiative.save_revision().publish()

    earlier = {
        "Santé et prévention": "Salud y prevención",
        "haut débit": "banda ancha",
        "Tout public": "Público general",
        "Espace public numérique": "Espacio público digital",
    }.get
    for instance in (tree.home, tree.initiatives, tree.themes, theme, keyword, audience, kind):
        translate_and_publish(instance, "es", lambda text: earlier(text) or f"{text} (es)", _immediately)

    translator = User.objects.create_user("traductora", password="una-clave-larga-2026")
    translator.groups.add(Group.objects.get(name=TRANSLATORS_GROUP))
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "en"
    profile.save()
    return {"initiative": initiative, "translator": translator}


class _immediately:
    """On a live server transactions really commit: on_commit callbacks already run, nothing to capture."""

    def __init__(self, execute=True):
        pass

    def __enter__(self):
        return []

    def __exit__(self, *exc):
        return False


def test_translator_translates_an_initiative_into_spanish(browser, live_server, prepared_site, screenshot):
    from playwright.sync_api import expect

    initiative = prepared_site["initiative"]
    page = browser.new_page()
    page.set_default_timeout(20_000)

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "traductora")
    page.fill("input[name=password]", "una-clave-larga-2026")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/translations-to-do/?locale=es")
    row = page.locator("tr", has_text="Cyber-base de quartier")
    assert "Not translated" in row.inner_text()
    row.get_by_role("link", name="Translate").click()

    # wagtail-localize's "Translate page" form, Spanish preselected by the dashboard link.
    page.wait_for_url(re.compile(r"/admin/localize/submit/page/\d+/"))
    expect(page.locator("input[name=locales]:checked")).to_have_count(1)
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))

    # The translation editor: on every tab, translate each string segment as a translator does.
    tabs = page.get_by_role("tab")
    for index in range(max(tabs.count(), 1)):
        if tabs.count():
            tabs.nth(index).click()
        for _ in range(10):
            translate = page.get_by_role("button", name="Translate", exact=True)
            pending = page.locator("li.incomplete").filter(has=translate)
            if pending.count() == 0:
                break
            segment = pending.first.element_handle()
            source = segment.inner_text()
            target = next((es for fr, es in SPANISH.items() if fr in source), "Texto traducido")
            segment.query_selector("button:has-text('Translate')").click()
            segment.wait_for_selector("textarea").fill(target)
            segment.query_selector("button:has-text('Save')").click()
            page.wait_for_function("(li) => li.classList.contains('complete')", arg=segment)
    assert page.locator("li.incomplete").count() == 0
    screenshot(page, "translation-editor")
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Publish in")).click()

    spanish = Page.objects.get(translation_key=initiative.translation_key, locale__language_code="es").specific
    assert spanish.live and spanish.title == "Cibercentro de barrio"
    assert spanish.url.startswith("/es/")

    page.goto(f"{live_server.url}{spanish.url}")
    body = page.locator("body").inner_text()
    assert "Cibercentro de barrio" in body
    assert "Municipio de Athis-Mons" in body
    assert "Salud y prevención" in body  # the theme, in Spanish
    assert "banda ancha" in body  # the keyword, in Spanish
    assert "Público general" in body and "Espacio público digital" in body  # taxonomy labels, in Spanish
    for french in ("Santé et prévention", "haut débit", "Tout public", "Espace public numérique"):
        assert french not in body
    screenshot(page, "spanish-page")
    page.close()
