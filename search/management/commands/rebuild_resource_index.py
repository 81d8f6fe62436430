"""python manage.py rebuild_resource_index [--locale fr] [--retry-pending]"""

import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from search import indexing
from search.documents import site_languages


class Command(BaseCommand):
    help = "Rebuild the resource index (database engine, and Elasticsearch when ELASTICSEARCH_URL is set)."

    def add_arguments(self, parser):
        parser.add_argument("--locale", action="append", help="only this locale (repeatable): fr, en, es")
        parser.add_argument(
            "--retry-pending", action="store_true", help="only send the updates queued while Elasticsearch was down"
        )

    def handle(self, *args, locale=None, retry_pending=False, **options):
        if retry_pending:
            sent = indexing.retry_pending()
            self.stdout.write(f"{sent} queued update(s) sent to Elasticsearch.")
            return
        unknown = set(locale or []) - set(site_languages())
        if unknown:
            raise CommandError(f"Unknown locale(s): {', '.join(sorted(unknown))}; use {', '.join(site_languages())}.")
        bar = tqdm(unit=" documents", disable=not sys.stdout.isatty(), file=sys.stdout)

        def progress(count):
            bar.update(count - bar.n)

        written = indexing.rebuild(locale or None, progress=progress)
        bar.close()
        for engine, count in written.items():
            self.stdout.write(self.style.SUCCESS(f"{engine}: {count} documents indexed."))
