"""The abstract base page every content page inherits: the translation policy and visibility live here once."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.fields import SynchronizedField, TranslatableField

PARTNERS_GROUP = "Partenaires"

# wagtail-localize reads one list, `translatable_fields`, holding both kinds: TranslatableField (prose, sent to
# translators) and SynchronizedField (copied from the French source on every sync). Every page type extends
# BASE_PAGE_FIELDS explicitly, so nothing is left to wagtail-localize's auto-detection (GUIDE §6).
WAGTAIL_PAGE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]


class BasePage(Page):
    """Every page of the resource centre: a summary for cards and search, and a stable import key."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("Two or three sentences shown on cards, in search results and in link previews."),
    )
    source_key = models.CharField(
        _("source key"),
        max_length=255,
        blank=True,
        db_index=True,
        editable=False,
        help_text=_("Stable identifier of the imported record this page comes from; re-imports update it."),
    )

    translatable_fields = WAGTAIL_PAGE_FIELDS + [TranslatableField("summary"), SynchronizedField("source_key")]

    class Meta:
        abstract = True

    @property
    def is_partner_only(self):
        """True when a view restriction (on this page or an ancestor) hides it from anonymous visitors."""
        return PageViewRestriction.objects.filter(page__in=self.get_ancestors(inclusive=True)).exists()

    def get_context(self, request, *args, **kwargs):
        from home.listings import prime_request_locale

        prime_request_locale(request, self)
        return super().get_context(request, *args, **kwargs)

    def get_meta_description(self):
        return self.search_description or self.summary
