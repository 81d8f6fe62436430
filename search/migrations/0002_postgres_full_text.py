"""PostgreSQL only: unaccent, one text-search configuration per language (accent folding before stemming),
GIN indexes on the search vector and the facet values. Nothing to do on SQLite."""

from django.db import migrations

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
    "CREATE INDEX search_doc_vector_gin ON search_indexdocument USING gin (search_vector)",
    "CREATE INDEX search_doc_facets_gin ON search_indexdocument USING gin (facets jsonb_path_ops)",
]
BACKWARD = ["DROP INDEX IF EXISTS search_doc_facets_gin", "DROP INDEX IF EXISTS search_doc_vector_gin"] + [
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}" for name in CONFIGS
]


class Migration(migrations.Migration):
    dependencies = [("search", "0001_index_tables")]
    operations = [postgresql_only(FORWARD, BACKWARD)]
