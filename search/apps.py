from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"

    def ready(self):
        # Imported in ready(): these modules use models, which load after the app configs.
        from search import checks, signal_handlers  # noqa: F401  (checks registers the system check)
        from search.synonyms import signal_handlers as synonym_signal_handlers

        signal_handlers.connect()
        synonym_signal_handlers.connect()
