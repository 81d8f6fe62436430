"""`manage.py load_synonyms FILE`: synonyms from a file, created or updated in place (a rerun changes nothing)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from search.synonyms.loading import DEMO_SYNONYMS, SynonymFileError, load_groups


class Command(BaseCommand):
    help = "Load search synonyms: one group a line, “language: term, term, …”. Without a file, the demo's."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(DEMO_SYNONYMS))

    def handle(self, *args, path, **options):
        try:
            with transaction.atomic():
                result = load_groups(Path(path).read_text(encoding="utf-8"))
        except (OSError, SynonymFileError) as error:
            raise CommandError(f"No synonym was loaded: {error}") from error
        self.stdout.write(
            f"Synonyms: {result.created} created, {result.updated} updated, {result.unchanged} unchanged."
        )
