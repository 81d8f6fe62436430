"""An editor's session in Debian's Chromium: create an initiative with its organisations, themes, keywords and a
launch date with its precision, preview it and submit it for review."""

import re

import pytest

from initiatives.models import InitiativePage
from tests.browser.editorial import admin_login, editorial_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_editor_creates_previews_and_submits_an_initiative(browser, live_server, screenshot):
    site = editorial_site()
    editor = admin_login(browser, live_server, "redacteur")
    parent = site["tree"].initiatives
    editor.goto(f"{live_server.url}/admin/pages/add/initiatives/initiativepage/{parent.pk}/")

    editor.fill("input[name=title], textarea[name=title]", "Jumelage Athis-Mons – Kayes")
    editor.fill("textarea[name=summary]", "Deux communes équipent des points d'accès publics.")

    editor.get_by_role("tab", name="Facts").click()
    editor.locator("select[name=countries]").select_option(["FR", "ML"])
    editor.fill("input[name=launch_date]", "2010-01-01")
    editor.get_by_text("Launch date precision").first.click()  # closes the date picker
    editor.locator("select[name=launch_precision]").select_option("year")
    editor.locator("select[name=launch_period]").select_option("early")
    editor.get_by_role("button", name="Add an organisation").click()
    editor.get_by_role("button", name=re.compile("Choose a page")).first.click()
    editor.get_by_role("link", name="Mairie d'Athis-Mons").click()
    editor.locator("select[name=organisation_links-0-role]").select_option("partner")
    screenshot(editor, "facts")

    editor.get_by_role("tab", name="Classification").click()
    editor.get_by_label("Santé et prévention").check()
    editor.get_by_label("Tout public").check()
    keywords = editor.locator("#id_keywords").locator("xpath=..").locator("[contenteditable], input:visible").first
    keywords.click()
    keywords.type("haut débit")
    keywords.press("Enter")
    screenshot(editor, "classification")

    editor.locator("[data-side-panel-toggle=preview]").first.click()
    preview = editor.frame_locator("iframe[title], iframe").first
    preview.locator("h1", has_text="Jumelage Athis-Mons").wait_for()
    screenshot(editor, "preview")

    editor.locator("[data-side-panel-toggle=preview]").first.click()  # closes the preview panel
    # The open preview keeps polling the form, so "network idle" may never come: wait for the panel itself.
    editor.locator("[data-side-panel=preview]").wait_for(state="hidden")
    editor.locator("footer [data-w-dropdown-target=toggle]").last.click()
    editor.get_by_role("button", name=re.compile("Submit to Relecture")).click()
    try:
        editor.wait_for_url(re.compile(rf"/admin/pages/{parent.pk}/$"))
    finally:
        screenshot(editor, "submitted")
    editor.close()

    page = InitiativePage.objects.get(title="Jumelage Athis-Mons – Kayes")
    assert not page.live and page.current_workflow_state.status == "in_progress"
    draft = page.get_latest_revision_as_object()
    assert sorted(country.code for country in draft.countries) == ["FR", "ML"]
    assert (draft.launch_precision, draft.launch_period, draft.launch_date.year) == ("year", "early", 2010)
    assert [(link.organisation.title, link.role) for link in draft.organisation_links.all()] == [
        ("Mairie d'Athis-Mons", "partner")
    ]
    assert [theme.pk for theme in draft.themes.all()] == [site["theme"].pk]
    assert [audience.pk for audience in draft.audiences.all()] == [site["audience"].pk]
    assert list(draft.keywords.names()) == ["haut débit"]
