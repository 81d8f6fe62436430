from django.apps import AppConfig


class PartnersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home.partners"
    label = "partners"

    def ready(self):
        # Imported in ready(): these modules use models, which load after the app configs.
        from home.partners import personal_data, signal_handlers

        signal_handlers.connect()
        personal_data.register_kinds()
