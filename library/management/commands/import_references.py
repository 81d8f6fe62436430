"""python manage.py import_references FILE [FILE…] [--dry-run] [--json] [--locale fr] [--parent PAGE_ID]"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from initiatives.importing.errors import ImportFileError
from initiatives.importing.reader import read_text
from initiatives.importing.run import get_locale, target_root
from library.bibliography import BibliographyError
from library.bibliography.detect import parse
from library.bibliography.importer import import_items


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
            locale = get_locale(options["locale"])
            root = target_root(locale, options["parent"])
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        report, failures = [], 0
        for path in options["paths"]:
            entry = {"file": path}
            report.append(entry)
            try:
                text = read_text(path, options["encoding"])
                entry["format"], items = parse(text, Path(path).name)
                entry["items"] = items
                result = import_items(items, locale=locale, root=root, publish=options["publish"],
                                      dry_run=options["dry_run"])  # fmt: skip
                entry.update(result)
            except ImportFileError as error:
                entry["error"] = str(error)
            except BibliographyError as error:
                entry["error"] = str(ImportFileError(path, error.problem, error.line))
            failures += "error" in entry
        for entry in report:
            if "error" in entry:
                self.stderr.write(
                    self.style.ERROR(_("%(error)s — nothing was written from this file.") % {"error": entry["error"]})
                )
                continue
            for warning in entry.get("warnings", []):
                self.stderr.write(f"{entry['file']}: {warning}")
        if options["json"]:
            if options["dry_run"]:
                self.stdout.write(json.dumps([i for e in report for i in e.get("items", [])], ensure_ascii=False,
                                             indent=2))  # fmt: skip
            else:
                self.stdout.write(json.dumps([{k: v for k, v in e.items() if k != "items"} for e in report],
                                             ensure_ascii=False, indent=2))  # fmt: skip
        elif options["verbosity"]:
            for entry in report:
                if "counts" in entry:
                    verb = "would be" if options["dry_run"] else "were"
                    self.stdout.write(f"{entry['file']} ({entry['format']}): {len(entry['items'])} entries {verb} "
                                      f"imported: {json.dumps(entry['counts'])}")  # fmt: skip
        if failures:
            raise CommandError(f"{failures} of {len(report)} files were not imported.")
