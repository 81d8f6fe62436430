"""When an attached document's text must be (re)extracted: a PDF saved, or a note or reference published with a
document whose text is not extracted yet. The worker does it after the commit; the request only enqueues."""

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.documents import get_document_model
from wagtail.signals import page_published

from search.attachments.extraction import is_current, is_pdf
from search.attachments.tasks import extract_attachment_text


def _enqueue(document):
    if is_pdf(document) and not is_current(document):
        transaction.on_commit(lambda: extract_attachment_text.enqueue(document.pk))


def _document_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _enqueue(instance)


def _page_published(sender, instance, **kwargs):
    document = getattr(instance, "document", None)
    if document is not None and hasattr(document, "file_extension"):
        _enqueue(document)


def connect():
    post_save.connect(_document_saved, sender=get_document_model(), dispatch_uid="attachments.document_saved")
    page_published.connect(_page_published, dispatch_uid="attachments.page_published")
