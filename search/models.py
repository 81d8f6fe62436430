"""The database engine's index table and the queue of index updates waiting for Elasticsearch."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class IndexDocument(models.Model):
    """One row per published page per locale: the document of search.documents, stored for the database engine.

    `search_vector` is filled on PostgreSQL (a text-search configuration per language, see the migrations); on
    SQLite it stays empty and `stems`/`title_stems` (the same normalisation done in Python) serve instead.
    """

    doc_id = models.CharField(max_length=64, unique=True)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    translation_key = models.UUIDField(db_index=True)
    locale = models.CharField(max_length=8)
    untranslated = models.BooleanField(default=False)
    visibility = models.CharField(max_length=16)
    title = models.CharField(max_length=255)
    title_folded = models.CharField(max_length=255, db_index=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    keywords_text = models.TextField(blank=True)
    themes_text = models.TextField(blank=True)
    territory = models.TextField(blank=True)
    organisations_text = models.TextField(blank=True)
    authors = models.TextField(blank=True)
    facets = models.JSONField(default=dict)
    launch_year = models.PositiveSmallIntegerField(null=True)
    published_year = models.PositiveSmallIntegerField(null=True)
    year = models.PositiveSmallIntegerField(null=True)
    sort_date = models.DateTimeField(null=True)
    url = models.CharField(max_length=500, blank=True)
    stems = models.TextField(blank=True)
    title_stems = models.TextField(blank=True)
    search_vector = SearchVectorField(null=True)

    class Meta:
        indexes = [
            models.Index(fields=["locale", "visibility", "untranslated"], name="search_doc_scope"),
        ]

    def __str__(self):
        return f"{self.title} ({self.locale})"


class PendingIndexUpdate(models.Model):
    """A translation group whose Elasticsearch documents could not be written; retried, never dropped."""

    translation_key = models.UUIDField(unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("pending index update")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.translation_key} ({self.attempts} attempts)"
