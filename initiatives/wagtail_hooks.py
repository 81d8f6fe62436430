"""The initiatives app's Wagtail hooks: the "Taxonomies" menu (a snippet per vocabulary) and the home page's
themes and latest initiatives (home.page_sections)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home import page_sections
from home.models import Keyword
from initiatives import listings
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


hooks.register(page_sections.HOME_PAGE, listings.home_sections)
