"""The visitors' search page (translated paths: /recherche/, /en/search/, /es/busqueda/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from search import facet_views, views
from search.report import views as report_views

app_name = "search"
urlpatterns = [
    path(_("search/"), views.search_page, name="search"),
    path(_("search/values/<str:facet>/"), facet_views.facet_values_page, name="facet_values"),
]

# Mounted without a language prefix in config.urls: /api/search/, /api/search/autocomplete/, /api/search/export.<fmt>,
# /api/search/facets/<facet>/.
api_urlpatterns = [
    path("", views.search_api, name="search_api"),
    path("autocomplete/", views.autocomplete_api, name="autocomplete_api"),
    path("export.<str:fmt>", views.search_export, name="search_export"),
    path("click/", report_views.click, name="search_click"),
    path("facets/<str:facet>/", facet_views.facet_values_api, name="facet_values_api"),
]
