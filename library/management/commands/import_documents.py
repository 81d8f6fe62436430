"""python manage.py import_documents PATH [PATH…] [--dry-run] [--json] [--locale fr] [--parent PAGE_ID]"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from library.importing.errors import ImportFileError
from library.importing.run import import_files


class Command(BaseCommand):
    help = (
        "Import legacy documents (collection notes like 002_…, articles like 000_…) as pages: themes, initiatives, "
        "organisations, keywords, the note itself, articles. Each file is one transaction; re-imports update in place."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Markdown or text files, or folders of them")
        parser.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
        parser.add_argument("--json", action="store_true", help="print JSON (the records with --dry-run)")
        parser.add_argument("--locale", default="fr", help="language of the documents (default: fr)")
        parser.add_argument("--parent", type=int, metavar="PAGE_ID", help="page holding the section indexes")
        state = parser.add_mutually_exclusive_group()
        state.add_argument("--publish", dest="publish", action="store_true", help="publish the pages")
        state.add_argument("--draft", dest="publish", action="store_false", help="save drafts (default)")
        parser.add_argument("--encoding", help="accept files in this encoding instead of UTF-8, e.g. cp1252")
        parser.add_argument("--country", default="FR", help="country of the note's initiatives (default: FR)")

    def handle(self, *args, **options):
        quiet = options["json"] or not sys.stderr.isatty() or options["verbosity"] == 0

        def progress(total, path):
            return tqdm(total=total, desc=str(path)[-40:], unit="record", disable=quiet or total < 50, leave=False)

        try:
            results = import_files(options["paths"], locale=options["locale"], parent_id=options["parent"],
                                   publish=options["publish"], dry_run=options["dry_run"],
                                   encoding=options["encoding"], default_country=options["country"],
                                   progress_factory=progress)  # fmt: skip
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        if options["json"]:
            self.stdout.write(self.as_json(results, options["dry_run"]))
        out = self.stderr if options["json"] else self.stdout
        for result in results:
            if not result.error and (result.notice or options["verbosity"] > 0):
                out.write(self.summary(result, options["dry_run"]))
        failed = [result for result in results if result.error]
        for result in failed:
            self.report_errors(result.error)
        if failed:
            raise CommandError(f"{len(failed)} of {len(results)} files were not imported.")

    @staticmethod
    def as_json(results, dry_run):
        if dry_run:  # what was read, even from a file that would be refused (its problems are on stderr)
            return json.dumps([record.as_json() for r in results for record in r.records], ensure_ascii=False,
                              indent=2)  # fmt: skip
        summary = [{"file": r.path, "counts": r.counts, "error": str(r.error) if r.error else None} for r in results]
        return json.dumps(summary, ensure_ascii=False, indent=2)

    @staticmethod
    def summary(result, dry_run):
        if result.notice:
            return f"{result.path}: {len(result.records)} records read; not counted against the site: {result.notice}"
        counts = ", ".join(
            f"{kind}: {c['created']} created, {c['updated']} updated, {c['unchanged']} unchanged"
            for kind, c in sorted(result.counts.items())
        )
        verb = "would be" if dry_run else "were"
        return f"{result.path}: {len(result.records)} records {verb} imported ({counts or 'nothing'})"

    def report_errors(self, error):
        """Every problem of the file, one a line, then what it means for the file."""
        problems = error.errors
        for problem in problems[:-1]:
            self.stderr.write(self.style.ERROR(f"{problem.location}: {problem.problem}"))
        last = problems[-1]
        message = _("%(error)s — nothing was written from this file.") % {"error": f"{last.location}: {last.problem}"}
        self.stderr.write(self.style.ERROR(message))
