"""PostgreSQL: the narrow entry rows searches read (search.engines.postgres), filled from the documents already
indexed; the vectors and facet ids leave the wide document rows. On SQLite only the unused search_vector goes."""

import json

import django.db.models.deletion
from django.db import migrations, models

from search.migrations._postgres import execute_on_postgresql

CREATE = [
    """CREATE TABLE search_indexentry (
        id bigint PRIMARY KEY REFERENCES search_indexdocument (id) ON DELETE CASCADE,
        locale varchar(8) NOT NULL,
        visibility varchar(16) NOT NULL,
        untranslated boolean NOT NULL,
        launch_year smallint,
        published_year smallint,
        year smallint,
        sort_date timestamptz,
        title_folded varchar(255) NOT NULL,
        facet_ids integer[] NOT NULL,
        facet_bounds smallint[] NOT NULL,
        rank_vector tsvector NOT NULL,
        search_vector tsvector NOT NULL
    )""",
    # The full-text vector is read only to check a phrase or an exclusion: out of line, it keeps the rows small;
    # the ranking vector is read for every ranked row: in line.
    "ALTER TABLE search_indexentry ALTER COLUMN search_vector SET STORAGE EXTERNAL",
    "ALTER TABLE search_indexentry ALTER COLUMN rank_vector SET STORAGE MAIN",
]
INDEXES = [
    # One index for words and facet values together: "these words and this theme" is a single index scan.
    "CREATE INDEX search_entry_match_gin ON search_indexentry USING gin (search_vector, facet_ids)",
    "CREATE INDEX search_entry_scope ON search_indexentry (locale, visibility, untranslated)",
    "DROP INDEX IF EXISTS search_doc_vector_gin",
    "DROP INDEX IF EXISTS search_doc_facet_ids_gin",
    "ALTER TABLE search_indexdocument DROP COLUMN rank_vector",
    "ALTER TABLE search_indexdocument DROP COLUMN facet_ids",
]
BACKWARD = [
    "DROP TABLE search_indexentry",
    "ALTER TABLE search_indexdocument ADD COLUMN rank_vector tsvector",
    "ALTER TABLE search_indexdocument ADD COLUMN facet_ids integer[] NOT NULL DEFAULT '{}'",
    "CREATE INDEX search_doc_facet_ids_gin ON search_indexdocument USING gin (facet_ids)",
    "CREATE INDEX search_doc_vector_gin ON search_indexdocument USING gin (search_vector)",
]
CHUNK = 2000


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from search.engines.postgres import write_entries  # derived rows, built by the engine's own statements

    execute_on_postgresql(schema_editor, CREATE)
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT id, facets FROM search_indexdocument ORDER BY id")
        documents = cursor.fetchall()
        for start in range(0, len(documents), CHUNK):
            chunk = documents[start : start + CHUNK]
            write_entries(cursor, {pk: json.loads(facets) if isinstance(facets, str) else facets for pk, facets in chunk})
    execute_on_postgresql(schema_editor, INDEXES)


def backward(apps, schema_editor):
    """The columns come back empty: run rebuild_resource_index after migrating back."""
    execute_on_postgresql(schema_editor, BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_postgres_integer_facet_ids")]
    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(forward, backward)],
            # The model only names the table for Django (flush, introspection); the SQL above defines it.
            state_operations=[
                migrations.CreateModel(
                    name="IndexEntry",
                    fields=[
                        (
                            "document",
                            models.OneToOneField(
                                db_column="id",
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                primary_key=True,
                                related_name="+",
                                serialize=False,
                                to="search.indexdocument",
                            ),
                        ),
                    ],
                    options={"db_table": "search_indexentry"},
                ),
            ],
        ),
        migrations.RemoveField(model_name="indexdocument", name="search_vector"),
    ]
