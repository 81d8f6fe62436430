"""The visitors' search page, the JSON API and title autocomplete. Thin: search.searches does the work."""

from dataclasses import fields

from django.http import Http404, HttpResponse, JsonResponse, QueryDict
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext
from django.views.decorators.http import require_GET

from home.listings import Pagination
from home.visibility import viewer_audiences, visible_pages
from library.export import FORMATS, export_references, filename
from library.models import ReferencePage
from search.cache import cached_search
from search.facets import YEAR_RANGES, Facet, ResourceType, Sort
from search.promotions import as_json as promotions_json
from search.promotions import promotions_for
from search.report.recording import RESULT_COUNT, click_url, query_of
from search.searches import (
    MAX_PAGE_SIZE,
    SearchParameterError,
    request_from_params,
    run_search,
    suggest,
)
from search.spelling.suggestion import suggestion_url
from search.urls_helpers import search_state_url

FRAGMENT_HEADER = "X-Search-Fragment"  # the enhancing script asks for the part of the page a search changes
OPEN_GROUPS = 3  # facet groups open on first load (besides those with a selected value)


@require_GET
def search_page(request):
    language = translation.get_language() or "fr"
    params = request.GET.copy()
    params.pop("lang", None)  # the page's language is its URL's
    try:
        search_request = request_from_params(params, language=language, audiences=viewer_audiences(request.user))
    except SearchParameterError as exc:
        return _render_page(request, language, None, None, str(exc))
    fragment = bool(request.headers.get(FRAGMENT_HEADER))
    shown_back = tuple(request.GET.get(name, "") for name in ("q", "sort", "include_untranslated", *_year_params()))

    def render():
        response = run_search(search_request)
        setattr(request, RESULT_COUNT, response.count)  # for the search report (search.report.middleware)
        return _render_page(request, language, search_request, response, None), not response.degraded

    return cached_search(request, "fragment" if fragment else "page", search_request, render, extra=shown_back)


def _year_params():
    return [name for _label, low, high in YEAR_RANGES.values() for name in (low, high)]


def _render_page(request, language, search_request, response, error):
    current_sort = request.GET.get("sort", "")
    context = {
        "query": request.GET.get("q", ""),
        "error": error,
        "response": response,
        "hits": _hit_views(response, query_of(request.GET.get("q", "")), language),
        "promotions": _promotions(request, search_request, language),
        "search_request": search_request,
        "facet_groups": _facet_groups(request, response),
        "approximate": bool(response and response.approximate),
        "year_ranges": [
            {
                "name": name,
                "label": label,
                "from_param": low,
                "to_param": high,
                "from_value": request.GET.get(low, ""),
                "to_value": request.GET.get(high, ""),
            }
            for name, (label, low, high) in YEAR_RANGES.items()
        ],
        "sorts": Sort.choices,
        "current_sort": current_sort,
        "current_sort_label": dict(Sort.choices).get(current_sort, Sort.RELEVANCE.label),
        "pagination": _pagination(response),
        "page_query": _page_query(request.GET),
        "without_filter": _without_filter_links(request, response),
        "active_filters": _active_filters(request, response),
        "clear_filters_url": search_state_url(request.GET, remove=_filter_params(request.GET), page=None),
        "state_query": search_state_url(request.GET, page=response.page if response else None),
        "include_untranslated": request.GET.get("include_untranslated") in ("1", "on", "true"),
        "show_untranslated_option": language != "fr",
        "export_formats": [("bibtex", "BibTeX"), ("ris", "RIS"), ("csljson", "CSL-JSON")],
        "spelling": _spelling(request, response),
    }
    status = 400 if error else 200
    if request.headers.get(FRAGMENT_HEADER):
        result = TemplateResponse(request, "search/fragment_response.html", context, status=status)
    else:
        result = TemplateResponse(request, "search/search_page.html", context, status=status)
    patch_vary_headers(result, [FRAGMENT_HEADER])
    return result


def _spelling(request, response):
    """ "Did you mean …?": the corrected search and its link, or None."""
    if response is None or response.suggestion is None:
        return None
    return {"query": response.suggestion.query, "url": suggestion_url(request.GET, response.suggestion)}


def _filter_params(params):
    """{name: None} for every parameter that narrows the results (facets, years, untranslated)."""
    names = {facet.value for facet in Facet} | {"include_untranslated"}
    for _label, low, high in YEAR_RANGES.values():
        names |= {low, high}
    return {name: None for name in params if name in names}


def _promotions(request, search_request, language):
    """What editors promoted for these words, on the first page of results only."""
    if search_request is None or search_request.page != 1:
        return ()
    user = request.user if request.user.is_authenticated else None
    return [
        {
            "promotion": p,
            "ping_url": click_url(query_of(request.GET.get("q", "")), language, p.page_id) if p.page_id else "",
        }
        for p in promotions_for(request.GET.get("q", ""), language, user)
    ]


def _hit_views(response, query="", language="fr"):
    """Hits with what their card links to: theme labels and search URLs, the territory's search, the type's label,
    and the address its link pings when opened (the search report's click-through)."""
    if response is None:
        return []
    themes = {b.value: b.label for b in response.facets.get(Facet.THEME.value, ())}
    types = {b.value: b.label for b in response.facets.get(Facet.TYPE.value, ())}
    types = {**dict(ResourceType.choices), **types}
    click_path = reverse("search_api:search_click")
    codes = {code for hit in response.hits for code in hit.themes}
    theme_urls = {code: search_state_url(QueryDict(), add={"theme": code}) for code in codes}
    return [
        {
            **{f.name: getattr(hit, f.name) for f in fields(hit)},
            "type_label": types.get(hit.type, hit.type),
            "theme_links": [{"label": themes.get(code, code), "url": theme_urls[code]} for code in hit.themes],
            "territory_url": search_state_url(QueryDict(), add={"q": f'"{hit.territory}"'}) if hit.territory else "",
            "ping_url": click_url(query, language, hit.page_id, click_path) if query else "",
        }
        for hit in response.hits
    ]


