"""What the search migrations run on PostgreSQL only (SQLite has no such tables, functions or extensions)."""

from django.db import migrations


def run_on_postgresql(schema_editor, statements):
    if schema_editor.connection.vendor == "postgresql":
        for statement in statements:
            schema_editor.execute(statement)


def postgresql_only(forward, backward):
    """A RunPython operation running the `forward` statements on PostgreSQL, and `backward` when unapplied."""
    return migrations.RunPython(
        lambda _apps, schema_editor: run_on_postgresql(schema_editor, forward),
        lambda _apps, schema_editor: run_on_postgresql(schema_editor, backward),
    )
