"""Synonym groups, per language (search.synonyms)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0004_labels_title_sort_folded_terms'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='SynonymGroup',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('terms', models.TextField(help_text='One word or expression a line (or separated by commas), e.g. “personnes âgées”, “seniors”, “aînés”. A search for any of them finds the pages that contain any of them.', verbose_name='equivalent terms')),
                ('updated_at', models.DateTimeField(auto_now=True)),
                ('locale', models.ForeignKey(help_text='Searches in this language use the group.', on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.locale', verbose_name='language')),
            ],
            options={
                'verbose_name': 'synonym group',
                'verbose_name_plural': 'synonyms',
                'ordering': ['locale__language_code', 'terms'],
            },
        ),
    ]
