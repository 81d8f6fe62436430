"""The translators' dashboard and the Traduction group's rights."""

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home.factories import KeywordFactory
from home.permissions import TRANSLATORS_GROUP, ensure_groups_and_workflow
from initiatives.factories import InitiativePageFactory, ThemePageFactory
from tests.translation.helpers import fill, locale, submit, translate_and_publish

DASHBOARD = "/admin/translations-to-do/"


@pytest.fixture
def translator(db, site_tree):
    ensure_groups_and_workflow()
    user = User.objects.create_user("traductrice", password="pw")
    user.groups.add(Group.objects.get(name=TRANSLATORS_GROUP))
    return user


@pytest.fixture
def translator_client(client, translator):
    client.force_login(translator)
    return client


def rows_by_title(response):
    return {row.title: row for row in response.context["rows"]}


def test_dashboard_lists_missing_outdated_and_unfinished(
    translator_client, site_tree, django_capture_on_commit_callbacks
):
    theme = ThemePageFactory(parent=site_tree.themes, title="Santé", code="sante")
    untouched = InitiativePageFactory(parent=site_tree.initiatives, title="Jamais traduite", themes=[theme])
    changed = InitiativePageFactory(parent=site_tree.initiatives, title="Modifiée depuis")
    unfinished = InitiativePageFactory(parent=site_tree.initiatives, title="À moitié", summary="Deux mots.")
    KeywordFactory(name="haut débit")
    for page in (site_tree.home, site_tree.initiatives, changed):
        translate_and_publish(page, "es", str.upper, django_capture_on_commit_callbacks)
    partial = submit(unfinished, "es")
    fill(partial, lambda text: text.upper() if text == "À moitié" else None)
    with django_capture_on_commit_callbacks(execute=True):
        partial.save_target(publish=True)
    changed.summary = "Résumé réécrit."
    changed.save_revision().publish()

    response = translator_client.get(DASHBOARD, {"locale": "es"})
    assert response.status_code == 200
    rows = rows_by_title(response)
    assert rows["Jamais traduite"].status == "missing"
    assert rows["Jamais traduite"].action_url == (
        reverse("wagtail_localize:submit_page_translation", args=[untouched.pk]) + "?select_locale=es"
    )
    assert rows["Modifiée depuis"].status == "outdated"
    spanish_changed = changed.get_translation(locale("es"))
    assert rows["Modifiée depuis"].action_url == reverse("wagtailadmin_pages:edit", args=[spanish_changed.pk])
    assert rows["À moitié"].status == "unfinished"
    assert 0 < rows["À moitié"].percent < 100
    assert rows["haut débit"].status == "missing"
    assert "Initiatives" not in rows  # translated and up to date: not in the backlog
    assert "Modifiée depuis" in response.content.decode()

    by_theme = rows_by_title(translator_client.get(DASHBOARD, {"locale": "es", "theme": theme.pk}))
    assert set(by_theme) == {"Jamais traduite", "Santé"}
    by_section = rows_by_title(translator_client.get(DASHBOARD, {"locale": "es", "section": site_tree.themes.path}))
    assert set(by_section) == {"Thèmes", "Santé"}
    taxonomy = rows_by_title(translator_client.get(DASHBOARD, {"locale": "es", "section": "taxonomy"}))
    assert set(taxonomy) == {"haut débit"}
    english = rows_by_title(translator_client.get(DASHBOARD, {"locale": "en"}))
    assert english["Modifiée depuis"].status == "missing"


def test_dashboard_queries_do_not_grow_with_rows(admin_client, site_tree, django_capture_on_commit_callbacks):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            response = admin_client.get(DASHBOARD, {"locale": "en"})
        assert response.status_code == 200
        return len(queries), len(response.context["rows"])

    for n in range(2):
        page = InitiativePageFactory(parent=site_tree.initiatives, title=f"Initiative {n}")
        translate_and_publish(page, "en", str.upper, django_capture_on_commit_callbacks) if n == 0 else None
        KeywordFactory(name=f"mot {n}")
    few = count_queries()
    for n in range(2, 12):
        page = InitiativePageFactory(parent=site_tree.initiatives, title=f"Initiative {n}")
        if n % 2:
            translate_and_publish(page, "en", str.upper, django_capture_on_commit_callbacks)
        KeywordFactory(name=f"mot {n}")
    many = count_queries()
    print(f"dashboard: {few[0]} queries for {few[1]} rows, {many[0]} for {many[1]} rows")
    assert many[1] > few[1]
    assert many[0] == few[0]


def test_translators_see_the_menu_and_others_do_not(translator_client, client, site_tree):
    home = translator_client.get("/admin/")
    assert DASHBOARD in home.content.decode()
    editor = User.objects.create_user("redacteur", password="pw", is_staff=False)
    editor.groups.add(Group.objects.get(name="Rédaction"))
    client.force_login(editor)
    response = client.get(DASHBOARD)
    assert response.status_code in (302, 403)  # Wagtail sends users without the permission back to the admin home
    assert "rows" not in (response.context or {})


def test_a_translator_publishes_spanish_pages_but_not_french_ones(
    translator, translator_client, site_tree, django_capture_on_commit_callbacks
):
    page = InitiativePageFactory(parent=site_tree.initiatives, title="Cyber-base")
    for instance in (site_tree.home, site_tree.initiatives, page):
        translate_and_publish(instance, "es", str.upper, django_capture_on_commit_callbacks)
    spanish = page.get_translation(locale("es"))

    assert spanish.permissions_for_user(translator).can_edit()
    assert spanish.permissions_for_user(translator).can_publish()
    assert not page.permissions_for_user(translator).can_publish()
    assert not page.permissions_for_user(translator).can_edit()
    assert translator_client.get(reverse("wagtailadmin_pages:edit", args=[spanish.pk])).status_code == 200
    assert translator_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code in (302, 403)
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert translator_client.get(submit_url).status_code == 200  # may still start the English translation
