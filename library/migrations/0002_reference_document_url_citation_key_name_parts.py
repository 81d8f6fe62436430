from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("library", "0001_initial")]

    operations = [
        # "url" hid Page.url (the page's own address): the document's address gets its own name.
        migrations.RenameField("referencepage", "url", "document_url"),
        migrations.AddField(
            model_name="referencepage",
            name="citation_key",
            field=models.CharField(
                blank=True,
                db_index=True,
                help_text="The key of BibTeX and of reference managers (eveno2010); kept as imported, made once otherwise.",
                max_length=100,
                verbose_name="citation key",
            ),
        ),
        migrations.AddField(
            model_name="referencecontributor",
            name="non_dropping_particle",
            field=models.CharField(
                blank=True,
                help_text="Kept with the family name when sorting: “de” Beauvoir.",
                max_length=32,
                verbose_name="particle",
            ),
        ),
        migrations.AddField(
            model_name="referencecontributor",
            name="dropping_particle",
            field=models.CharField(
                blank=True,
                help_text="Ignored when sorting: “von” Humboldt.",
                max_length=32,
                verbose_name="particle sorted apart",
            ),
        ),
        migrations.AddField(
            model_name="referencecontributor",
            name="suffix",
            field=models.CharField(blank=True, help_text="Jr., III…", max_length=32, verbose_name="suffix"),
        ),
    ]
