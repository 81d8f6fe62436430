"""The review workflow with its approval task: earlier set-up code left "Relecture éditoriale" without a task."""

from django.db import migrations

from home.permissions import ensure_review_workflow


def create_review_workflow(apps, schema_editor):
    ensure_review_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_locales"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_review_workflow, migrations.RunPython.noop)]
