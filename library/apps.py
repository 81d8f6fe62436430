from django.apps import AppConfig


class LibraryConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "library"

    def ready(self):
        # Imported in ready(): these modules use models, which load after the app configs.
        from library import signal_handlers

        signal_handlers.register()
