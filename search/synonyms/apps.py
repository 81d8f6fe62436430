from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SynonymsConfig(AppConfig):
    """Synonyms that editors manage per language, expanded into every search (search.synonyms.expansion)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "search.synonyms"
    label = "search_synonyms"
    verbose_name = _("Search synonyms")

    def ready(self):
        from search.synonyms import signal_handlers

        signal_handlers.connect()