def _active_filters(request, response):
    """The filters in force, each with the URL of the same search without it (one-click removal)."""
    labels = {
        facet: {b.value: b.label for b in buckets} for facet, buckets in (response.facets if response else {}).items()
    }
    filters = []
    for facet in Facet:
        for value in request.GET.getlist(facet.value):
            filters.append(
                {
                    "group": facet.label,
                    "label": labels.get(facet.value, {}).get(value, value),
                    "url": search_state_url(request.GET, remove={facet.value: value}, page=None),
                }
            )
    for label, low, high in YEAR_RANGES.values():
        for name, word in ((low, gettext("from")), (high, gettext("to"))):
            if request.GET.get(name):
                filters.append(
                    {
                        "group": label,
                        "label": f"{word} {request.GET[name]}",
                        "url": search_state_url(request.GET, remove={name: None}, page=None),
                    }
                )
    return filters


def _facet_groups(request, response):
    """The facet groups of the page: each shows its selected values and its top values (SearchRequest.facet_limit),
    with a link to all of them (facet_values_page) when there are more."""
    if response is None:
        return []
    groups = []
    for facet in Facet:
        buckets = response.facets.get(facet.value, ())
        if not buckets:
            continue
        selected = sum(1 for bucket in buckets if bucket.selected)
        total = response.facet_totals.get(facet.value, len(buckets))
        groups.append(
            {
                "name": facet.value,
                "label": facet.label,
                "buckets": buckets,
                "selected_count": selected,
                "open": bool(selected) or len(groups) < OPEN_GROUPS,
                "total": total,
                "more_url": _values_url(facet.value, request.GET) if total > len(buckets) else "",
            }
        )
    return groups


def _values_url(facet, params):
    return reverse("search:facet_values", kwargs={"facet": facet}) + search_state_url(params, page=None)


def _pagination(response):
    if response is None:
        return None
    return Pagination(number=response.page, num_pages=response.pages, count=response.count)


def _page_query(params):
    """The search's parameters without the page, as the shared pagination template expects them ("a=b&")."""
    query = search_state_url(params, page=None)[1:]
    return f"{query}&" if query else ""


def _without_filter_links(request, response):
    """Zero results: one link per active filter, with the count the search would have without it."""
    if response is None or not response.without_filter:
        return []
    labels = {facet: {b.value: b.label for b in buckets} for facet, buckets in response.facets.items()}
    links = []
    for key, count in response.without_filter.items():
        facet, _sep, value = key.partition(":")
        if facet == "range":
            label = YEAR_RANGES[value][0]
            low, high = YEAR_RANGES[value][1:]
            url = search_state_url(request.GET, remove={low: None, high: None}, page=None)
        else:
            label = labels.get(facet, {}).get(value, value)
            url = search_state_url(request.GET, remove={facet: value}, page=None)
        links.append({"label": label, "count": count, "url": url})
    return links


@require_GET
def search_api(request):
    """GET /api/search/ — the JSON of issue 4; 400 with a message on invalid values, unknown parameters ignored."""
    try:
        search_request = request_from_params(request.GET, audiences=viewer_audiences(request.user))
    except SearchParameterError as exc:
        return JsonResponse({"error": str(exc)}, status=400)

    def render():
        with translation.override(search_request.language):
            response = run_search(search_request)
            user = request.user if request.user.is_authenticated else None
            promoted = promotions_for(request.GET.get("q", ""), search_request.language, user)
        promoted = promoted if search_request.page == 1 else ()
        data = {**response.as_json(), "promotions": promotions_json(promoted)}
        if response.suggestion:
            data["suggestion"]["url"] = suggestion_url(request.GET, response.suggestion, path=request.path)
        return JsonResponse(data), not response.degraded

    return cached_search(request, "api", search_request, render)


@require_GET
def autocomplete_api(request):
    """GET /api/search/autocomplete/?q=&lang= — titles that jump straight to a page."""
    language = request.GET.get("lang") or translation.get_language() or "fr"
    text = request.GET.get("q", "")
    try:
        request_from_params({"lang": language, "q": text})
    except SearchParameterError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    suggestions = suggest(text, language, audiences=viewer_audiences(request.user))
    return JsonResponse({"results": [{"title": s.title, "url": s.url, "type": s.type} for s in suggestions]})


EXPORT_LIMIT = 1000  # references in one export; a larger result set is cut, newest filters first


@require_GET
def search_export(request, fmt):
    """GET /api/search/export.<bibtex|ris|csljson>?<search parameters> — the references of a result set.

    The same search as the page and the API (so the same visibility rules), restricted to references.
    """

    if fmt not in FORMATS:
        raise Http404(fmt)
    params = request.GET.copy()
    params.setlist("type", ["reference"])
    params["page_size"] = str(MAX_PAGE_SIZE)
    page_ids, page = [], 1
    try:
        while len(page_ids) < EXPORT_LIMIT:
            params["page"] = str(page)
            search_request = request_from_params(params, audiences=viewer_audiences(request.user))
            with translation.override(search_request.language):
                response = run_search(search_request)
            page_ids += [hit.page_id for hit in response.hits]
            if page >= response.pages:
                break
            page += 1
    except SearchParameterError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    by_id = visible_pages(ReferencePage.objects.live(), request.user).in_bulk(page_ids[:EXPORT_LIMIT])
    content_type, text = export_references([by_id[pk] for pk in page_ids if pk in by_id], fmt)
    response = HttpResponse(text, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename("references", fmt)}"'
    return response
