"""Uploads from visitors: the type is read from the file's content (not its name) and the size is capped."""

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

IMAGE_TYPES = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp"}
DOCUMENT_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


def _check(upload, allowed, kind_label):
    limit = settings.CONTRIBUTION_UPLOAD_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s."),
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.mime not in allowed:
        raise ValidationError(
            _("This file is not %(kind)s (accepted: %(extensions)s)."),
            params={"kind": kind_label, "extensions": ", ".join(sorted(allowed.values()))},
            code="bad_type",
        )
    return allowed[kind.mime]


def check_image(upload):
    """The upload's real extension, after checking it is a JPEG, PNG or WebP image within the size limit."""
    return _check(upload, IMAGE_TYPES, _("an image"))


def check_document(upload):
    """The upload's real extension, after checking it is a PDF, ODT or DOCX document within the size limit."""
    return _check(upload, DOCUMENT_TYPES, _("a document"))
