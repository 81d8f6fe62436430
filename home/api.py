"""Wagtail's read-only API v2. PagesAPIViewSet serves only public, live pages (view restrictions excluded).

Every endpoint checks its query parameters first (ParameterChecks): values Wagtail passes on unchecked (NUL bytes,
an unknown `search_operator`, an unparsable `fields`) raised inside Wagtail or the database and gave an HTML 500.
"""

from django.db.models import QuerySet
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError, FieldsParameterParseError, parse_fields_parameter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from home.api_fields import LocalizedLabelsField
from home.visibility import public_collection_items

SEARCH_OPERATORS = ("and", "or")


class ParameterChecks:
    """Answers invalid query parameters with Wagtail's JSON 400 ({"message": …}) before any query runs."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise BadRequestError("query parameters must not contain NUL characters")
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be one of: " + ", ".join(SEARCH_OPERATORS))
        if "fields" in request.GET:
            try:
                parse_fields_parameter(request.GET["fields"])
            except FieldsParameterParseError as exc:
                raise BadRequestError(f"fields error: {exc}") from exc


MAX_OFFSET = 10_000  # as the search (and Elasticsearch's max_result_window): deeper pages cost what they skip
COUNT_LIMIT = 10_000  # total_count counts this far; beyond, meta says the count is a lower bound


class BoundedPagination(WagtailPagination):
    """Wagtail's offset/limit pagination (limit capped by WAGTAILAPI_LIMIT_MAX) whose cost does not grow with the
    number of pages: the count stops at COUNT_LIMIT rows (`total_count_is_lower_bound` says so) and offsets stop
    at MAX_OFFSET. The default order is the primary key, which the database reads in index order."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}; narrow the listing with filters")
        if isinstance(queryset, QuerySet) and queryset.query.can_filter():  # not `?search=` results: the engine's
            queryset.count = lambda: queryset.order_by()[: COUNT_LIMIT + 1].count()
        page = super().paginate_queryset(queryset, request, view)
        self.capped = self.total_count > COUNT_LIMIT
        self.total_count = min(self.total_count, COUNT_LIMIT)
        return page

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        if self.capped:
            response.data["meta"]["total_count_is_lower_bound"] = True
        return response


class ResourcePagesAPIViewSet(ParameterChecks, PagesAPIViewSet):
    """Wagtail's pages endpoint, reading the localised relations a listing asks for once per page of results
    (`?type=initiatives.InitiativePage&fields=themes,keywords`), not once per listed page."""

    pagination_class = BoundedPagination

    def get_queryset(self):
        queryset = super().get_queryset()
        relations = requested_relations(queryset.model, self.request.GET.get("fields", ""))
        if relations:
            queryset = queryset.select_related("locale").prefetch_related(*relations)
        return queryset


def requested_relations(model, fields_parameter):
    """The localised relation fields of `model` that the ?fields= parameter includes."""
    relations = [field.name for field in getattr(model, "api_fields", []) if _is_localized(field)]
    try:
        fields = parse_fields_parameter(fields_parameter)
    except (BadRequestError, FieldsParameterParseError):
        return []  # ParameterChecks answers the 400
    wanted = {name for name, negated, _nested in fields if not negated}
    removed = {name for name, negated, _nested in fields if negated}
    if "*" not in wanted:
        relations = [name for name in relations if name in wanted]
    return [name for name in relations if name not in removed]


def _is_localized(api_field):
    return isinstance(getattr(api_field, "serializer", None), LocalizedLabelsField)


class ResourceImagesAPIViewSet(ParameterChecks, ImagesAPIViewSet):
    """Images of restricted collections (the partner space, visitors' uploads) never reach the API."""

    def get_queryset(self):
        return public_collection_items(super().get_queryset())


class ResourceDocumentsAPIViewSet(ParameterChecks, DocumentsAPIViewSet):
    """Documents of restricted collections never reach the API."""

    def get_queryset(self):
        return public_collection_items(super().get_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ResourcePagesAPIViewSet)
api_router.register_endpoint("images", ResourceImagesAPIViewSet)
api_router.register_endpoint("documents", ResourceDocumentsAPIViewSet)
