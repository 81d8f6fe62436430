"""The actors: organisations that carry, partner or fund initiatives, and their directory."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage, SectionIndexPage
from initiatives.models.places import PlaceFields


class OrganisationIndexPage(SectionIndexPage):
    subpage_types = ["initiatives.OrganisationPage"]
    template = "initiatives/organisation_index_page.html"

    def get_page_context(self, request):
        # initiatives.listings queries the models of this app: imported once the models are loaded.
        from initiatives.listings import organisation_index_listing

        return organisation_index_listing(self, request)

    class Meta:
        verbose_name = _("organisation directory")


class OrganisationPage(PlaceFields, BasePage):
    kind = models.ForeignKey(
        "initiatives.OrganisationKind",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("kind"),
    )
    country = CountryField(_("country"), blank=True)
    town = models.CharField(_("town"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    other_names = models.TextField(
        _("other names"),
        blank=True,
        help_text=_(
            "One per line: other spellings documents use for this organisation (“la ville d’Albi (Tarn, 81)”). "
            "The importers link an actor written this way to this page instead of creating another one."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("country"),
                FieldPanel("town"),
                FieldPanel("website"),
                FieldPanel("other_names"),
            ],
            heading=_("Identity"),
        ),
        PlaceFields.place_panel,
        FieldPanel("description"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("description"),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("country", overridable=False),
        SynchronizedField("town"),
        SynchronizedField("website"),
        SynchronizedField("other_names", overridable=False),  # the importers read the French spellings
        *PlaceFields.place_translatable_fields,
    ]

    parent_page_types = ["initiatives.OrganisationIndexPage"]
    subpage_types = []
    template = "initiatives/organisation_page.html"

    def other_name_list(self):
        return [name.strip() for name in self.other_names.splitlines() if name.strip()]

    def get_page_context(self, request):
        # initiatives.listings queries the models of this app: imported once the models are loaded.
        from initiatives.listings import organisation_details

        return organisation_details(self, request)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
