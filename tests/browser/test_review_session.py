"""Review in Debian's Chromium: the reviewer rejects with a comment, the editor reads it, fixes and resubmits, the
reviewer approves; the initiative is then live and found by the search with its facets."""

import re

import pytest
from wagtail.models import Page

from initiatives.factories import InitiativePageFactory
from tests.browser.editorial import admin_login, editorial_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def submitted():
    site = editorial_site()
    page = InitiativePageFactory(
        parent=site["tree"].initiatives,
        title="Cyber-base d'Athis",
        summary="Un espace public numérique.",
        live=False,
        themes=[site["theme"]],
        audiences=[site["audience"]],
    )
    revision = page.save_revision(user=site["editor"])
    page.get_workflow().start(page, site["editor"])
    return {**site, "page": page, "revision": revision}


def test_reject_with_a_comment_fix_resubmit_approve_then_found_by_the_search(
    browser, live_server, submitted, screenshot
):
    page_id = submitted["page"].pk

    reviewer = admin_login(browser, live_server, "relectrice")
    assert "Awaiting your review" in reviewer.locator("main").inner_text()
    screenshot(reviewer, "reviewer-dashboard")
    _review_action(reviewer, "Request changes")
    reviewer.locator("textarea[name=comment]").fill("Ajoutez le porteur du projet.")
    screenshot(reviewer, "reject-with-comment")
    with reviewer.expect_navigation():
        reviewer.locator("form:has(textarea[name=comment]) button[type=submit]").first.click()

    editor = admin_login(browser, live_server, "redacteur")
    editor.goto(f"{live_server.url}/admin/pages/{page_id}/edit/")
    editor.locator("[data-side-panel-toggle=status]").first.click()
    screenshot(editor, "editor-reads-the-comment")
    assert "Changes requested" in editor.locator("body").inner_text()
    assert "Ajoutez le porteur du projet." in editor.content()  # the comment, in the status panel
    editor.fill("textarea[name=summary], input[name=summary]", "Porté par la mairie d'Athis-Mons.")
    editor.locator("[data-w-dropdown-target=toggle], .dropdown-toggle").last.click()
    with editor.expect_navigation():
        editor.get_by_role("button", name=re.compile("Resubmit")).first.click()
    screenshot(editor, "resubmitted")

    reviewer.goto(f"{live_server.url}/admin/")
    with reviewer.expect_navigation():
        _review_action(reviewer, "Approve")
    screenshot(reviewer, "approved")

    live = Page.objects.get(pk=page_id).specific
    assert live.live and live.summary == "Porté par la mairie d'Athis-Mons."

    visitor = browser.new_page()
    visitor.goto(f"{live_server.url}/recherche/?q=athis")
    results = visitor.locator("main").inner_text()
    assert "Cyber-base d'Athis" in results
    assert "Santé et prévention" in results and "Tout public" in results  # its facets
    screenshot(visitor, "found-by-the-search")
    for tab in (reviewer, editor, visitor):
        tab.close()


def _review_action(page, name):
    """The dashboard row's "…" menu, then one of the task's actions."""
    row = page.locator("tr", has_text="Cyber-base d'Athis")
    row.locator("button[aria-expanded]").first.click()
    row.get_by_role("button", name=name, exact=True).click()
