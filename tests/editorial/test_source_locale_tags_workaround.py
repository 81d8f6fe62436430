"""Keywords typed in a page editor are French keywords (home/workarounds/source_locale_tags.py), and the upstream
gap the workaround covers is still there."""

import inspect

import pytest
from modelcluster.contrib.taggit import _ClusterTaggableManager
from wagtail.models import Locale

from home.factories import ArticleIndexPageFactory, ArticlePageFactory, make_home_site
from home.models import Keyword


def test_modelcluster_add_still_takes_no_tag_kwargs():
    """Fails when modelcluster accepts `tag_kwargs` (as django-taggit does): then remove the workaround."""
    assert "tag_kwargs" not in inspect.signature(_ClusterTaggableManager.add).parameters, (
        "modelcluster's add() now takes tag_kwargs: pass the locale through it and remove source_locale_tags"
    )
    assert hasattr(_ClusterTaggableManager, "_to_tag_model_instances"), "the private method overridden is gone"


@pytest.mark.django_db
def test_a_keyword_typed_on_a_spanish_page_is_created_and_linked_in_french():
    home = make_home_site()
    articles = ArticleIndexPageFactory(parent=home)
    page = ArticlePageFactory(parent=articles)
    spanish = page.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.keywords.add("banda ancha")
    spanish.save()

    keyword = Keyword.objects.get(name="banda ancha")
    assert keyword.locale == Locale.get_default()
