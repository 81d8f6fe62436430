import json

from django.core.management.base import BaseCommand

from operations.fingerprint import site_fingerprint


class Command(BaseCommand):
    help = "Print, as JSON, the counts, the rendered text of every public page and a few searches' hits (compare two)."

    def handle(self, *args, **options):
        self.stdout.write(json.dumps(site_fingerprint(), indent=1, ensure_ascii=False, sort_keys=True))
