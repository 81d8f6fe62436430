from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the site for years: health checks, backups, logs and personal data."""

    name = "operations"
    verbose_name = "Operations"
    default_auto_field = "django.db.models.BigAutoField"
