"""The abstract taxonomy term: a label editors pick from, translated once, identified by a stable slug."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class TaxonomyTerm(TranslatableMixin, models.Model):
    """Pages link to the French term; the label shown is the term's translation in the visitor's locale."""

    name = models.CharField(_("label"), max_length=120)
    slug = models.SlugField(
        _("code"),
        max_length=120,
        help_text=_("Stable identifier used in search filters and addresses; identical in every language."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="%(app_label)s_%(class)s_unique_slug"),
        ]

    def __str__(self):
        return self.name
