from django.apps import AppConfig


class OpenDataConfig(AppConfig):
    """Seeing the whole: open data exports, JSON-LD, the map of initiatives, statistics and related content."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "search.opendata"
    label = "opendata"
