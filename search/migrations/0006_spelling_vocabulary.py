"""PostgreSQL: pg_trgm, the vocabulary table under a trigram index, and the triggers that keep it.

`CREATE EXTENSION pg_trgm` needs a superuser, or the extension installed beforehand by one (docs/operators.md).
The triggers are statement-level with transition tables: one bulk insert of 500 documents costs one upsert of their
distinct words, not one per document. Only translated documents count (an untranslated French original in the
English index does not give French words to English visitors). On SQLite nothing is created.
"""

from django.db import migrations, models

from search.migrations._postgres import postgresql_only

# The text columns of search_indexdocument (search.schema.TEXT_FIELDS when this was written).
TEXT = "concat_ws(' ', d.title, d.summary, d.keywords_text, d.themes_text, d.territory, d.organisations_text, d.authors, d.body)"
# A document's distinct words: the 'simple' parser splits and lowercases; numbers, compound forms and words shorter
# than three letters are no spelling help.
WORDS = f"""
CREATE FUNCTION search_spelling_words(d search_indexdocument) RETURNS SETOF text LANGUAGE sql STABLE AS $$
    SELECT lexeme FROM unnest(to_tsvector('simple', {TEXT}))
    WHERE char_length(lexeme) BETWEEN 3 AND 40 AND lexeme !~ '[0-9_./@-]'
$$
"""
COUNTS = """
    SELECT d.locale, d.visibility, t.word, count(*) AS documents
    FROM {rows} d CROSS JOIN LATERAL search_spelling_words(d) AS t(word)
    WHERE NOT d.untranslated GROUP BY d.locale, d.visibility, t.word
"""
ADD = f"""
CREATE FUNCTION search_spelling_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_spelling_word (locale, visibility, word, folded, documents)
    SELECT c.locale, c.visibility, c.word, unaccent(c.word), c.documents FROM ({COUNTS.format(rows="new_rows")}) c
    ON CONFLICT (locale, visibility, word) DO UPDATE SET documents = search_spelling_word.documents + EXCLUDED.documents;
    RETURN NULL;
END $$
"""
# The rows a statement empties are deleted, the others decremented: two disjoint sets in one statement.
REMOVE = f"""
CREATE FUNCTION search_spelling_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH gone AS ({COUNTS.format(rows="old_rows")}),
    emptied AS (
        DELETE FROM search_spelling_word s USING gone g
        WHERE s.locale = g.locale AND s.visibility = g.visibility AND s.word = g.word AND s.documents <= g.documents
    )
    UPDATE search_spelling_word s SET documents = s.documents - g.documents FROM gone g
    WHERE s.locale = g.locale AND s.visibility = g.visibility AND s.word = g.word AND s.documents > g.documents;
    RETURN NULL;
END $$
"""
FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """CREATE TABLE search_spelling_word (
        id bigserial PRIMARY KEY,
        locale varchar(8) NOT NULL,
        visibility varchar(16) NOT NULL,
        word text NOT NULL,
        folded text NOT NULL,
        documents integer NOT NULL CHECK (documents >= 0),
        UNIQUE (locale, visibility, word)
    )""",
    "CREATE INDEX search_spelling_word_trgm ON search_spelling_word USING gin (folded gin_trgm_ops)",
    WORDS,
    ADD,
    REMOVE,
    "CREATE TRIGGER search_spelling_inserted AFTER INSERT ON search_indexdocument REFERENCING NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION search_spelling_add()",
    "CREATE TRIGGER search_spelling_deleted AFTER DELETE ON search_indexdocument REFERENCING OLD TABLE AS old_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION search_spelling_remove()",
    # Trigger names order their firing: the old words go before the new ones come.
    "CREATE TRIGGER search_spelling_updated_1 AFTER UPDATE ON search_indexdocument REFERENCING OLD TABLE AS old_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION search_spelling_remove()",
    "CREATE TRIGGER search_spelling_updated_2 AFTER UPDATE ON search_indexdocument REFERENCING NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION search_spelling_add()",
    # The documents indexed before this migration.
    f"""INSERT INTO search_spelling_word (locale, visibility, word, folded, documents)
        SELECT c.locale, c.visibility, c.word, unaccent(c.word), c.documents
        FROM ({COUNTS.format(rows="search_indexdocument")}) c""",
]
BACKWARD = [
    "DROP TRIGGER search_spelling_inserted ON search_indexdocument",
    "DROP TRIGGER search_spelling_deleted ON search_indexdocument",
    "DROP TRIGGER search_spelling_updated_1 ON search_indexdocument",
    "DROP TRIGGER search_spelling_updated_2 ON search_indexdocument",
    "DROP FUNCTION search_spelling_add()",
    "DROP FUNCTION search_spelling_remove()",
    "DROP FUNCTION search_spelling_words(search_indexdocument)",
    "DROP TABLE search_spelling_word",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0005_synonym_groups")]
    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[postgresql_only(FORWARD, BACKWARD)],
            # The model only names the table for Django (flush, introspection); the SQL above defines it.
            state_operations=[
                migrations.CreateModel(
                    name="VocabularyWord",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("locale", models.CharField(max_length=8)),
                        ("visibility", models.CharField(max_length=16)),
                        ("word", models.TextField()),
                        ("folded", models.TextField()),
                        ("documents", models.PositiveIntegerField()),
                    ],
                    options={"db_table": "search_spelling_word"},
                ),
            ],
        ),
    ]
