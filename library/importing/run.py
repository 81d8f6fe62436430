"""The import functions the commands, the demo, the tests and the benchmark call: one transaction per file.

Documents: read (reader) -> parse (collection or article) -> write (documents.Writer).
References: read (reader) -> parse (library.bibliography.detect) -> write (references.ReferenceWriter).
A file's records are written in full or not at all; a dry run writes them inside a transaction that is rolled back,
so the counts it reports are exactly those a real import would give.
"""

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from home.versions import content_changed
from library.bibliography import BibliographyError
from library.bibliography.detect import parse as parse_bibliography
from library.importing.article import parse_article
from library.importing.collection import looks_like_a_cut_collection, looks_like_collection, parse_collection
from library.importing.directory import looks_like_directory, parse_directory
from library.importing.documents import Writer
from library.importing.errors import ImportFileError, MissingTargetError
from library.importing.pagebreaks import strip_page_residue
from library.importing.reader import read_text
from library.importing.references import write_items
from library.importing.workarounds.search_index import deferred_indexing

SUFFIXES = {".txt", ".md", ".markdown", ".text", ".csv"}


class _DryRunRollback(Exception):
    pass


@contextmanager
def one_transaction(dry_run=False):
    """Everything written in the block, or nothing: an error, or a dry run, rolls it back."""
    try:
        with transaction.atomic():
            yield
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        pass


@dataclass
class FileResult:
    path: str
    records: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    error: ImportFileError | None = None
    notice: str = ""  # why a dry run could not count what it would write


def expand_paths(paths):
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
        else:
            files.append(path)
    return files


def parse_file(path, encoding=None, default_country="FR"):
    if looks_like_directory(path):
        return parse_directory(path, read_text(path, encoding))
    text = strip_page_residue(read_text(path, encoding))
    if looks_like_collection(text):
        return parse_collection(path, text, default_country)
    if looks_like_a_cut_collection(text):
        raise ImportFileError(
            path,
            _(
                "the file has the Markdown headings of a collection note but no initiative "
                "record (“Initiative 1 : Title”): it looks truncated. Import the whole note."
            ),
        )
    return parse_article(path, text)


def target_root(locale, parent_id=None):
    """The page under which the section indexes are: --parent, or the default site's home in that locale."""
    if parent_id:
        try:
            return Page.objects.get(pk=parent_id).specific
        except Page.DoesNotExist:
            raise ImportFileError("--parent", _("there is no page with id %(id)s.") % {"id": parent_id}) from None
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    root = site.root_page
    return root.get_translation_or_none(locale) or root if root.locale_id != locale.pk else root


def get_locale(code):
    if isinstance(code, Locale):
        return code
    try:
        return Locale.objects.get(language_code=code)
    except Locale.DoesNotExist:
        raise ImportFileError("--locale", _("no locale “%(code)s” in this site.") % {"code": code}) from None


@dataclass
class DocumentImport:
    """The options of one run of import_documents, and the import of one file with them."""

    locale: Locale
    root: Page | None
    publish: bool = False
    dry_run: bool = False
    encoding: str | None = None
    default_country: str = "FR"
    user: object = None
    progress_factory: object = None

    def run(self, path):
        result = FileResult(str(path))
        try:
            result.records = parse_file(path, self.encoding, self.default_country)
            if self.root is None:
                raise MissingTargetError(path, _("this site has no default site and no --parent was given."))
            result.counts = self.write(path, result.records)
        except MissingTargetError as error:
            if self.dry_run and result.records:
                result.notice = str(error)
            else:
                result.error = error
        except ImportFileError as error:
            result.error = error
        return result

    def write(self, path, records):
        progress = self.progress_factory(len(records), path) if self.progress_factory else None
        try:
            with one_transaction(self.dry_run), deferred_indexing() as touch:
                writer = Writer(self.locale, self.root, publish=self.publish, user=self.user, touch=touch,
                                progress=progress.update if progress else None)  # fmt: skip
                counts = writer.write(records)
        finally:
            if progress:
                progress.close()
        if not self.dry_run:
            content_changed()  # terms created in bulk send no post_save
        return counts


def import_files(paths, *, locale="fr", parent_id=None, **options):
    """Imports each document in its own transaction; returns one FileResult per file (with its error, if any).

    `options`: publish, dry_run, encoding, default_country, user, progress_factory (see DocumentImport).
    """
    locale = get_locale(locale)
    run = DocumentImport(locale, target_root(locale, parent_id), **options)
    return [run.run(path) for path in expand_paths(paths)]


def import_reference_file(path, *, locale, root, publish=False, dry_run=False, encoding=None, user=None):
    """One bibliography file: {"file", "format", "items", "counts", "warnings"} or {"file", "error"}."""
    entry = {"file": str(path)}
    try:
        text = read_text(path, encoding)
        entry["format"], entry["items"] = parse_bibliography(text, Path(path).name)
        with one_transaction(dry_run), deferred_indexing():
            entry["counts"], entry["warnings"] = write_items(entry["items"], locale=locale, root=root,
                                                             publish=publish, user=user, path=path)  # fmt: skip
    except ImportFileError as error:
        entry["error"] = str(error)
    except BibliographyError as error:
        entry["error"] = str(ImportFileError(path, error.problem, error.line))
    return entry


def import_reference_files(paths, *, locale="fr", parent_id=None, **options):
    """Imports each bibliography file in its own transaction; `options` as import_reference_file's."""
    locale = get_locale(locale)
    root = target_root(locale, parent_id)
    return [import_reference_file(path, locale=locale, root=root, **options) for path in paths]
