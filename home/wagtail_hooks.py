"""Admin additions of the home app: the translators' dashboard, the report of index updates waiting."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.translators import keywords
from home.translators import views as translator_views
from home.worker import reports


@hooks.register("register_admin_urls")
def register_translators_dashboard_url():
    return [path("translations-to-do/", translator_views.dashboard, name="translators_dashboard")]


class TranslatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(translator_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_translators_dashboard_menu_item():
    return TranslatorsMenuItem(
        _("Translations to do"),
        reverse("translators_dashboard"),
        name="translators-dashboard",
        icon_name="wagtail-localize-language",
        order=260,
    )


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


@hooks.register("before_edit_page", order=-1)
def warn_translators_of_french_keywords(request, page):
    """Runs before wagtail-localize's hook, which answers with the translation editor for a translated page."""
    if request.method == "GET":
        keywords.warn_of_french_keywords(request, page)
