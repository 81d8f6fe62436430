from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AttachmentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search.attachments"
    label = "search_attachments"
    verbose_name = _("text of attached documents")

    def ready(self):
        # Imported in ready(): these modules use models, which load after the app configs.
        from search.attachments import signal_handlers

        signal_handlers.connect()
