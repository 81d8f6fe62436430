"""The database engine's index table and the queue of index updates waiting for Elasticsearch."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IndexDocument(models.Model):
    """One row per published page per locale: the document of search.documents, stored for the database engine.

    On PostgreSQL each row has a narrow twin in `search_indexentry` (vectors and facet ids, see
    search.engines.postgres) that searches read; on SQLite `stems`/`title_stems` (the same normalisation done in
    Python) serve instead.
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
    labels_text = models.TextField(blank=True)
    territory = models.TextField(blank=True)
    countries_text = models.TextField(blank=True)
    organisations_text = models.TextField(blank=True)
    authors = models.TextField(blank=True)
    facets = models.JSONField(default=dict)
    launch_year = models.PositiveSmallIntegerField(null=True)
    published_year = models.PositiveSmallIntegerField(null=True)
    year = models.PositiveSmallIntegerField(null=True)
    title_sort = models.CharField(max_length=255, blank=True)
    sort_date = models.DateTimeField(null=True)
    url = models.CharField(max_length=500, blank=True)
    # SQLite only: the terms of each word (search.text), words separated by spaces, a word's terms by "|"
    stems = models.TextField(blank=True)
    title_stems = models.TextField(blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["locale", "visibility", "untranslated"], name="search_doc_scope"),
        ]

    def __str__(self):
        return f"{self.title} ({self.locale})"


class IndexEntry(models.Model):
    """PostgreSQL only: the narrow twin of a document that searches read (search.engines.postgres writes and reads it).

    Declared so that Django knows the table (a flush truncates it with its documents); its vector and facet columns
    are SQL-only and created by migration 0005, which creates no table on SQLite. The database deletes an entry
    with its document (ON DELETE CASCADE), hence DO_NOTHING here.
    """

    document = models.OneToOneField(
        IndexDocument, primary_key=True, db_column="id", on_delete=models.DO_NOTHING, related_name="+"
    )

    class Meta:
        db_table = "search_indexentry"
        required_db_vendor = "postgresql"  # SQLite has no such table: serialisation and flush skip it there

    def __str__(self):
        return str(self.document_id)


class PendingIndexUpdate(models.Model):
    """A translation group whose Elasticsearch documents could not be written; retried, never dropped.

    Retried with a growing delay while Elasticsearch is unavailable; a group whose documents Elasticsearch refuses
    is parked with the reason (its documents are removed from Elasticsearch), so it no longer blocks the others.
    """

    translation_key = models.UUIDField(unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    parked = models.BooleanField(default=False, help_text=_("Refused by Elasticsearch; see the last error."))

    class Meta:
        verbose_name = _("pending index update")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.translation_key} ({self.attempts} attempts)"


# Models of the search app's parts, declared in their own packages (Django finds an app's models in models.py).
from search.spelling.models import VocabularyWord  # noqa: E402, F401
from search.synonyms.models import SynonymGroup  # noqa: E402, F401
