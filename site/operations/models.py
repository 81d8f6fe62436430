from django.db import models
from django.utils import timezone


class Heartbeat(models.Model):
    """The last time a long-running process (the background worker) said it was alive; /readyz reads it."""

    name = models.CharField(max_length=32, unique=True)
    beat_at = models.DateTimeField()

    def __str__(self):
        return f"{self.name} at {self.beat_at:%Y-%m-%d %H:%M:%S}"

    @classmethod
    def beat(cls, name="worker"):
        cls.objects.update_or_create(name=name, defaults={"beat_at": timezone.now()})
