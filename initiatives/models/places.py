"""Places: the coordinates of initiatives and organisations, for the map and the GeoJSON exports."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField

from initiatives.widgets import PlacePickerWidget


class PlacePrecision(models.TextChoices):
    """How the point was found; anything but "exact" is shown as approximate."""

    EXACT = "exact", _("Picked by an editor")
    TOWN = "town", _("Town (gazetteer)")
    PARTNER = "partner", _("An organisation's place")
    COUNTRY = "country", _("Country centre (approximate)")


class PlaceFields(models.Model):
    latitude = models.FloatField(
        _("latitude"), null=True, blank=True, validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.FloatField(
        _("longitude"), null=True, blank=True, validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    place_precision = models.CharField(
        _("place precision"),
        max_length=8,
        choices=PlacePrecision.choices,
        blank=True,
        help_text=_("Left empty, the place is geocoded from the town or territory by the geocode_places command."),
    )

    place_panel = MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("longitude"), FieldPanel("place_precision")]),
            FieldPanel("latitude", widget=PlacePickerWidget),
        ],
        heading=_("Place on the map"),
        classname="place-panel",
    )
    place_translatable_fields = [
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
        SynchronizedField("place_precision", overridable=False),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both the latitude and the longitude, or neither.")})
        if self.latitude is not None and not self.place_precision:
            self.place_precision = PlacePrecision.EXACT

    @property
    def has_place(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def place_is_approximate(self):
        return self.place_precision != PlacePrecision.EXACT
