from django.apps import AppConfig


class ContributionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "initiatives.contributions"
    label = "contributions"

    def ready(self):
        from initiatives.contributions import personal_data, signal_handlers

        signal_handlers.connect()
        personal_data.register_kinds()
