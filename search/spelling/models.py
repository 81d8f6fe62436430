"""PostgreSQL only: the vocabulary of the database engine's documents, per locale and visibility, kept by triggers."""

from django.db import models


class VocabularyWord(models.Model):
    """A word of the indexed documents with the number of documents of this locale and visibility that hold it.

    Written only by the triggers of migration 0001 on search_indexdocument (every insert, update and delete, in the
    same transaction), so it never lags the index; declared so that Django knows the table (a flush truncates it
    with the documents). SQLite has no such table: search.spelling.database reads the documents there.
    """

    locale = models.CharField(max_length=8)
    visibility = models.CharField(max_length=16)
    word = models.TextField()  # lowercase, as written
    folded = models.TextField()  # without accents: what a trigram search compares
    documents = models.PositiveIntegerField()

    class Meta:
        app_label = "search"  # a part of the search app (its migrations live there)
        db_table = "search_spelling_word"
        required_db_vendor = "postgresql"

    def __str__(self):
        return f"{self.word} ({self.locale}, {self.visibility})"
