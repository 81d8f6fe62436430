"""Keyword tagging that stays in the source language.

Pages link to French keywords only: their English and Spanish translations are Keyword rows sharing
the translation_key, looked up for display by home.localization. django-taggit knows nothing of locales: typing
"haut débit" in a page editor would match by name across every locale (and could link the English row), or
create a keyword without a locale. Two pieces keep it right:

- `SourceLocaleTaggableManager`, the `keywords` field of every page type: tag names typed in the editor are
  looked up and created in the default (source) locale only, whatever the page's locale (through
  home.workarounds.source_locale_tags).
- `source_locale_keyword_autocomplete`, mounted in config.urls in front of Wagtail's own tag autocomplete for
  home.Keyword, suggests French keywords only.
"""

from django.http import HttpResponseForbidden, JsonResponse
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.models import Locale

from home.models.keywords import Keyword
from home.workarounds.source_locale_tags import SourceLocaleClusterTaggableManager

AUTOCOMPLETE_LIMIT = 10


class SourceLocaleTaggableManager(ClusterTaggableManager):
    """modelcluster's ClusterTaggableManager, with tag names resolved in the source locale."""

    def __get__(self, instance, model):
        return SourceLocaleClusterTaggableManager(
            through=self.through, model=model, instance=instance, prefetch_cache_name=self.name
        )

    def deconstruct(self):
        # Same columns and relations as ClusterTaggableManager: keep migrations unaware of the subclass.
        name, _path, args, kwargs = super().deconstruct()
        return name, "modelcluster.contrib.taggit.ClusterTaggableManager", args, kwargs


def source_locale_keyword_autocomplete(request):
    """Wagtail's tag autocomplete restricted to source-locale keywords (what the editor links)."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        return HttpResponseForbidden()

    term = request.GET.get("term", "").strip()
    if not term:
        return JsonResponse([], safe=False)
    names = (
        Keyword.objects.filter(locale=Locale.get_default(), name__istartswith=term)
        .order_by("name")
        .values_list("name", flat=True)[:AUTOCOMPLETE_LIMIT]
    )
    return JsonResponse(list(names), safe=False)
