"""The precision of the collection date. Dates stored before it are mostly the legacy records' "février 2010"
kept as the 1st of the month: those on a 1st become month-precise (re-importing the records sets the exact one)."""

from django.db import migrations, models


def first_of_month_is_a_month(apps, schema_editor):
    InitiativePage = apps.get_model("initiatives", "InitiativePage")
    InitiativePage.objects.filter(collected_on__day=1).update(collected_precision="month")


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0002_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="initiativepage",
            name="collected_precision",
            field=models.CharField(
                choices=[("day", "Day"), ("month", "Month"), ("year", "Year"), ("unknown", "Unknown")],
                default="day",
                help_text="The records often give a month only (“février 2010”): pick its first day and “Month”.",
                max_length=8,
                verbose_name="collection date precision",
            ),
        ),
        migrations.RunPython(first_of_month_is_a_month, migrations.RunPython.noop),
    ]
