"""Pages (translated paths under i18n_patterns) and the APIs (mounted without a language prefix)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from search.opendata import views

app_name = "opendata"
urlpatterns = [
    path(_("open-data/"), views.open_data_page, name="open_data"),
    path(_("map/"), views.map_page, name="map"),
    path(_("statistics/"), views.statistics_page, name="statistics"),
]

# Mounted at /api/open-data/ in config.urls.
api_urlpatterns = [
    path("statistics.json", views.statistics_api, name="statistics"),
    path("schema/<str:dataset>.json", views.schema, name="schema"),
    path("<str:dataset>.<str:fmt>", views.download, name="download"),
]
