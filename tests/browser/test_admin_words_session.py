"""The admin's words as a French translator and a French editor read them in Debian's Chromium, at phone and desktop
widths: « Publier en Español », segment dates in French, the warning about keywords still in French, « Langues »
on the submit form, « Ajouter une organisation » in the initiative form."""

import re

import pytest
from django.contrib.auth.models import Group, User
from wagtail.users.models import UserProfile

from home.factories import KeywordFactory
from home.permissions import EDITORS_GROUP, TRANSLATORS_GROUP, ensure_groups_and_workflow
from initiatives.factories import InitiativePageFactory
from tests.conftest import SiteTree
from tests.translation.helpers import fill, submit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "une-phrase-de-passe-2026"
WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def french_account(username, group_name):
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    return user


@pytest.fixture
def spanish_draft(django_capture_on_commit_callbacks):
    ensure_groups_and_workflow()
    tree = SiteTree()
    initiative = InitiativePageFactory(parent=tree.initiatives, title="Cyber-base d'Athis", summary="Un espace.")
    initiative.keywords.add(KeywordFactory(name="wifi communautaire"))
    initiative.save_revision().publish()
    translation = submit(initiative, "es")
    fill(translation, lambda text: f"{text} (es)")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=False)
    french_account("traductrice", TRANSLATORS_GROUP)
    french_account("redacteur", EDITORS_GROUP)
    return {"tree": tree, "spanish": translation.get_target_instance(), "french": initiative}


def login(browser, live_server, username, viewport):
    page = browser.new_page(viewport=viewport, locale="fr-FR")
    page.set_default_timeout(20_000)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


@pytest.mark.parametrize("width", WIDTHS)
def test_a_french_translator_reads_the_translation_editor_in_french(
    browser, live_server, spanish_draft, screenshot, width
):
    page = login(browser, live_server, "traductrice", WIDTHS[width])
    page.goto(f"{live_server.url}/admin/pages/{spanish_draft['spanish'].pk}/edit/")
    editor = page.locator(".js-translation-editor")
    editor.get_by_text("Cyber-base d'Athis (es)").first.wait_for()
    body = page.locator("body").inner_text()
    assert "Publier en Español" in body and "dansEspañol" not in body
    assert re.search(
        r"Traduit manuellement le \d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|"
        r"septembre|octobre|novembre|décembre) \d{4}",
        body,
    )
    assert "wifi communautaire" in page.locator(".messages").inner_text()
    screenshot(page, f"translation-editor-{width}")

    page.goto(f"{live_server.url}/admin/localize/submit/page/{spanish_draft['tree'].initiatives.pk}/")
    form = page.locator("main form").inner_text()
    assert "Langues" in form and "Régions" not in form
    assert "Toutes les sous-pages seront créées." in form
    screenshot(page, f"submit-translation-{width}")
    page.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_french_editor_adds_an_organisation(browser, live_server, spanish_draft, screenshot, width):
    page = login(browser, live_server, "redacteur", WIDTHS[width])
    page.goto(f"{live_server.url}/admin/pages/add/initiatives/initiativepage/{spanish_draft['tree'].initiatives.pk}/")
    page.get_by_role("tab", name="Faits").click()
    add = page.get_by_role("button", name="Ajouter une organisation")
    add.click()
    assert page.locator("body").inner_text().count("un(e)") == 0
    add.scroll_into_view_if_needed()
    screenshot(page, f"initiative-form-{width}")
    page.close()
