from django.apps import AppConfig


class EventsConfig(AppConfig):
    """Meetings and the agenda (app label `events`)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "initiatives.events"
    label = "events"
    verbose_name = "Events"
