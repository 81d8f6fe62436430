"""Admin registration of the initiative vocabularies: one "Taxonomies" menu with a snippet per vocabulary."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import Keyword
from initiatives.models import Audience, InitiativeStatus, InitiativeType, OrganisationKind


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class InitiativeTypeViewSet(TaxonomyViewSet):
    model = InitiativeType
    icon = "tag"


class AudienceViewSet(TaxonomyViewSet):
    model = Audience
    icon = "group"


class InitiativeStatusViewSet(TaxonomyViewSet):
    model = InitiativeStatus
    icon = "success"


class OrganisationKindViewSet(TaxonomyViewSet):
    model = OrganisationKind
    icon = "site"


class KeywordViewSet(SnippetViewSet):
    model = Keyword
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 250
    items = (InitiativeTypeViewSet, AudienceViewSet, InitiativeStatusViewSet, OrganisationKindViewSet, KeywordViewSet)


register_snippet(TaxonomyGroup)
