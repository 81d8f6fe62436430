"""The text of an attached PDF, page by page, extracted by the background worker (search.attachments.extraction)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Extraction(models.TextChoices):
    PENDING = "pending", _("Waiting for the worker")
    EXTRACTED = "extracted", _("Text extracted")
    FAILED = "failed", _("Failed, to be retried")
    UNREADABLE = "unreadable", _("No text can be read from it")


class AttachmentText(models.Model):
    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+", verbose_name=_("document")
    )
    file_hash = models.CharField(_("file fingerprint"), max_length=40, blank=True)  # the file the text is of
    pages = models.JSONField(_("text of each page"), default=list)
    truncated = models.BooleanField(_("cut at the size limit"), default=False)
    status = models.CharField(_("status"), max_length=16, choices=Extraction.choices, default=Extraction.PENDING)
    attempts = models.PositiveSmallIntegerField(_("failed attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    error = models.TextField(_("last error"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("text of an attached document")
        verbose_name_plural = _("texts of attached documents")

    def __str__(self):
        return f"{self.document_id}: {self.status}"
