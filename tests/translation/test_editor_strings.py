"""The words translators and editors read in the admin, in French and Spanish: the translation editor's publish
button and dates, the submit form's languages, the warning about keywords still in French, the "add" buttons."""

import inspect
import json
import re
from html import unescape

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from home.factories import KeywordFactory
from home.permissions import EDITORS_GROUP, TRANSLATORS_GROUP, ensure_groups_and_workflow
from home.workarounds import localize_strings
from initiatives.factories import InitiativePageFactory
from tests.conftest import SiteTree
from tests.translation.helpers import fill, submit

pytestmark = pytest.mark.django_db

FRENCH_MONTHS = [
    *("janvier", "février", "mars", "avril", "mai", "juin"),
    *("juillet", "août", "septembre", "octobre", "novembre", "décembre"),
]
SPANISH_MONTHS = [
    *("enero", "febrero", "marzo", "abril", "mayo", "junio"),
    *("julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
]


def account(username, group_name, language):
    user = User.objects.create_user(username, f"{username}@example.org", "une-phrase-de-passe-2026")
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def tree(db):
    ensure_groups_and_workflow()
    return SiteTree()


@pytest.fixture
def spanish_draft(tree, django_capture_on_commit_callbacks):
    """A French initiative with one translated and one untranslated keyword, translated into Spanish."""
    initiative = InitiativePageFactory(parent=tree.initiatives, title="Cyber-base d'Athis", summary="Un espace.")
    translated, untranslated = KeywordFactory(name="haut débit"), KeywordFactory(name="wifi communautaire")
    spanish_keyword = translated.copy_for_translation(translated.locale.__class__.objects.get(language_code="es"))
    spanish_keyword.name = "banda ancha"
    spanish_keyword.save()
    initiative.keywords.add(translated, untranslated)
    initiative.save_revision().publish()
    translation = submit(initiative, "es")
    fill(translation, lambda text: f"[es] {text}")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=False)
    return translation, translation.get_target_instance()


def test_the_translation_editor_dates_segments_in_the_translator_s_language(client, spanish_draft):
    _translation, page = spanish_draft
    today = timezone.localdate()
    for language, months, expected in [
        ("fr", FRENCH_MONTHS, "Traduit manuellement le {day} {month} {year}"),
        ("es", SPANISH_MONTHS, "Traducido manualmente el {day} de {month} de {year}"),
    ]:
        client.force_login(account(f"traduction-{language}", TRANSLATORS_GROUP, language))
        comments = segment_comments(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
        assert expected.format(day=today.day, month=months[today.month - 1], year=today.year) in comments
        assert not [comment for comment in comments if today.strftime("%B") in comment]  # no English month


def segment_comments(response):
    """The comments the translation editor shows under its segments (from its React props)."""
    found = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode())
    return set(_comments(json.loads(unescape(found.group(1)))))


def _comments(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "comment" and isinstance(item, str):
                yield item
            else:
                yield from _comments(item)
    elif isinstance(value, list):
        for item in value:
            yield from _comments(item)


def test_the_publish_button_reads_publier_en_espanol(client, tree):
    for language, words in [("fr", '"Publish in ": "Publier en "'), ("es", '"Publish in ": "Publicar en "')]:
        client.force_login(account(f"traduction-{language}", TRANSLATORS_GROUP, language))
        catalogue = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
        assert words in catalogue


def test_the_submit_form_asks_for_languages_not_regions(client, spanish_draft, tree):
    client.force_login(account("traduction-fr", TRANSLATORS_GROUP, "fr"))
    # the initiative index: translating it (and its subtree) is what a translator starts with
    html = client.get(reverse("wagtail_localize:submit_page_translation", args=[tree.initiatives.pk])).content
    html = html.decode()
    assert "Langues" in html and "Régions" not in html
    assert "Toutes les sous-pages seront créées." in html


def test_a_translator_is_warned_of_keywords_still_in_french_when_editing_and_after_publishing(
    client, spanish_draft, django_capture_on_commit_callbacks
):
    _translation, page = spanish_draft
    client.force_login(account("traduction-fr", TRANSLATORS_GROUP, "fr"))
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    # only the untranslated keyword is named ("haut débit" reads "banda ancha" on the Spanish page)
    warning = (
        "1 mot-clé de cette page n’a pas de traduction en Español et s’affiche en français\u00a0: wifi communautaire."
    )
    assert warning in unescape(client.get(url).content.decode())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "publish"}, follow=True)
    html = unescape(response.content.decode())
    assert response.redirect_chain and page.__class__.objects.get(pk=page.pk).live
    assert warning in html  # after publishing: the page is live with a French keyword


def test_no_warning_once_every_keyword_is_translated(client, spanish_draft):
    _translation, page = spanish_draft
    for keyword in page.keywords.all():
        if not keyword.get_translations().filter(locale=page.locale).exists():
            spanish = keyword.copy_for_translation(page.locale)
            spanish.name = "wifi comunitario"
            spanish.save()
    client.force_login(account("traduction-fr", TRANSLATORS_GROUP, "fr"))
    html = unescape(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode())
    assert "s’affiche en français" not in html and "s’affichent en français" not in html


@pytest.mark.parametrize(
    ("language", "organisation", "link", "not_wanted"),
    [
        ("fr", "Ajouter une organisation", "Ajouter un lien", "un(e)"),
        ("es", "Añadir una organización", "Añadir un vínculo", "Añadir Organización"),
    ],
)
def test_the_initiative_form_s_add_buttons_read_naturally(client, tree, language, organisation, link, not_wanted):
    client.force_login(account(f"redaction-{language}", EDITORS_GROUP, language))
    url = reverse("wagtailadmin_pages:add", args=["initiatives", "initiativepage", tree.initiatives.pk])
    html = unescape(client.get(url).content.decode())
    assert organisation in html and link in html
    assert not_wanted not in html


def test_upstream_still_formats_comment_dates_with_strftime():
    """When this fails, wagtail-localize localises its dates: remove the date part of the workaround."""
    assert "strftime" in inspect.getsource(localize_strings.upstream_get_comment)
