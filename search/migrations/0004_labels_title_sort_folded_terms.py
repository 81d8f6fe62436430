"""The taxonomy labels and country names of a document, its title's sort key, and both terms of each word.

- `labels_text`, `countries_text`: indexed text in the document's language;
- `title_sort`: the sort key of home.sorting (leading punctuation, accents and case ignored), on the documents and
  on PostgreSQL's narrow entries. Until the next `manage.py rebuild_resource_index` it holds the folded title;
- the vectors are now built from tsvector literals of search.text's terms, so the text-search configurations of
  migration 0002 (rc_french, rc_english, rc_spanish) are unused: dropped.

Existing vectors keep working (they hold the first term of each word); a rebuild adds the second one, the labels
and the sort keys.
"""

from django.db import migrations, models

from search.migrations._postgres import run_on_postgresql

CONFIGS = {"rc_french": "french", "rc_english": "english", "rc_spanish": "spanish"}

FORWARD = [
    "ALTER TABLE search_indexentry ADD COLUMN title_sort varchar(255) NOT NULL DEFAULT ''",
    "UPDATE search_indexentry SET title_sort = title_folded",
    *(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}" for name in CONFIGS),
]
BACKWARD = ["ALTER TABLE search_indexentry DROP COLUMN title_sort"]
for name, language in CONFIGS.items():
    BACKWARD += [
        f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{language})",
        f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word "
        f"WITH unaccent, {language}_stem",
    ]


def forward(apps, schema_editor):
    schema_editor.execute("UPDATE search_indexdocument SET title_sort = title_folded")
    run_on_postgresql(schema_editor, FORWARD)


def backward(apps, schema_editor):
    run_on_postgresql(schema_editor, BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_pending_update_backoff_and_parking")]
    operations = [
        migrations.AddField(
            model_name="indexdocument",
            name="labels_text",
            field=models.TextField(blank=True, default=""),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="indexdocument",
            name="countries_text",
            field=models.TextField(blank=True, default=""),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="indexdocument",
            name="title_sort",
            field=models.CharField(blank=True, default="", max_length=255),
            preserve_default=False,
        ),
        migrations.RunPython(forward, backward),
    ]
