from django.db import models


class ContentVersion(models.Model):
    """A counter bumped whenever what visitors see changes (see home.versions): caches key on it."""

    name = models.CharField(max_length=32, primary_key=True)
    value = models.BigIntegerField(default=1)

    def __str__(self):
        return f"{self.name}={self.value}"
