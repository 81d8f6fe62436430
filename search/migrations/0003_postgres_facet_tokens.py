"""PostgreSQL only: the facet values as one `text[]` of "facet:value" tokens (GIN-indexed), filled with the search
vector, and `rank_vector` (title and summary only, small enough to stay in the row) for ranking. Filtering uses `&&` on it and facet counting one `unnest` per search, much faster than walking the JSON.
The column is not a Django field (SQLite has no arrays); only search.engines.database reads it."""

from django.db import migrations

from search.migrations._postgres import postgresql_only


FORWARD = [
    "ALTER TABLE search_indexdocument ADD COLUMN facet_tokens text[] NOT NULL DEFAULT '{}'",
    "ALTER TABLE search_indexdocument ADD COLUMN rank_vector tsvector",
    "CREATE INDEX search_doc_facet_tokens_gin ON search_indexdocument USING gin (facet_tokens)",
    "DROP INDEX IF EXISTS search_doc_facets_gin",
]
BACKWARD = [
    "ALTER TABLE search_indexdocument DROP COLUMN facet_tokens",
    "ALTER TABLE search_indexdocument DROP COLUMN rank_vector",
    "CREATE INDEX search_doc_facets_gin ON search_indexdocument USING gin (facets jsonb_path_ops)",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0002_postgres_full_text")]
    operations = [postgresql_only(FORWARD, BACKWARD)]
