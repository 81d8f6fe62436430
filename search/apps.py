from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"

    def ready(self):
        from search import checks, signal_handlers  # noqa: F401  (checks registers the system check)

        signal_handlers.connect()
