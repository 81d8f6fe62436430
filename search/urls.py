"""The visitors' search page (translated paths: /recherche/, /en/search/, /es/busqueda/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from search import views
from search.report import views as report_views

app_name = "search"
urlpatterns = [
    path(_("search/"), views.search_page, name="search"),
]

# Mounted without a language prefix in config.urls: /api/search/, /api/search/autocomplete/, /api/search/export.<fmt>.
api_urlpatterns = [
    path("", views.search_api, name="search_api"),
    path("autocomplete/", views.autocomplete_api, name="autocomplete_api"),
    path("export.<str:fmt>", views.search_export, name="search_export"),
    path("click/", report_views.click, name="search_click"),
]
