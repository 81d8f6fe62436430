"""python manage.py import_references FILE [FILE…] [--dry-run] [--json] [--locale fr] [--parent PAGE_ID]"""

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from library.importing.errors import ImportFileError
from library.importing.run import import_reference_files


class Command(BaseCommand):
    help = (
        "Import BibTeX, RIS or CSL-JSON files (format detected from the content) as bibliography references. "
        "Each file is one transaction; duplicates (DOI, ISBN, title + year + first author) are merged."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FILE")
        parser.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
        parser.add_argument("--json", action="store_true", help="print JSON (the CSL items with --dry-run)")
        parser.add_argument("--locale", default="fr")
        parser.add_argument("--parent", type=int, metavar="PAGE_ID", help="page holding the library index")
        state = parser.add_mutually_exclusive_group()
        state.add_argument("--publish", dest="publish", action="store_true", help="publish the references")
        state.add_argument("--draft", dest="publish", action="store_false", help="save drafts (default)")
        parser.add_argument("--encoding", help="accept files in this encoding instead of UTF-8")

    def handle(self, *args, **options):
        try:
            report = import_reference_files(options["paths"], locale=options["locale"], parent_id=options["parent"],
                                            publish=options["publish"], dry_run=options["dry_run"],
                                            encoding=options["encoding"])  # fmt: skip
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        self.report_problems(report)
        if options["json"]:
            self.stdout.write(self.as_json(report, options["dry_run"]))
        elif options["verbosity"]:
            self.report_counts(report, options["dry_run"])
        failures = sum("error" in entry for entry in report)
        if failures:
            raise CommandError(f"{failures} of {len(report)} files were not imported.")

    def report_problems(self, report):
        for entry in report:
            if "error" in entry:
                message = _("%(error)s — nothing was written from this file.") % {"error": entry["error"]}
                self.stderr.write(self.style.ERROR(message))
            for warning in entry.get("warnings", []):
                self.stderr.write(f"{entry['file']}: {warning}")

    @staticmethod
    def as_json(report, dry_run):
        if dry_run:  # the CSL items read
            return json.dumps([item for entry in report for item in entry.get("items", [])], ensure_ascii=False,
                              indent=2)  # fmt: skip
        summary = [{key: value for key, value in entry.items() if key != "items"} for entry in report]
        return json.dumps(summary, ensure_ascii=False, indent=2)

    def report_counts(self, report, dry_run):
        verb = "would be" if dry_run else "were"
        for entry in report:
            if "counts" in entry:
                self.stdout.write(f"{entry['file']} ({entry['format']}): {len(entry['items'])} entries {verb} "
                                  f"imported: {json.dumps(entry['counts'])}")  # fmt: skip
