"""One function for the command, the tests and the benchmark: parse files, then write each in its own transaction."""

from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from home.localization import invalidate_labels
from initiatives.importing.article import parse_article
from initiatives.importing.collection import looks_like_collection, parse_collection
from initiatives.importing.errors import ImportFileError, MissingTargetError
from initiatives.importing.publishing import deferred_indexing
from initiatives.importing.reader import read_text
from initiatives.importing.writer import Writer

SUFFIXES = {".txt", ".md", ".markdown", ".text"}


class _DryRunRollback(Exception):
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
    text = read_text(path, encoding)
    if looks_like_collection(text):
        return parse_collection(path, text, default_country)
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
    try:
        return Locale.objects.get(language_code=code)
    except Locale.DoesNotExist:
        raise ImportFileError("--locale", _("no locale “%(code)s” in this site.") % {"code": code}) from None


def import_files(paths, *, locale="fr", parent_id=None, publish=False, dry_run=False, encoding=None,
                 default_country="FR", user=None, progress_factory=None):  # fmt: skip
    """Imports each file in its own transaction; returns one FileResult per file (with its error, if any).

    With dry_run the records are still written, inside a transaction that is rolled back, so the counts reported
    are exactly those a real import would give.
    """
    locale = get_locale(locale) if isinstance(locale, str) else locale
    root = target_root(locale, parent_id)
    results = []
    for path in expand_paths(paths):
        result = FileResult(str(path))
        results.append(result)
        try:
            result.records = parse_file(path, encoding, default_country)
            if root is None:
                raise MissingTargetError(path, _("this site has no default site and no --parent was given."))
            progress = progress_factory(len(result.records), path) if progress_factory else None
            try:
                with transaction.atomic(), deferred_indexing() as touch:
                    writer = Writer(locale, root, publish=publish, user=user, touch=touch,
                                    progress=progress.update if progress else None)  # fmt: skip
                    result.counts = writer.write(result.records)
                    if dry_run:
                        raise _DryRunRollback
            except _DryRunRollback:
                pass
            else:
                invalidate_labels()  # terms created in bulk send no post_save
            finally:
                if progress:
                    progress.close()
        except MissingTargetError as error:
            if dry_run and result.records:
                result.notice = str(error)
            else:
                result.error = error
        except ImportFileError as error:
            result.error = error
    return results
