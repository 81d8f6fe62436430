"""The abstract base page every content page inherits: the translation policy and visibility live here once."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.forms import SourceLocaleTermsPageForm

PARTNERS_GROUP = "Partenaires"

# wagtail-localize reads one list, `translatable_fields`, holding both kinds: TranslatableField (prose, sent to
# translators) and SynchronizedField (copied from the French source on every sync). Every page type extends
# BASE_PAGE_FIELDS explicitly, so nothing is left to wagtail-localize's auto-detection.
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
    base_form_class = SourceLocaleTermsPageForm

    class Meta:
        abstract = True

    @property
    def is_partner_only(self):
        """True when a view restriction (on this page or an ancestor) hides it from anonymous visitors."""
        return PageViewRestriction.objects.filter(page__in=self.get_ancestors(inclusive=True)).exists()

    def get_page_context(self, request):
        """What the page shows of its relations (listings, related pages, labels), overridden by each page type.

        Only plain values (cards, links, labels): the result is cached per page, language and query string until
        the content version changes (home.listings.cached_page_context); previews build it afresh.
        """
        return {}

    def get_context(self, request, *args, **kwargs):
        # home.listings and home.page_cache read pages of this package: imported once the models are loaded.
        from home.listings import cached_page_context, prime_request_locale

        prime_request_locale(request, self)
        context = super().get_context(request, *args, **kwargs)
        if type(self).get_page_context is not BasePage.get_page_context:
            name = self._meta.label_lower
            context.update(cached_page_context(self, request, name, lambda: self.get_page_context(request)))
        return context

    def serve(self, request, *args, **kwargs):
        from home.page_cache import cached_response  # see get_context

        return cached_response(request, lambda: super(BasePage, self).serve(request, *args, **kwargs))

    def get_meta_description(self):
        return self.search_description or self.summary


class SectionIndexPage(BasePage):
    """A section of the site under the home page (themes, initiatives, actors, library, articles): one per locale."""

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("introduction")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("introduction")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
