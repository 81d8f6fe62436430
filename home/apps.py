from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"

    def ready(self):
        # Imported in ready(): these modules use models, which load after the app configs.
        from home import signal_handlers
        from home.permissions import ensure_groups_and_workflow
        from home.workarounds import localize_strings, localize_sync

        localize_sync.install()
        localize_strings.install()

        signal_handlers.connect()
        post_migrate.connect(ensure_groups_and_workflow, sender=self, dispatch_uid="home.groups")
