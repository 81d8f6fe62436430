from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError, write_archive


class Command(BaseCommand):
    help = "Write a dated archive of the database, the media files and a manifest of counts."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(settings.BACKUP_DIR), help="Folder for the archive.")
        parser.add_argument("--keep", type=int, default=0, help="Keep only the newest N archives in the folder.")

    def handle(self, *args, output, keep, **options):
        try:
            archive, manifest = write_archive(output)
        except BackupError as error:
            raise CommandError(str(error)) from error
        pages = sum(n for key, n in manifest["counts"].items() if key.startswith("pages."))
        self.stdout.write(f"{archive}: {pages} pages, {manifest['media_files']} media files.")
        if keep > 0:
            archives = sorted(archive.parent.glob("resource-centre-*.tar.gz"), reverse=True)
            for old in archives[keep:]:
                old.unlink()
                self.stdout.write(f"Removed {old.name} (keeping the newest {keep}).")
