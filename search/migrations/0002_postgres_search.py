"""PostgreSQL: what the database engine reads (search.engines.postgres), created in its final shape. On SQLite the
same work is done in Python and only the unused search_vector column goes.

- `unaccent` and one text-search configuration per language (accents folded before stemming);
- `search_facet_token`: each "facet:value" token's integer id;
- `search_indexentry`: one narrow row per document (scope, sort keys, ranking vector in line, full-text vector out
  of line, facet ids) under one GIN index over words and facet ids together, so "these words and this theme" is a
  single index scan.

It replaces the four migrations of the designs tried before the first release (GIN on the wide document rows, text
facet tokens, integer ids on the wide rows); a database that applied them counts this one as applied.
"""

import django.db.models.deletion
from django.db import migrations, models

from search.migrations._postgres import postgresql_only

CONFIGS = {"rc_french": "french", "rc_english": "english", "rc_spanish": "spanish"}

FORWARD = ["CREATE EXTENSION IF NOT EXISTS unaccent"]
for name, language in CONFIGS.items():
    FORWARD += [
        f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}",
        f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{language})",
        f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word "
        f"WITH unaccent, {language}_stem",
    ]
FORWARD += [
    "CREATE TABLE search_facet_token (id serial PRIMARY KEY, token text NOT NULL UNIQUE)",
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
    # Read only to check a phrase or an exclusion: out of line keeps the rows small. The ranking vector is read for
    # every ranked row: in line.
    "ALTER TABLE search_indexentry ALTER COLUMN search_vector SET STORAGE EXTERNAL",
    "ALTER TABLE search_indexentry ALTER COLUMN rank_vector SET STORAGE MAIN",
    "CREATE INDEX search_entry_match_gin ON search_indexentry USING gin (search_vector, facet_ids)",
    "CREATE INDEX search_entry_scope ON search_indexentry (locale, visibility, untranslated)",
]
BACKWARD = ["DROP TABLE search_indexentry", "DROP TABLE search_facet_token"] + [
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}" for name in CONFIGS
]


class Migration(migrations.Migration):
    replaces = [
        ("search", "0002_postgres_full_text"),
        ("search", "0003_postgres_facet_tokens"),
        ("search", "0004_postgres_integer_facet_ids"),
        ("search", "0005_postgres_narrow_entries"),
    ]
    dependencies = [("search", "0001_index_tables")]
    operations = [
        migrations.RemoveField(model_name="indexdocument", name="search_vector"),
        migrations.SeparateDatabaseAndState(
            database_operations=[postgresql_only(FORWARD, BACKWARD)],
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
    ]
