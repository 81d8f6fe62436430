"""Which pages an export holds: the whole public collection, or the public pages of a search's result set.

A request carrying any search parameter (words, a facet, a year range) selects the search's results, run
exactly as the search page runs it but always as an anonymous visitor: open data is public data.
"""

from django.http import QueryDict
from django.utils import translation
from wagtail.models import Page

from home.listings import source_pages
from initiatives.models import InitiativePage, OrganisationPage
from library.models import ReferencePage
from search.facets import YEAR_RANGES, Facet, ResourceType
from search.searches import MAX_PAGE_SIZE, request_from_params, run_search

SEARCH_PARAMETERS = {"q", *Facet.values, *(p for _label, *params in YEAR_RANGES.values() for p in params)}
RESULT_LIMIT = 5000  # pages of one export read from the search; the collection itself has no limit


def is_search(params):
    return any(params.get(name) for name in SEARCH_PARAMETERS if name != Facet.TYPE)


def search_translation_keys(params, resource_type):
    """Translation keys of the search's hits of one type, in the search's order. Raises SearchParameterError."""
    params = params.copy() if isinstance(params, QueryDict) else QueryDict(mutable=True)
    params.setlist(Facet.TYPE, [resource_type])
    params["page_size"] = str(MAX_PAGE_SIZE)
    params["include_untranslated"] = "1"
    page_ids, number = [], 1
    while len(page_ids) < RESULT_LIMIT:
        params["page"] = str(number)
        search_request = request_from_params(params)
        with translation.override(search_request.language):
            response = run_search(search_request)
        page_ids += [hit.page_id for hit in response.hits]
        if number >= response.pages:
            break
        number += 1
    keys = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key"))
    return list(dict.fromkeys(keys[pk] for pk in page_ids if pk in keys))


def selected_pages(model, resource_type, params):
    """The public French source pages of the collection or of the search's results, by title."""
    pages = source_pages(model)
    if is_search(params):
        pages = pages.filter(translation_key__in=search_translation_keys(params, resource_type))
    return pages.order_by("title", "pk")


def dataset_model(dataset):
    return {
        "initiatives": (InitiativePage, ResourceType.INITIATIVE),
        "organisations": (OrganisationPage, ResourceType.ORGANISATION),
        "references": (ReferencePage, ResourceType.REFERENCE),
    }[dataset]
