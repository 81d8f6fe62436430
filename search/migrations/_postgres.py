"""For the search migrations: SQL run on PostgreSQL only (the database engine does the same work in Python on
SQLite). The leading underscore keeps Django's migration loader from taking this module for a migration."""

from django.db import migrations


def execute_on_postgresql(schema_editor, statements):
    if schema_editor.connection.vendor == "postgresql":
        for statement in statements:
            schema_editor.execute(statement)


def postgresql_only(forward, backward):
    """A RunPython operation executing the `forward` statements on PostgreSQL (`backward` to reverse it)."""

    def apply(apps, schema_editor):
        execute_on_postgresql(schema_editor, forward)

    def revert(apps, schema_editor):
        execute_on_postgresql(schema_editor, backward)

    return migrations.RunPython(apply, revert)
