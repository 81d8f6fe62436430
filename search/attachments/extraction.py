"""Extracting the text of attached PDFs with pypdf, bounded in size, and re-indexing the pages that attach them.

Runs in the background worker (search.attachments.tasks), never in the publishing request. A file the storage
cannot read now (a network volume, an object store) is retried later with a growing delay; a file pypdf cannot
parse, or past the size limit, is marked unreadable and not retried until its file changes.
"""

import datetime
import hashlib
import io
import logging

from django.utils import timezone
from pypdf import PdfReader
from wagtail.documents import get_document_model

from library.models import ReferencePage, ThematicNotePage
from search.attachments.models import AttachmentText, Extraction

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_PAGES = 300
MAX_CHARS = 200_000  # over all pages: what is kept and indexed of a long report
RETRY_DELAYS = (60, 600, 3600)  # seconds before the 2nd, 3rd and 4th attempt; then it waits for a new file
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1


class Unreadable(Exception):
    pass


def is_pdf(document):
    return document.file_extension.lower() == "pdf"


def pages_attaching(document_id):
    """The pages (notes and references, every locale) whose attached document this is."""
    return [
        page for model in (ThematicNotePage, ReferencePage) for page in model.objects.filter(document_id=document_id)
    ]


def is_current(document):
    """Whether the text of this document's file is already extracted (or known to be unreadable)."""
    done = (Extraction.EXTRACTED, Extraction.UNREADABLE)
    rows = AttachmentText.objects.filter(document_id=document.pk, file_hash=document.file_hash, status__in=done)
    return bool(document.file_hash) and rows.exists()


def extract_pages(data):
    """([text of each page], truncated) of a PDF's bytes; raises Unreadable when pypdf cannot read it."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable("encrypted with a password")
        pages, total, truncated = [], 0, len(reader.pages) > MAX_PAGES
        for page in reader.pages[:MAX_PAGES]:
            text = " ".join((page.extract_text() or "").split())
            if total + len(text) > MAX_CHARS:
                pages.append(text[: MAX_CHARS - total])
                return pages, True
            pages.append(text)
            total += len(text)
        return pages, truncated
    except Unreadable:
        raise
    except Exception as error:  # pypdf raises many kinds on damaged files; none is worth a retry
        raise Unreadable(f"{type(error).__name__}: {error}") from error


def extract(document_id, now=None):
    """Extract one document's text and re-index the pages attaching it; returns the resulting status."""
    # search.indexing builds documents that read this module's extracted text.
    from search.indexing import schedule_update

    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None or not is_pdf(document):
        return None
    row, _created = AttachmentText.objects.get_or_create(document=document)
    if is_current(document):
        return row.status
    try:
        data = _read(document)
    except OSError as error:
        row.attempts += 1
        row.status, row.error = Extraction.FAILED, f"{type(error).__name__}: {error}"[:2000]
        delay = RETRY_DELAYS[row.attempts - 1] if row.attempts < MAX_ATTEMPTS else None
        row.next_attempt_at = (now or timezone.now()) + datetime.timedelta(seconds=delay) if delay else None
        row.save()
        logger.warning("Could not read document %s (attempt %s): %s", document_id, row.attempts, error)
        return row.status
    try:
        if len(data) > MAX_FILE_BYTES:
            raise Unreadable(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        row.pages, row.truncated = extract_pages(data)
        row.status, row.error = Extraction.EXTRACTED, ""
    except Unreadable as error:
        row.pages, row.truncated, row.status, row.error = [], False, Extraction.UNREADABLE, str(error)[:2000]
    # Wagtail's own fingerprint of the file (a SHA-1 of its bytes): is_current compares with it
    row.file_hash, row.attempts, row.next_attempt_at = hashlib.sha1(data).hexdigest(), 0, None
    row.save()
    schedule_update({page.translation_key for page in pages_attaching(document_id)})
    return row.status


def _read(document):
    """The file's bytes, one more than the size limit at most (OSError when the storage fails)."""
    with document.file.open("rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def due_retries(now=None):
    """The ids of the documents whose failed extraction is due again."""
    now = now or timezone.now()
    rows = AttachmentText.objects.filter(status=Extraction.FAILED, next_attempt_at__lte=now)
    return list(rows.values_list("document_id", flat=True))


def text_for_index(page):
    """The extracted text of the page's attached document, for its index document ("" when there is none)."""
    document_id = getattr(page, "document_id", None)
    if not document_id:
        return ""
    pages = (
        AttachmentText.objects.filter(document_id=document_id, status=Extraction.EXTRACTED)
        .values_list("pages", flat=True)
        .first()
    )
    return " ".join(pages or ())
