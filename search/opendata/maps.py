"""The map of initiatives: a view of the search (the same filters) whose markers are the result set's places.

The page is complete without JavaScript (filters as a GET form, the places as a list, counts per country as a
table); static/opendata/map.js draws the same result set from the GeoJSON export.
"""

from collections import Counter

from django.conf import settings
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext
from django_countries import countries

from home.listings import request_locale, source_pages
from home.localization import localized_pages
from initiatives.models import InitiativePage, ThemePage
from search.facets import Facet, ResourceType
from search.opendata.records import initiative_records
from search.opendata.selection import selected_pages
from search.searches import request_from_params, run_search

MAP_FACETS = (Facet.THEME, Facet.COUNTRY, Facet.INITIATIVE_TYPE, Facet.AUDIENCE, Facet.STATUS)


def theme_styles(language_code):
    """[{code, label, number}] of the themes, in their order: the number picks the marker colour."""

    themes = list(source_pages(ThemePage).order_by("number", "title"))
    shown = localized_pages(themes, request_locale(None)) if themes else {}
    return [
        {"code": theme.code, "label": shown[theme.translation_key].title, "number": theme.number % 8 or 8}
        for theme in themes
    ]


def map_filters(params, language_code):
    """The facet groups of the search restricted to initiatives, with counts and what is selected."""
    query = params.copy() if isinstance(params, QueryDict) else QueryDict(mutable=True)
    query.setlist(Facet.TYPE, [ResourceType.INITIATIVE])
    query["page_size"] = "1"
    query.pop("page", None)
    response = run_search(request_from_params(query, language=language_code))
    return [
        {"name": facet.value, "label": facet.label, "buckets": response.facets.get(facet.value, ())}
        for facet in MAP_FACETS
        if response.facets.get(facet.value)
    ]


def country_counts(items):
    """[{code, numeric, name, count}] of the result set's initiatives per country, most first (the ISO numeric
    code names the country's outline on the map)."""
    counts = Counter(code for item in items for code in item["countries"])
    rows = [
        {"code": code, "numeric": countries.numeric(code, padded=True) or "", "name": countries.name(code), "count": n}
        for code, n in counts.items()
    ]
    return sorted(rows, key=lambda row: (-row["count"], row["name"]))


def map_context(request, language_code):
    pages = selected_pages(InitiativePage, ResourceType.INITIATIVE, request.GET)
    items = initiative_records(pages, language_code, request)
    themes = theme_styles(language_code)
    numbers = {theme["code"]: theme["number"] for theme in themes}
    for item in items:
        item["theme_number"] = numbers.get(item["themes"][0]) if item["themes"] else None
        item["country_names"] = [countries.name(code) for code in item["countries"]]
    query = request.GET.copy()
    query.pop("fragment", None)
    query["lang"] = language_code
    return {
        "items": items,
        "placed": [item for item in items if item["place"]],
        "unplaced": [item for item in items if not item["place"]],
        "themes": themes,
        "country_counts": country_counts(items),
        "geojson_url": f"{reverse('opendata_api:download', args=['initiatives', 'geojson'])}?{query.urlencode()}",
        "outlines_url": settings.STATIC_URL + "vendor/world-atlas/countries-110m.json",
        "tile_url": settings.MAP_TILE_URL,
        "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
        "search_query": request.GET.get("q", ""),
        "js_strings": {
            "approximate": gettext("approximate place"),
            "status": gettext("Status"),
            "initiatives": gettext("initiatives"),
            "error": gettext("The map could not be updated; the page will reload."),
            "theme_numbers": numbers,
        },
    }
