"""The seven themes of the synthesis note, each a landing page."""

from functools import lru_cache

from django.contrib.staticfiles import finders
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage, SectionIndexPage
from home.page_sections import THEME_PAGE, sections_from_apps
from initiatives.models.images import LeadImageMixin


class ThemeIndexPage(SectionIndexPage):
    subpage_types = ["initiatives.ThemePage"]
    template = "initiatives/theme_index_page.html"

    def get_page_context(self, request):
        # initiatives.listings queries the models of this app: imported once the models are loaded.
        from initiatives.listings import theme_index_listing

        return theme_index_listing(self, request)

    class Meta:
        verbose_name = _("theme index")


class ThemePage(LeadImageMixin, BasePage):
    code = models.SlugField(
        _("code"),
        max_length=80,
        help_text=_("Stable identifier of the theme in search filters; identical in every language."),
    )
    number = models.PositiveSmallIntegerField(
        _("number"), default=0, help_text=_("Position of the theme in the synthesis note (1 to 7).")
    )
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = BasePage.content_panels + [
        FieldPanel("code"),
        FieldPanel("number"),
        FieldPanel("summary"),
        FieldPanel("introduction"),
        *LeadImageMixin.lead_image_panels,
    ]
    translatable_fields = (
        BasePage.translatable_fields
        + LeadImageMixin.lead_image_translatable_fields
        + [
            TranslatableField("introduction"),
            SynchronizedField("code", overridable=False),
            SynchronizedField("number", overridable=False),
        ]
    )

    parent_page_types = ["initiatives.ThemeIndexPage"]
    subpage_types = []
    template = "initiatives/theme_page.html"

    def get_page_context(self, request):
        # initiatives.listings queries the models of this app: imported once the models are loaded.
        from initiatives.listings import theme_listing

        return {**theme_listing(self, request), **sections_from_apps(THEME_PAGE, self, request)}

    @property
    def illustration(self):
        """The static path of the project's illustration for this theme; a theme created since (a code without its
        drawing) gets the default one, never a missing static file (a 500 under the production manifest)."""
        return theme_illustration(self.code)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


@lru_cache(maxsize=64)
def theme_illustration(code):
    path = f"illustrations/themes/{code}.svg"
    return path if code and finders.find(path) else "illustrations/themes/default.svg"
