from django.apps import AppConfig


class ContributionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "initiatives.contributions"
    label = "contributions"

    def ready(self):
        # Imported in ready(): these modules use models, which load after the app configs.
        from initiatives.contributions import personal_data, signal_handlers

        signal_handlers.connect()
        personal_data.register_kinds()
