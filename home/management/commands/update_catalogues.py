"""Adds the code's new strings to locale/{fr,en,es}; English is filled from the msgids, fr and es wait for you."""

from django.core.management.base import BaseCommand, CommandError

from home import catalogues


class Command(BaseCommand):
    help = "Merge new interface strings into the committed catalogues (makemessages for fr, en and es)."

    def handle(self, *args, **options):
        if not catalogues.gettext_available():
            raise CommandError("GNU gettext is needed (apt-get install gettext).")
        catalogues.update_committed_catalogues()
        self.stdout.write("Catalogues updated; translate the empty fr and es entries, then run check_catalogues.")
