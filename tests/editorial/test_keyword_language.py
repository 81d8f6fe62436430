"""A keyword not yet translated shows in French on a translated page, marked lang="fr" for screen readers."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from home.factories import KeywordFactory
from home.listings import keyword_links

pytestmark = pytest.mark.django_db


def test_an_untranslated_keyword_is_marked_french_and_a_translated_one_is_not():
    translated = KeywordFactory(name="haut débit")
    spanish = translated.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.name = "banda ancha"
    spanish.save()
    untranslated = KeywordFactory(name="wifi communautaire")

    with translation.override("es"):
        links = keyword_links([translated, untranslated])
    assert [(link["label"], link["lang"]) for link in links] == [("banda ancha", ""), ("wifi communautaire", "fr")]
    with translation.override("fr"):
        assert [link["lang"] for link in keyword_links([translated, untranslated])] == ["", ""]
