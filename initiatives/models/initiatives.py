"""Initiatives: the records of the synthesis note, and their index."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.api_fields import LocalizedLabelField, LocalizedLabelsField
from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from home.dates import DatePeriod, DatePrecision, fuzzy_date_display, fuzzy_date_phrase, iso_to_precision
from home.keyword_tagging import SourceLocaleTaggableManager
from home.models import BasePage, Keyword, SectionIndexPage
from home.page_sections import INITIATIVE_PAGE, sections_from_apps
from home.panels import InlinePanel, edit_tabs
from initiatives.models.images import LeadImageMixin
from initiatives.models.places import PlaceFields


class InitiativeIndexPage(SectionIndexPage):
    subpage_types = ["initiatives.InitiativePage"]
    template = "initiatives/initiative_index_page.html"

    def get_page_context(self, request):
        # initiatives.listings queries the models of this app: imported once the models are loaded.
        from initiatives.listings import initiative_index_listing

        return initiative_index_listing(self, request)

    class Meta:
        verbose_name = _("initiative index")


class OrganisationRole(models.TextChoices):
    CARRIER = "carrier", _("Project carrier")
    PARTNER = "partner", _("Partner")
    FUNDER = "funder", _("Financial partner")


class InitiativeKeyword(ItemBase):
    tag = models.ForeignKey(Keyword, on_delete=models.CASCADE, related_name="tagged_initiatives")
    content_object = ParentalKey("initiatives.InitiativePage", on_delete=models.CASCADE, related_name="keyword_items")


class InitiativeOrganisation(Orderable):
    """An organisation's part in an initiative; a twinning links several, often in different countries."""

    initiative = ParentalKey("initiatives.InitiativePage", on_delete=models.CASCADE, related_name="organisation_links")
    organisation = models.ForeignKey(
        "initiatives.OrganisationPage",
        on_delete=models.CASCADE,
        related_name="initiative_links",
        verbose_name=_("organisation"),
    )
    role = models.CharField(
        _("role"), max_length=16, choices=OrganisationRole.choices, default=OrganisationRole.CARRIER
    )

    panels = [FieldPanel("organisation"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")


CONTACT_FIELDS = ("contact_name", "contact_email", "contact_phone", "contact_address")


class InitiativeLinkKind(models.TextChoices):
    """A typed link between two initiatives; each kind has a label for its other end (see `inverse_label`)."""

    TWINNED = "twinned", _("Twinned with")
    INSPIRED_BY = "inspired_by", _("Inspired by")
    CONTINUES = "continues", _("Continues")
    PART_OF = "part_of", _("Part of")

    @classmethod
    def inverse_label(cls, kind):
        return {
            cls.TWINNED: _("Twinned with"),
            cls.INSPIRED_BY: _("Inspired"),
            cls.CONTINUES: _("Continued by"),
            cls.PART_OF: _("Includes"),
        }[kind]


class InitiativeLink(Orderable):
    """A typed link from one initiative to another, shown on both pages."""

    initiative = ParentalKey("initiatives.InitiativePage", on_delete=models.CASCADE, related_name="initiative_links")
    target = models.ForeignKey(
        "initiatives.InitiativePage",
        on_delete=models.CASCADE,
        related_name="incoming_initiative_links",
        verbose_name=_("initiative"),
    )
    kind = models.CharField(_("kind of link"), max_length=16, choices=InitiativeLinkKind.choices)

    panels = [FieldPanel("kind"), FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("linked initiative")
        verbose_name_plural = _("linked initiatives")


class InitiativePage(PlaceFields, LeadImageMixin, BasePage):
    context = RichTextField(_("context"), blank=True, features=RICH_TEXT_FEATURES)
    description = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))
    website = models.URLField(_("website"), blank=True, max_length=500)
    initiative_types = ParentalManyToManyField(
        "initiatives.InitiativeType", blank=True, related_name="+", verbose_name=_("initiative types")
    )
    territory = models.CharField(
        _("territory"),
        max_length=255,
        blank=True,
        help_text=_("Where the project acts, as written in the record, e.g. “Commune d'Athis-Mons”."),
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)
    region = models.CharField(_("region"), max_length=120, blank=True)
    launch_date = models.DateField(
        _("launch date"),
        null=True,
        blank=True,
        help_text=_("For a year or a month only, pick the first day; the precision says what is known."),
    )
    launch_precision = models.CharField(
        _("launch date precision"), max_length=8, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    launch_period = models.CharField(
        _("part of the year"), max_length=8, choices=DatePeriod.choices, default=DatePeriod.NONE, blank=True
    )
    status = models.ForeignKey(
        "initiatives.InitiativeStatus",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("status"),
    )
    collected_on = models.DateField(_("information collected on"), null=True, blank=True)
    collected_precision = models.CharField(
        _("collection date precision"),
        max_length=8,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("The records often give a month only (“février 2010”): pick its first day and “Month”."),
    )
    audiences = ParentalManyToManyField(
        "initiatives.Audience", blank=True, related_name="+", verbose_name=_("target audiences")
    )
    keywords = SourceLocaleTaggableManager(through=InitiativeKeyword, blank=True, verbose_name=_("keywords"))
    themes = ParentalManyToManyField(
        "initiatives.ThemePage", blank=True, related_name="initiatives", verbose_name=_("themes")
    )
    related_references = ParentalManyToManyField(
        "library.ReferencePage", blank=True, related_name="related_initiatives", verbose_name=_("related references")
    )
    # The contact: each detail is shown publicly only with its own consent flag; otherwise the site relays messages.
    contact_name = models.CharField(
        _("contact person or role"),
        max_length=200,
        blank=True,
        help_text=_("A name, or a role such as “Project lead”."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_address = models.TextField(_("carrying organisation's address"), blank=True)
    show_contact_name = models.BooleanField(_("the contact agrees to show the name"), default=False)
    show_contact_email = models.BooleanField(_("the contact agrees to show the e-mail"), default=False)
    show_contact_phone = models.BooleanField(_("the contact agrees to show the phone"), default=False)
    show_contact_address = models.BooleanField(_("the contact agrees to show the address"), default=False)

    content_panels = BasePage.content_panels + [
        FieldPanel("summary", heading=_("Presentation")),
        FieldPanel("context"),
        FieldPanel("description"),
        FieldPanel("website"),
        *LeadImageMixin.lead_image_panels,
    ]
    facts_panels = [
        MultiFieldPanel(
            [FieldPanel("territory"), FieldRowPanel([FieldPanel("countries"), FieldPanel("region")])],
            heading=_("Territory"),
        ),
        PlaceFields.place_panel,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("launch_date"), FieldPanel("launch_precision"), FieldPanel("launch_period")]),
                FieldRowPanel([FieldPanel("status"), FieldPanel("collected_on"), FieldPanel("collected_precision")]),
            ],
            heading=_("Dates and progress"),
        ),
        InlinePanel(
            "organisation_links",
            heading=_("Organisations"),
            label=_("Organisation"),
            add_label=_("Add an organisation"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("show_contact_name")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("show_contact_email")]),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("show_contact_phone")]),
                FieldRowPanel([FieldPanel("contact_address"), FieldPanel("show_contact_address")]),
            ],
            heading=_("Contact"),
            help_text=_("Without consent a detail stays private: visitors write through the site's relay form."),
        ),
    ]
    classification_panels = [
        FieldPanel("themes"),
        FieldPanel("initiative_types"),
        FieldPanel("audiences"),
        FieldPanel("keywords"),
        FieldPanel("related_references"),
        InlinePanel("initiative_links", heading=_("Linked initiatives"), label=_("Link"), add_label=_("Add a link")),
    ]
    edit_handler = edit_tabs(
        (content_panels, _("Content")), (facts_panels, _("Facts")), (classification_panels, _("Classification"))
    )
    translatable_fields = (
        BasePage.translatable_fields
        + LeadImageMixin.lead_image_translatable_fields
        + [
            TranslatableField("context"),
            TranslatableField("description"),
            TranslatableField("territory"),
            SynchronizedField("website"),
            SynchronizedField("initiative_types", overridable=False),
            SynchronizedField("countries", overridable=False),
            SynchronizedField("region"),
            SynchronizedField("launch_date", overridable=False),
            SynchronizedField("launch_precision", overridable=False),
            SynchronizedField("launch_period"),
            SynchronizedField("status", overridable=False),
            SynchronizedField("collected_on"),
            SynchronizedField("collected_precision", overridable=False),
            SynchronizedField("audiences", overridable=False),
            SynchronizedField("keyword_items", overridable=False),
            SynchronizedField("themes", overridable=False),
            SynchronizedField("related_references"),
            SynchronizedField("organisation_links", overridable=False),
            SynchronizedField("initiative_links", overridable=False),
            *PlaceFields.place_translatable_fields,
            *(SynchronizedField(name, overridable=False) for name in CONTACT_FIELDS),
            *(SynchronizedField(f"show_{name}", overridable=False) for name in CONTACT_FIELDS),
        ]
    )

    # Taxonomy in the page's own language (the relations point at the French terms).
    api_fields = [
        APIField("summary"),
        APIField("territory"),
        APIField("themes", serializer=LocalizedLabelsField()),
        APIField("initiative_types", serializer=LocalizedLabelsField()),
        APIField("audiences", serializer=LocalizedLabelsField()),
        APIField("keywords", serializer=LocalizedLabelsField()),
        APIField("status", serializer=LocalizedLabelField()),
    ]

    parent_page_types = ["initiatives.InitiativeIndexPage"]
    subpage_types = []
    template = "initiatives/initiative_page.html"

    def get_page_context(self, request):
        # initiatives.listings queries the models of this app: imported once the models are loaded.
        from initiatives.listings import initiative_details

        return {**initiative_details(self, request), **sections_from_apps(INITIATIVE_PAGE, self, request)}

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")

    def clean(self):
        super().clean()
        if any(link.target_id == self.pk for link in self.initiative_links.all() if self.pk):
            raise ValidationError(_("An initiative cannot be linked to itself."))
        if self.launch_precision != DatePrecision.UNKNOWN and not self.launch_date:
            raise ValidationError({"launch_date": _("Give the launch date, or set its precision to “Unknown”.")})
        if self.launch_period and self.launch_precision != DatePrecision.YEAR:
            raise ValidationError({"launch_period": _("A part of the year only applies to a date known to the year.")})
        if self.collected_on and self.collected_on > datetime.date.today():
            raise ValidationError({"collected_on": _("The collection date cannot be in the future.")})

    def public_contact(self):
        """The contact details their owner agreed to show, as {field name: value}."""
        return {
            name: getattr(self, name)
            for name in CONTACT_FIELDS
            if getattr(self, name) and getattr(self, f"show_{name}")
        }

    @property
    def can_relay_contact(self):
        """An e-mail address the site can relay to without showing it."""
        return bool(self.contact_email) and not self.show_contact_email

    @property
    def launch_year(self):
        return self.launch_date.year if self.launch_date and self.launch_precision != DatePrecision.UNKNOWN else None

    def launch_date_display(self):
        """The launch date as precisely as it is known: “2009”, “early 2010”, “February 2010”, “Unknown”."""
        if not self.launch_date or self.launch_precision == DatePrecision.UNKNOWN:
            return _("Unknown")
        return fuzzy_date_display(self.launch_date, self.launch_precision, self.launch_period)

    def collected_on_display(self):
        """When the information was collected, as precisely as the record says: “February 2010”."""
        if not self.collected_on or self.collected_precision == DatePrecision.UNKNOWN:
            return ""
        return fuzzy_date_display(self.collected_on, self.collected_precision)

    def collected_on_phrase(self):
        """The same with its preposition: “on 3 February 2010”, “in February 2010”."""
        if not self.collected_on or self.collected_precision == DatePrecision.UNKNOWN:
            return ""
        return fuzzy_date_phrase(self.collected_on, self.collected_precision)

    def collected_on_iso(self):
        """The collection date for <time datetime>, no more precise than known: “2010-02”, “2010”."""
        if not self.collected_on:
            return ""
        return iso_to_precision(self.collected_on, self.collected_precision)
