"""The "Synonyms" snippet in the admin's Search menu."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.synonyms.models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["__str__", "locale", "updated_at"]
    list_filter = ["locale"]
    search_fields = ["terms"]
    ordering = ["locale__language_code", "terms"]


register_snippet(SynonymGroupViewSet)
