"""A visitor's proposal or correction: the private note that goes with the draft it became."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Submission(models.Model):
    class Kind(models.TextChoices):
        PROPOSAL = "proposal", _("New initiative")
        CORRECTION = "correction", _("Correction")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.PROPOSAL)
    page = models.ForeignKey(
        "initiatives.InitiativePage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
        verbose_name=_("initiative"),
    )
    submitter_name = models.CharField(_("submitter's name"), max_length=200)
    submitter_email = models.EmailField(_("submitter's e-mail"))
    language = models.CharField(_("language"), max_length=8)
    carriers = models.TextField(_("carriers and partners, as the submitter wrote them"), blank=True)
    message = models.TextField(_("message to the editors"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("document"),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    published_notice_sent_at = models.DateTimeField(_("publication notice sent"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")

    def __str__(self):
        title = self.page.title if self.page_id else "—"
        return f"{self.get_kind_display()}: {title} ({self.submitter_name})"
