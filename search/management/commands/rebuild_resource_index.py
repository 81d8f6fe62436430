"""python manage.py rebuild_resource_index [--locale fr] [--retry-pending [--include-parked]]"""

import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from search import indexing
from search.documents import site_languages
from search.models import PendingIndexUpdate


class Command(BaseCommand):
    help = "Rebuild the resource index (database engine, and Elasticsearch when ELASTICSEARCH_URL is set)."

    def add_arguments(self, parser):
        parser.add_argument("--locale", action="append", help="only this locale (repeatable): fr, en, es")
        parser.add_argument(
            "--retry-pending", action="store_true", help="only send the updates queued while Elasticsearch was down"
        )
        parser.add_argument(
            "--include-parked", action="store_true", help="with --retry-pending: retry the refused groups too"
        )

    def handle(self, *args, locale=None, retry_pending=False, include_parked=False, **options):
        if retry_pending:
            if include_parked:
                indexing.unpark()
            result = indexing.retry_pending(limit=None)
            self.stdout.write(
                f"{result.sent} queued update(s) sent to Elasticsearch, {result.waiting} still waiting, "
                f"{result.parked} refused and parked."
            )
            for pending in PendingIndexUpdate.objects.filter(parked=True):
                self.stdout.write(f"parked {pending.translation_key}: {pending.last_error}")
            return
        unknown = set(locale or []) - set(site_languages())
        if unknown:
            raise CommandError(f"Unknown locale(s): {', '.join(sorted(unknown))}; use {', '.join(site_languages())}.")
        bar = tqdm(unit=" documents", disable=not sys.stdout.isatty(), file=sys.stdout)

        def progress(count):
            bar.update(count - bar.n)

        try:
            written = indexing.rebuild(locale or None, progress=progress)
        except indexing.RebuildInProgress as error:
            raise CommandError(str(error)) from None
        bar.close()
        for engine, count in written.items():
            self.stdout.write(self.style.SUCCESS(f"{engine}: {count} documents indexed."))
