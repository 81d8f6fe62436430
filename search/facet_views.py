"""All the values of one facet for a search: the "show all" page (it works without JavaScript), the fragment the
search page's script loads into a facet group (filter-as-you-type), and its JSON twin in the API.

The search page itself shows only each facet's selected and top values, so its weight does not follow the number
of values a facet has (2,000 organisations are 10 checkboxes and a link).
"""

from urllib.parse import urlencode

from django.http import Http404, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET

from home.listings import Pagination
from home.visibility import viewer_audiences
from search.facets import Facet
from search.searches import MAX_FACET_LIMIT, SearchParameterError, facet_values, request_from_params
from search.urls_helpers import search_state_url
from search.views import FRAGMENT_HEADER

VALUES_PER_PAGE = 50
OWN_PARAMETERS = ("contains", "offset", "limit", "page")  # this view's, not the search's


def _facet(name):
    if name not in Facet.values:
        raise Http404(name)
    return Facet(name)


def _search_params(params):
    """The search's own parameters (this view's removed)."""
    params = params.copy()
    for name in OWN_PARAMETERS:
        params.pop(name, None)
    return params


@require_GET
def facet_values_page(request, facet):
    """GET /recherche/valeurs/<facet>/?<search parameters>&contains=&page=: a form of checkboxes that goes back to
    the search; with X-Search-Fragment, only the list (the search page's script puts it in the facet group)."""

    facet = _facet(facet)
    params = request.GET.copy()
    params.pop("lang", None)
    search = _search_params(params)
    contains = request.GET.get("contains", "")[:100]
    fragment = bool(request.headers.get(FRAGMENT_HEADER))
    language = translation.get_language() or "fr"
    try:
        search_request = request_from_params(search, language=language, audiences=viewer_audiences(request.user))
        number = int(request.GET.get("page") or 1)
    except (SearchParameterError, ValueError) as exc:
        return TemplateResponse(request, "search/facet_values_page.html", {"error": str(exc)}, status=400)
    per_page = VALUES_PER_PAGE
    total, buckets, approximate = facet_values(
        search_request, facet.value, contains, offset=max(0, number - 1) * per_page, limit=per_page
    )
    pages = max(1, -(-total // per_page))
    selected = set(search_request.filter_map.get(facet.value, ()))
    shown = {bucket.value for bucket in buckets}
    kept = search_state_url(search, remove={facet.value: None})[1:]
    context = {
        "facet": facet.value,
        "facet_label": facet.label,
        "buckets": buckets,
        "total": total,
        "shown_count": len(buckets),
        "approximate": approximate,
        "contains": contains,
        "search_url": reverse("search:search") + search_state_url(search),
        "search_action": reverse("search:search"),
        # the search's state as hidden fields: every other parameter, and the selected values not on this page
        "hidden": [
            (name, value) for name, values in search.lists() if name not in ("page", facet.value) for value in values
        ]
        + [(facet.value, value) for value in sorted(selected - shown)],  # fmt: skip
        "filter_hidden": [(name, value) for name, values in search.lists() if name != "page" for value in values],
        "pagination": Pagination(number=min(number, pages), num_pages=pages, count=total),
        "page_query": "&".join(
            part for part in (kept, _selected_query(facet.value, selected), _contains(contains)) if part
        )
        + "&",  # fmt: skip
        "more_url": reverse("search:facet_values", kwargs={"facet": facet.value}) + search_state_url(params),
    }
    template = "search/includes/facet_values_list.html" if fragment else "search/facet_values_page.html"
    response = TemplateResponse(request, template, context)
    response.headers["Vary"] = FRAGMENT_HEADER
    return response


def _selected_query(facet, selected):
    return urlencode([(facet, value) for value in sorted(selected)])


def _contains(text):
    return urlencode({"contains": text}) if text else ""


@require_GET
def facet_values_api(request, facet):
    """GET /api/search/facets/<facet>/?<search parameters>&contains=&offset=&limit= — the values of one facet with
    their counts, for "show all" and filter-as-you-type (a search returns only each facet's top values)."""
    facet = _facet(facet)
    search = _search_params(request.GET)
    try:
        search_request = request_from_params(search, audiences=viewer_audiences(request.user))
        offset = max(0, int(request.GET.get("offset") or 0))
        limit = min(MAX_FACET_LIMIT, max(1, int(request.GET.get("limit") or MAX_FACET_LIMIT)))
    except ValueError as exc:
        return JsonResponse({"error": str(exc) or "offset and limit must be whole numbers"}, status=400)
    with translation.override(search_request.language):
        total, buckets, approximate = facet_values(
            search_request, facet.value, request.GET.get("contains", "")[:100], offset=offset, limit=limit
        )
    return JsonResponse(
        {
            "facet": facet.value,
            "total": total,
            "offset": offset,
            "limit": limit,
            "approximate": approximate,
            "values": [{"value": b.value, "label": b.label, "count": b.count, "selected": b.selected} for b in buckets],
        }
    )
