"""The admin report of index updates Elasticsearch refused and the worker keeps retrying (Reports menu)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from search.models import PendingIndexUpdate

PERMISSION = "search.view_pendingindexupdate"


class PendingIndexUpdatesReport(ReportView):
    page_title = _("Index updates waiting")
    header_icon = "warning"
    index_url_name = "pending_index_updates"
    index_results_url_name = "pending_index_updates_results"
    any_permission_required = [PERMISSION]
    model = PendingIndexUpdate
    columns = [
        Column("translation_key", label=_("Translation group")),
        Column("attempts", label=_("Attempts")),
        Column("last_error", label=_("Last error")),
        DateColumn("created_at", label=_("Queued")),
    ]
    list_export = ["translation_key", "attempts", "last_error", "created_at"]

    def get_queryset(self):
        return PendingIndexUpdate.objects.order_by("created_at")
