from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpellingConfig(AppConfig):
    """ "Did you mean …?" from the index's own vocabulary (search.spelling)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "search.spelling"
    label = "search_spelling"
    verbose_name = _("Search spelling help")
