"""Open data downloads and schemas; the map, statistics and open-data pages. Thin: the modules do the work."""

import json

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.http import require_GET

from search.opendata import formats, records, statistics
from search.opendata.maps import map_context, map_filters
from search.opendata.schemas import DATASETS, dataset_schema
from search.opendata.selection import dataset_model, is_search, selected_pages
from search.searches import SearchParameterError

BUILDERS = {
    "initiatives": records.initiative_records,
    "organisations": records.organisation_records,
    "references": records.reference_records,
}


def _language(request):
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    language = request.GET.get("lang") or translation.get_language() or settings.LANGUAGE_CODE
    return language if language in languages else None


def schema_url(request, dataset):
    return request.build_absolute_uri(reverse("opendata_api:schema", args=[dataset]))


def dataset_records(request, dataset, language):
    """The records of a dataset for this request (collection or search result set). Raises SearchParameterError."""
    model, resource_type = dataset_model(dataset)
    pages = selected_pages(model, resource_type, request.GET)
    return BUILDERS[dataset](pages, language, request)


@require_GET
def download(request, dataset, fmt):
    """GET /api/open-data/<initiatives|organisations|references>.<csv|json|geojson>[?lang=&<search parameters>]"""
    if dataset not in DATASETS or fmt not in formats.CONTENT_TYPES:
        raise Http404(f"{dataset}.{fmt}")
    language = _language(request)
    if language is None:
        return JsonResponse({"error": "Unknown language; use one of fr, en, es."}, status=400)
    try:
        with translation.override(language):
            items = dataset_records(request, dataset, language)
    except SearchParameterError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    meta = formats.metadata(dataset, language, schema_url(request, dataset))
    if fmt == "csv":
        body = formats.as_csv(items)
    elif fmt == "json":
        body = formats.as_json(items, meta)
    else:
        body = formats.as_geojson(items, meta)
    response = HttpResponse(body, content_type=formats.CONTENT_TYPES[fmt])
    stem = f"{dataset}-search" if is_search(request.GET) else dataset
    response["Content-Disposition"] = f'inline; filename="{stem}-{language}.{fmt}"'
    response["Access-Control-Allow-Origin"] = "*"  # public data, read by other sites' scripts
    return response


@require_GET
def schema(request, dataset):
    if dataset not in DATASETS:
        raise Http404(dataset)
    body = json.dumps(dataset_schema(dataset, schema_url(request, dataset)), indent=1)
    response = HttpResponse(body, content_type="application/schema+json")
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def open_data_page(request):
    datasets = [
        {
            "name": dataset,
            "label": label,
            "links": [
                (fmt.upper() if fmt != "geojson" else "GeoJSON", reverse("opendata_api:download", args=[dataset, fmt]))
                for fmt in ("csv", "json", "geojson")
            ],
            "schema": reverse("opendata_api:schema", args=[dataset]),
        }
        for dataset, label in dataset_labels().items()
    ]
    context = {
        "datasets": datasets,
        "version": formats.SCHEMA_VERSION,
        "licence_url": formats.LICENCE_URL,
        "language": translation.get_language(),
    }
    return TemplateResponse(request, "opendata/open_data_page.html", context)


def dataset_labels():
    return {
        "initiatives": gettext("Initiatives"),
        "organisations": gettext("Organisations"),
        "references": gettext("Bibliography references"),
    }


@require_GET
def map_page(request):
    """The map of initiatives; `?fragment=results` answers the results part alone (the script swaps it in)."""

    language = translation.get_language()
    try:
        context = map_context(request, language)
        context["filter_groups"] = map_filters(request.GET, language)
        error = None
    except SearchParameterError as exc:
        context, error = {"filter_groups": []}, str(exc)
    context["error"] = error
    template = "opendata/includes/map_results.html" if request.GET.get("fragment") == "results" else None
    return TemplateResponse(request, template or "opendata/map_page.html", context, status=400 if error else 200)


@require_GET
def statistics_api(request):
    """GET /api/statistics/?lang= — the figures of the statistics page."""

    language = _language(request)
    if language is None:
        return JsonResponse({"error": "Unknown language; use one of fr, en, es."}, status=400)
    with translation.override(language):
        body = statistics.as_json(statistics.initiative_statistics(language), statistics.totals(), language)
    response = JsonResponse(body)
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def statistics_page(request):
    language = translation.get_language()
    dimensions = statistics.initiative_statistics(language)
    context = {
        "sections": [{"dimension": d, "chart": statistics.bar_chart(d)} for d in dimensions],
        "totals": statistics.totals(),
    }
    return TemplateResponse(request, "opendata/statistics_page.html", context)
