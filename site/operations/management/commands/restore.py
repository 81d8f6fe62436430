from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError, restore_archive


class Command(BaseCommand):
    help = "Restore an archive written by `backup` into an empty database, then check the manifest's counts."

    def add_arguments(self, parser):
        parser.add_argument("archive")

    def handle(self, *args, archive, **options):
        try:
            manifest, restored = restore_archive(archive)
        except (BackupError, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        call_command("migrate", "--noinput", verbosity=0)  # an archive from an older release catches up
        if settings.ELASTICSEARCH_URL:  # the database engine's index is in the dump; Elasticsearch is rebuilt
            call_command("rebuild_resource_index")
        self.stdout.write(f"Restored {archive} ({manifest['created_at']}): {len(restored)} counts match the manifest.")
