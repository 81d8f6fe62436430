"""Keywords typed in a page editor are French keywords (home/workarounds/source_locale_tags.py), and the upstream
gap the workaround covers is still there."""

import inspect

import pytest
from modelcluster.contrib.taggit import _ClusterTaggableManager
from wagtail.models import Locale

from home.factories import ArticleIndexPageFactory, ArticlePageFactory, KeywordFactory, make_home_site


def test_modelcluster_add_still_takes_no_tag_kwargs():
    """Fails when modelcluster accepts `tag_kwargs` (as django-taggit does): then remove the workaround."""
    assert "tag_kwargs" not in inspect.signature(_ClusterTaggableManager.add).parameters, (
        "modelcluster's add() now takes tag_kwargs: pass the locale through it and remove source_locale_tags"
    )
    assert hasattr(_ClusterTaggableManager, "_to_tag_model_instances"), "the private method overridden is gone"


@pytest.mark.django_db
def test_a_keyword_typed_in_the_editor_never_links_a_translation_of_the_same_name():
    """Without the workaround taggit matches "banda ancha" by name and links the Spanish row to the page."""
    french = KeywordFactory(name="haut débit")
    spanish = french.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.name = "banda ancha"
    spanish.save()
    page = ArticlePageFactory(parent=ArticleIndexPageFactory(parent=make_home_site()))

    page.keywords.add("banda ancha")
    page.save()

    linked = [item.tag for item in page.keyword_items.all()]
    assert [(keyword.name, keyword.locale) for keyword in linked] == [("banda ancha", Locale.get_default())]
    assert linked[0].pk != spanish.pk
