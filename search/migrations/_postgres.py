"""What the search migrations run on PostgreSQL only (SQLite has no such tables, functions or extensions)."""


def run_on_postgresql(schema_editor, statements):
    if schema_editor.connection.vendor == "postgresql":
        for statement in statements:
            schema_editor.execute(statement)

