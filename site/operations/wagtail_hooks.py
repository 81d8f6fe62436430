"""Operations in the admin: the personal-data view (export or erase what the site keeps about one e-mail address)
and the report of index updates waiting for the worker."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from operations.admin_views import personal_data_view
from operations.worker import reports


@hooks.register("register_admin_urls")
def personal_data_urls():
    return [path("personal-data/", personal_data_view, name="operations_personal_data")]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def personal_data_menu_item():
    return SuperuserMenuItem(_("Personal data"), reverse("operations_personal_data"), icon_name="user", order=900)


@hooks.register("register_admin_urls")
def register_pending_index_updates_report_url():
    view = reports.PendingIndexUpdatesReport
    return [
        path("reports/index-updates-waiting/", view.as_view(), name=view.index_url_name),
        path(
            "reports/index-updates-waiting/results/",
            view.as_view(results_only=True),
            name=view.index_results_url_name,
        ),
    ]


class PendingIndexUpdatesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(reports.PERMISSION)


@hooks.register("register_reports_menu_item")
def register_pending_index_updates_menu_item():
    return PendingIndexUpdatesMenuItem(
        _("Index updates waiting"),
        reverse(reports.PendingIndexUpdatesReport.index_url_name),
        name="index-updates-waiting",
        icon_name="warning",
        order=900,
    )
