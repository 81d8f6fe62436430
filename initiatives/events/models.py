"""Meetings: an event page type (local times in a named time zone, or all-day) and the agenda that lists them."""

import datetime
import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.models import BasePage, SectionIndexPage
from home.panels import edit_tabs


def time_zone_choices():
    # Offered in the form only: a model `choices` would bake this machine's tz database into a migration.
    return [(name, name) for name in sorted(zoneinfo.available_timezones()) if "/" in name]


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("Unknown time zone “%(value)s”."), params={"value": value})


class EventIndexPage(SectionIndexPage):
    """The agenda: upcoming and past events, filtered by theme and place."""

    subpage_types = ["events.EventPage"]
    template = "events/event_index_page.html"

    class Meta:
        verbose_name = _("agenda")

    def get_context(self, request, *args, **kwargs):
        # The listing queries this module's models: imported once they are defined.
        from initiatives.events.listings import agenda_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(agenda_listing(request))
        return context


class EventPage(BasePage):
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Leave empty for an all-day event.")
    )
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Empty: the same day."))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        validators=[validate_time_zone],
        default="Europe/Paris",
        help_text=_("The times above are local times of this zone (America/Toronto for Québec or Montréal)."),
    )
    place = models.CharField(_("place"), max_length=255, blank=True, help_text=_("Venue and address."))
    town = models.CharField(
        _("town"), max_length=120, blank=True, help_text=_("Used by the agenda's place filter; same in every language.")
    )
    online_url = models.URLField(_("online link"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))
    organisers = ParentalManyToManyField(
        "initiatives.OrganisationPage", blank=True, related_name="organised_events", verbose_name=_("organisers")
    )
    themes = ParentalManyToManyField(
        "initiatives.ThemePage", blank=True, related_name="events", verbose_name=_("themes")
    )
    related_initiatives = ParentalManyToManyField(
        "initiatives.InitiativePage", blank=True, related_name="events", verbose_name=_("related initiatives")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone", widget=forms.Select(choices=time_zone_choices)),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("place"), FieldPanel("town"), FieldPanel("online_url"), FieldPanel("registration_url")],
            heading=_("Where"),
        ),
        FieldPanel("body"),
    ]
    classification_panels = [FieldPanel("organisers"), FieldPanel("themes"), FieldPanel("related_initiatives")]
    edit_handler = edit_tabs((content_panels, _("Content")), (classification_panels, _("Classification")))
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("place"),
        TranslatableField("body"),
        SynchronizedField("start_date", overridable=False),
        SynchronizedField("start_time", overridable=False),
        SynchronizedField("end_date", overridable=False),
        SynchronizedField("end_time", overridable=False),
        SynchronizedField("time_zone", overridable=False),
        SynchronizedField("town", overridable=False),
        SynchronizedField("online_url"),
        SynchronizedField("registration_url"),
        SynchronizedField("organisers", overridable=False),
        SynchronizedField("themes", overridable=False),
        SynchronizedField("related_initiatives", overridable=False),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    template = "events/event_page.html"

    def get_page_context(self, request):
        # initiatives.events.listings queries the models of this app: imported once the models are loaded.
        from initiatives.events.listings import event_details

        return event_details(self, request)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The event cannot end before it starts.")})
        if self.end_time and not self.start_time:
            raise ValidationError({"start_time": _("Give a start time when you give an end time.")})
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"end_time": _("The event cannot end before it starts.")})

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def last_date(self):
        return self.end_date or self.start_date

    @property
    def starts_at(self):
        """The aware start (None for an all-day event)."""
        if self.all_day or not self.start_date:
            return None
        return datetime.datetime.combine(self.start_date, self.start_time, tzinfo=self.zone)

    @property
    def ends_at(self):
        if self.all_day or not self.start_date:
            return None
        end_time = self.end_time or self.start_time
        return datetime.datetime.combine(self.last_date, end_time, tzinfo=self.zone)

    @property
    def is_past(self):
        return self.last_date < timezone.localdate()

    def when_display(self):
        """The dates (and local times with their zone) in the active language."""
        start = date_format(self.start_date, "DATE_FORMAT")
        if self.all_day:
            if self.last_date == self.start_date:
                return start
            return _("%(start)s to %(end)s") % {"start": start, "end": date_format(self.last_date, "DATE_FORMAT")}
        first = f"{start}, {time_format(self.start_time, 'TIME_FORMAT')}"
        last_time = time_format(self.end_time or self.start_time, "TIME_FORMAT")
        if self.last_date == self.start_date:
            last = last_time
        else:
            last = f"{date_format(self.last_date, 'DATE_FORMAT')}, {last_time}"
        return _("%(start)s to %(end)s (%(zone)s time)") % {"start": first, "end": last, "zone": self.time_zone}
