"""The click counter results ping, and the search report editors read in the admin (Reports › Search report)."""

import datetime

from django.conf import settings
from django.db.models import Sum
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.auth import PermissionPolicyChecker
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from home.visibility import can_see
from search.report.models import DailyClick, DailySearch
from search.report.recording import MAX_QUERY_CHARS, is_editor, query_of, record_click, today

MAX_PAGE_ID = 2**31 - 1
PERIODS = (7, 30, 90, 365)
TOP = 50

permission_policy = ModelPermissionPolicy(DailySearch)
permission_checker = PermissionPolicyChecker(permission_policy)


@csrf_exempt  # a browser's <a ping> carries no token; the request only counts, for pages that exist and are shown
@require_POST
def click(request):
    """POST /api/search/click/?q=&lang=&page=: a visitor opened result `page` of the search `q` (a ping)."""
    languages = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    raw_query, language, raw_page = (request.GET.get(name, "") for name in ("q", "lang", "page"))
    if language not in languages or not raw_page.isascii() or not raw_page.isdigit() or len(raw_page) > 10:
        return HttpResponseBadRequest()
    query, page_id = query_of(raw_query), int(raw_page)
    if not query or len(raw_query) > 4 * MAX_QUERY_CHARS or not 0 < page_id <= MAX_PAGE_ID:
        return HttpResponseBadRequest()
    page = Page.objects.live().filter(pk=page_id).first()
    if page is not None and can_see(request.user, page) and not is_editor(request.user):
        record_click(language, query, page_id)
    return HttpResponse(status=204)  # the same answer whether counted or not: nothing to learn from it


class SearchReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Search report")
    header_icon = "search"
    template_name = "search_report/report.html"

    @classmethod
    def as_view(cls, **kwargs):
        return permission_checker.require("view")(super().as_view(**kwargs))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        days = self._int_choice("days", PERIODS, 30)
        languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        language = self.request.GET.get("lang") if self.request.GET.get("lang") in languages else ""
        since = today() - datetime.timedelta(days=days - 1)
        searches = DailySearch.objects.filter(day__gte=since)
        clicks = DailyClick.objects.filter(day__gte=since)
        if language:
            searches, clicks = searches.filter(language=language), clicks.filter(language=language)
        clicks_by_query = dict(clicks.values_list("query").annotate(total=Sum("clicks")).values_list("query", "total"))
        top = list(
            searches.exclude(query="")
            .values("query")
            .annotate(searches=Sum("searches"), no_result=Sum("no_result"))
            .order_by("-searches", "query")[:TOP]
        )
        for row in top:
            row["clicks"] = clicks_by_query.get(row["query"], 0)
            row["rate"] = round(100 * row["clicks"] / row["searches"]) if row["searches"] else 0
        totals = searches.aggregate(searches=Sum("searches"), no_result=Sum("no_result"))
        per_day = {
            row["day"]: {**row, "clicks": 0}
            for row in searches.values("day").annotate(searches=Sum("searches"), no_result=Sum("no_result"))
        }
        for day, total in clicks.values_list("day").annotate(total=Sum("clicks")).values_list("day", "total"):
            if day in per_day:
                per_day[day]["clicks"] = total
        context.update(
            days=days,
            periods=PERIODS,
            language=language,
            languages=settings.WAGTAIL_CONTENT_LANGUAGES,
            total_searches=totals["searches"] or 0,
            total_no_result=totals["no_result"] or 0,
            total_clicks=sum(clicks_by_query.values()),
            other_searches=searches.filter(query="").aggregate(n=Sum("searches"))["n"] or 0,
            per_day=[per_day[day] for day in sorted(per_day, reverse=True)],
            top_queries=top,
            no_result_queries=list(
                searches.exclude(query="")
                .filter(no_result__gt=0)
                .values("query")
                .annotate(no_result=Sum("no_result"))
                .order_by("-no_result", "query")[:TOP]
            ),
            opened=list(
                clicks.values("query", "page_id", "page__title")
                .annotate(clicks=Sum("clicks"))
                .order_by("-clicks", "query")[:TOP]
            ),
        )
        return context

    def _int_choice(self, name, choices, default):
        raw = self.request.GET.get(name, "")
        return int(raw) if raw.isdigit() and int(raw) in choices else default
