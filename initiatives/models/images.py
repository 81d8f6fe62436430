"""A lead image with its alternative text, for themes and initiatives (cards, landing pages, social previews).

Without one, a theme shows the project's own illustration (static/illustrations/themes/<code>.svg)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField, TranslatableField


class LeadImageMixin(models.Model):
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead image"),
    )
    lead_image_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for visitors who cannot see it; leave empty if it is only decorative."),
    )

    lead_image_panels = [MultiFieldPanel([FieldPanel("lead_image"), FieldPanel("lead_image_alt")], heading=_("Image"))]
    lead_image_translatable_fields = [SynchronizedField("lead_image"), TranslatableField("lead_image_alt")]

    class Meta:
        abstract = True
