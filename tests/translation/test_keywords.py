"""Keywords and taxonomy terms are translated once and shown in the visitor's language everywhere."""

from django.template import Context, Template
from django.utils import translation
from wagtail.models import Locale

from home.factories import KeywordFactory
from home.localization import localized_label, localized_labels
from home.models import Keyword
from initiatives.factories import InitiativePageFactory, InitiativeTypeFactory
from tests.translation.helpers import fill, submit, translate_and_publish

BROADBAND = {"haut débit": "broadband"}


def _label_in(language_code, term):
    with translation.override(language_code):
        return Template("{% load site_i18n %}{% autoescape off %}{{ term|label }}{% endautoescape %}").render(
            Context({"term": term})
        )


def test_translating_a_keyword_once_renames_it_on_every_english_page(site_tree, django_capture_on_commit_callbacks):
    keyword = KeywordFactory(name="haut débit")
    first = InitiativePageFactory(parent=site_tree.initiatives)
    second = InitiativePageFactory(parent=site_tree.initiatives)
    for page in (first, second):
        page.keywords.add("haut débit")
        page.save_revision().publish()
    translate_and_publish(keyword, "en", BROADBAND.get, django_capture_on_commit_callbacks)

    for page in (first, second):
        (tagged,) = page.keywords.all()
        assert tagged == keyword  # pages keep linking the French keyword
        assert localized_label(tagged, "en") == "broadband"
        assert localized_label(tagged, "fr") == "haut débit"
        assert _label_in("en", tagged) == "broadband"
    assert localized_labels([keyword], "en") == ["broadband"]


def test_a_resync_keeps_the_translated_label(site_tree, django_capture_on_commit_callbacks):
    keyword = KeywordFactory(name="haut débit")
    page = InitiativePageFactory(parent=site_tree.initiatives)
    page.keywords.add(keyword)
    page.save_revision().publish()
    translate_and_publish(site_tree.home, "en", str.upper, django_capture_on_commit_callbacks)
    translate_and_publish(site_tree.initiatives, "en", str.upper, django_capture_on_commit_callbacks)
    translate_and_publish(keyword, "en", BROADBAND.get, django_capture_on_commit_callbacks)
    english_page = translate_and_publish(page, "en", str.upper, django_capture_on_commit_callbacks)

    # The French page changes and is re-synced; so is the keyword (unchanged).
    page.summary = "Un nouveau résumé."
    page.save_revision().publish()
    for instance in (page, keyword):
        resync = submit(instance, "en")
        fill(resync, str.upper, only_missing=True)
        with django_capture_on_commit_callbacks(execute=True):
            resync.save_target(publish=True)

    english_keyword = Keyword.objects.get(translation_key=keyword.translation_key, locale__language_code="en")
    assert english_keyword.name == "broadband"
    english_page.refresh_from_db()
    assert [localized_label(k, "en") for k in english_page.keywords.all()] == ["broadband"]


def test_taxonomy_terms_are_translated_once(site_tree, django_capture_on_commit_callbacks):
    term = InitiativeTypeFactory(name="Point d'accès public", slug="point-acces")
    english = translate_and_publish(term, "en", {"Point d'accès public": "Public access point"}.get,
                                    django_capture_on_commit_callbacks)  # fmt: skip
    assert english.slug == "point-acces"  # the facet key is synchronised
    assert _label_in("en", term) == "Public access point"
    assert _label_in("es", term) == "Point d'accès public"  # not yet translated: the French label, never blank


def test_keywords_typed_in_the_editor_are_french_only(site_tree, django_capture_on_commit_callbacks):
    keyword = KeywordFactory(name="haut débit")
    translate_and_publish(keyword, "en", {"haut débit": "Haut Débit"}.get, django_capture_on_commit_callbacks)
    page = InitiativePageFactory(parent=site_tree.initiatives)
    page.keywords.set(["haut débit", "inclusion"])
    page.save_revision().publish()

    french = Locale.objects.get(language_code="fr")
    assert {k.locale_id for k in page.keywords.all()} == {french.pk}
    assert sorted(k.name for k in page.keywords.all()) == ["haut débit", "inclusion"]
    assert Keyword.objects.filter(name__iexact="haut débit").count() == 2  # no third copy made


def test_keyword_autocomplete_suggests_french_keywords_only(
    site_tree, admin_client, django_capture_on_commit_callbacks
):
    keyword = KeywordFactory(name="haut débit")
    translate_and_publish(keyword, "en", {"haut débit": "haut débit (en)"}.get, django_capture_on_commit_callbacks)
    response = admin_client.get("/admin/tag-autocomplete/home/keyword/", {"term": "haut"})
    assert response.json() == ["haut débit"]


def test_the_api_gives_taxonomy_labels_in_the_page_language(client, site_tree, django_capture_on_commit_callbacks):
    from initiatives.factories import InitiativeStatusFactory, ThemePageFactory

    theme = ThemePageFactory(parent=site_tree.themes, title="Santé", code="sante")
    status = InitiativeStatusFactory(name="Opérationnel", slug="operationnel")
    keyword = KeywordFactory(name="haut débit")
    page = InitiativePageFactory(parent=site_tree.initiatives, themes=[theme], status=status)
    page.keywords.add(keyword)
    page.save_revision().publish()
    spanish_labels = {"Santé": "Salud", "Opérationnel": "Operativo", "haut débit": "banda ancha"}
    for instance in (site_tree.home, site_tree.themes, theme, status, keyword, site_tree.initiatives, page):
        translate_and_publish(instance, "es", lambda text: spanish_labels.get(text, text),
                              django_capture_on_commit_callbacks)  # fmt: skip
    spanish_page = page.get_translation(Locale.objects.get(language_code="es"))

    data = client.get(f"/api/v2/pages/{spanish_page.pk}/").json()
    assert data["themes"] == [{"code": "sante", "label": "Salud"}]
    assert data["keywords"] == [{"code": "haut-debit", "label": "banda ancha"}]
    assert data["status"] == {"code": "operationnel", "label": "Operativo"}
    french = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert french["keywords"] == [{"code": "haut-debit", "label": "haut débit"}]
