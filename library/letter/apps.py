from django.apps import AppConfig


class LetterConfig(AppConfig):
    """« Le courrier », its subscribers and the search alerts (app label `letter`)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "library.letter"
    label = "letter"
    verbose_name = "Le courrier"

    def ready(self):
        # Imported in ready(): these modules use models, which load after the app configs.
        from library.letter import personal_data

        personal_data.register_kinds()
