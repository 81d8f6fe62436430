"""Fails when a string of the code is missing, untranslated or fuzzy in locale/{fr,en,es} (see home.catalogues)."""

from django.core.management.base import BaseCommand, CommandError

from home import catalogues


class Command(BaseCommand):
    help = "Regenerate the catalogues in a temporary folder and compare them with the committed ones."

    def handle(self, *args, **options):
        if not catalogues.gettext_available():
            raise CommandError("GNU gettext is needed (apt-get install gettext).")
        problems = catalogues.catalogue_problems()
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(
                f"{len(problems)} catalogue problem(s); run `manage.py update_catalogues` and translate."
            )
        self.stdout.write("Catalogues complete for " + ", ".join(catalogues.LANGUAGES) + ".")
