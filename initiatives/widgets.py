"""The admin's place picker: the latitude field with a small map (the vendored Leaflet and country outlines);
a click writes the point into the latitude and longitude fields and marks it as picked by an editor."""

from django import forms
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext as _


class PlacePickerWidget(forms.NumberInput):
    def __init__(self, attrs=None):
        super().__init__(attrs={"step": "any", **(attrs or {})})

    def render(self, name, value, attrs=None, renderer=None):
        field = super().render(name, value, attrs, renderer)
        return format_html(
            '{}<div class="place-picker" data-place-picker data-outlines-url="{}" data-tile-url="{}" '
            'role="region" aria-label="{}"></div><p class="help">{}</p>',
            field,
            settings.STATIC_URL + "vendor/world-atlas/countries-110m.json",
            settings.MAP_TILE_URL,
            _("Map to pick the place"),
            _("Click the map to place the page there; the fields can also be typed."),
        )

    class Media:
        css = {"all": ["vendor/leaflet/leaflet.css", "opendata/place_picker.css"]}
        js = [
            "vendor/leaflet/leaflet.js",
            "vendor/topojson-client/topojson-client.min.js",
            "opendata/place_picker.js",
        ]
