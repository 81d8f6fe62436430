"""`manage.py load_demo`: the demo resource centre, in one transaction, idempotent (a rerun changes nothing)."""

import random
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from library.demo.builder import CREATED, UNCHANGED, UPDATED, Tally
from library.demo.loader import DemoLoader
from library.demo.localize import MissingDemoTranslation
from library.demo.localized import translate_demo
from library.demo.validate import DemoDataError
from library.importing.errors import ImportFileError

SEED = 20100201  # nothing is random today; fixed so that anything added later stays deterministic


class Command(BaseCommand):
    help = (
        "Load the demo content through the importers (library/demo/data/: the note's collection file, the "
        "bibliography, the articles, the translations) and the site's scaffolding (home, indexes, organisations, "
        "events, a partner-only page). Safe to run again."
    )

    def handle(self, *args, **options):
        random.seed(SEED)
        started = time.perf_counter()
        tally = Tally()
        try:
            with transaction.atomic():
                loader = DemoLoader(tally).run()
                translate_demo(tally, loader)
                call_command("load_synonyms", stdout=self.stdout)  # the demo groups, its default file
        except (DemoDataError, MissingDemoTranslation, ImportFileError) as error:
            raise CommandError(f"Nothing was loaded: {error}") from error
        elapsed = time.perf_counter() - started
        for line in tally.lines():
            self.stdout.write(line)
        if options["verbosity"] >= 2:
            for (kind, key), names in sorted(tally.changed_fields.items()):
                self.stdout.write(f"  updated {kind} {key}: {', '.join(names)}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content: {tally.count(CREATED)} created, {tally.count(UPDATED)} updated, "
                f"{tally.count(UNCHANGED)} unchanged in {elapsed:.1f}s."
            )
        )
