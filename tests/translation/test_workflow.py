"""Submitting for translation, the translation editor, PO round-trip and machine pre-translation, through
wagtail-localize's own admin views."""

import importlib

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from home.factories import ArticlePageFactory, KeywordFactory, StandardPageFactory
from initiatives.factories import (
    InitiativePageFactory,
    InitiativeTypeFactory,
    OrganisationPageFactory,
    ThemePageFactory,
)
from library.factories import ReferencePageFactory, ThematicNotePageFactory
from tests.translation.helpers import locale, submit

DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator", "OPTIONS": {}}


@pytest.fixture
def every_page_type(site_tree):
    theme = ThemePageFactory(parent=site_tree.themes, title="Santé et prévention", code="sante")
    organisation = OrganisationPageFactory(parent=site_tree.organisations, title="Ville d'Athis-Mons")
    initiative = InitiativePageFactory(
        parent=site_tree.initiatives,
        title="Cyber-base",
        themes=[theme],
        description=[("paragraph", "<p>Un lieu d'accès public à internet.</p>")],
    )
    reference = ReferencePageFactory(parent=site_tree.library, title="Rapport sur la fracture numérique")
    note = ThematicNotePageFactory(
        parent=site_tree.library,
        title="Solidarités numériques",
        chapters=[
            {
                "type": "chapter",
                "id": "0b2c2b0e-0000-4000-8000-000000000001",
                "value": {
                    "title": "Accès à la connexion",
                    "body": [
                        {
                            "type": "paragraph",
                            "id": "0b2c2b0e-0000-4000-8000-000000000002",
                            "value": "<p>Les points d'accès publics [1].</p>",
                        },
                        {
                            "type": "initiatives",
                            "id": "0b2c2b0e-0000-4000-8000-000000000003",
                            "value": {"title": "Exemples d'initiatives", "initiatives": [initiative.pk]},
                        },
                    ],
                },
            }
        ],
        footnotes=[
            {
                "type": "footnote",
                "id": "0b2c2b0e-0000-4000-8000-000000000004",
                "value": {"number": "1", "text": "<p>Voir le rapport de 2010.</p>", "reference": reference.pk},
            }
        ],
    )
    article = ArticlePageFactory(parent=site_tree.articles, body=[("paragraph", "<p>Un article.</p>")])
    standard = StandardPageFactory(parent=site_tree.home, title="Espace partenaires")
    return {"initiative": initiative, "note": note, "article": article, "organisation": organisation,
            "standard": standard, "theme": theme, "reference": reference}  # fmt: skip


def test_submitting_the_home_with_its_subtree_translates_every_page_type(admin_client, every_page_type, site_tree):
    url = reverse("wagtail_localize:submit_page_translation", args=[site_tree.home.pk])
    response = admin_client.post(url, {"locales": [locale("es").pk], "include_subtree": "on"})
    assert response.status_code == 302

    french = Page.objects.filter(locale=locale("fr"), depth__gte=2)
    spanish = dict(Page.objects.filter(locale=locale("es")).values_list("translation_key", "pk"))
    assert {page.translation_key for page in french} <= set(spanish)
    for page in french:
        editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[spanish[page.translation_key]]))
        assert editor.status_code == 200, page
        assert b"w-translation-editor" in editor.content or b"translation-editor" in editor.content, page

    note_translation = Translation.objects.get(
        source__object_id=every_page_type["note"].translation_key, target_locale=locale("es")
    )
    strings = set(StringSegment.objects.filter(source=note_translation.source).values_list("string__data", flat=True))
    assert {"Accès à la connexion", "Exemples d'initiatives", "Voir le rapport de 2010."} <= strings


def test_taxonomy_snippets_are_submitted_through_the_snippet_view(admin_client, site_tree):
    term = InitiativeTypeFactory(name="Jumelage", slug="jumelage")
    keyword = KeywordFactory(name="haut débit")
    for instance in (term, keyword):
        meta = type(instance)._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, instance.pk]
        )
        assert admin_client.post(url, {"locales": [locale("en").pk]}).status_code == 302
        assert type(instance).objects.filter(translation_key=instance.translation_key, locale=locale("en")).exists()


def test_po_download_and_upload_round_trip(admin_client, every_page_type, django_capture_on_commit_callbacks):
    initiative = every_page_type["initiative"]
    home = initiative.get_parent().get_parent()
    for page in (home, initiative.get_parent()):
        translation = submit(page, "en")
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
    translation = submit(initiative, "en")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=False)

    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert "Un lieu d'accès public à internet." in {entry.msgid for entry in po}
    for entry in po:
        entry.msgstr = f"[en] {entry.msgid}"
    upload = SimpleUploadedFile("initiative.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = admin_client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    assert response.status_code == 302

    translated = StringTranslation.objects.filter(locale=locale("en"), translation_of__data="Cyber-base")
    assert translated.get().data == "[en] Cyber-base"
    assert translation.get_progress()[0] == translation.get_progress()[1]


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR)
def test_machine_pre_translation_with_the_dummy_translator(admin_client, every_page_type, site_tree):
    translation = submit(site_tree.home, "en")
    translation.source.create_or_update_translation(translation.target_locale, publish=False, fallback=True)
    response = admin_client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    assert response.status_code == 302
    title = StringTranslation.objects.get(locale=locale("en"), translation_of__data="Solidarités numériques")
    assert title.translation_type == "machine"
    assert title.data == "numériques Solidarités"  # the dummy translator reverses the word order


def test_deepl_only_when_a_key_is_set(monkeypatch):
    from config.settings import base

    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    without_key = importlib.reload(base)
    assert not hasattr(without_key, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
    monkeypatch.setenv("DEEPL_API_KEY", "test-key:fx")
    with_key = importlib.reload(base)
    try:
        config = with_key.WAGTAILLOCALIZE_MACHINE_TRANSLATOR
        with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=config):
            translator = get_machine_translator()
        assert type(translator).__name__ == "DeepLTranslator"
        assert translator.options["AUTH_KEY"] == "test-key:fx"
    finally:
        monkeypatch.delenv("DEEPL_API_KEY")
        importlib.reload(base)
