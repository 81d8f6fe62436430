from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchReportConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search.report"
    label = "search_report"
    verbose_name = _("search report")
