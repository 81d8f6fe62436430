"""PostgreSQL: three indexes on the narrow entries so that a broad search reads a bounded number of rows
(search.engines.postgres, measured in bench/search.py at 100,000 documents):

- `search_entry_rank_gin`, the words of the ranking vector (title, summary, keywords, themes, labels): the page of
  a relevance search first ranks the documents holding the words there, the only ones that can rank above the
  rest (the others all rank 0 or 1e-20), instead of every match;
- `search_entry_sample`, a slice number per row (id % 64): facet counts of a very broad search read the rows of a
  few slices, found in the index, instead of visiting every matching row to keep one in k;
- `search_entry_newest` and `search_entry_title`, the "newest" and "title" orders: a broad search walks them and
  stops at the page's last row.
"""

from django.db import migrations

from search.migrations._postgres import postgresql_only

FORWARD = [
    "CREATE INDEX IF NOT EXISTS search_entry_rank_gin ON search_indexentry USING gin (rank_vector)",
    # "%%": the statement goes through the driver's parameter formatting
    "CREATE INDEX IF NOT EXISTS search_entry_sample ON search_indexentry ((id %% 64))",
    "CREATE INDEX IF NOT EXISTS search_entry_newest ON search_indexentry "
    "(locale, year DESC NULLS LAST, sort_date DESC NULLS LAST, id)",
    'CREATE INDEX IF NOT EXISTS search_entry_title ON search_indexentry (locale, (title_sort COLLATE "C"), id)',
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_rank_gin",
    "DROP INDEX IF EXISTS search_entry_sample",
    "DROP INDEX IF EXISTS search_entry_newest",
    "DROP INDEX IF EXISTS search_entry_title",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0006_spelling_vocabulary")]
    operations = [postgresql_only(FORWARD, BACKWARD)]
