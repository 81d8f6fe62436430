"""The search report in the admin's Reports menu, for the people allowed to read it (editors, administrators)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.report.views import SearchReportView, permission_policy


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [path("reports/search/", SearchReportView.as_view(), name="search_report")]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(_("Search report"), reverse("search_report"), icon_name="search", order=1290)
