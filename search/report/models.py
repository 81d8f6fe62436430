"""What visitors search and open, counted per day: no IP address, user, session or time of day is kept.

A row is a (day, language, normalised query) and its counters; clicks are a (day, language, query, page).
The number of rows a day can create is capped (search.report.recording), so hostile traffic cannot grow the tables
without bound.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

OTHER_QUERIES = ""  # the row counting the searches past the daily limit of distinct queries


class DailySearch(models.Model):
    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=8)
    query = models.CharField(_("query"), max_length=100, blank=True)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    no_result = models.PositiveIntegerField(_("searches with no result"), default=0)
    # results of the last search computed for this query: a search served from the page cache counts with it
    results = models.PositiveIntegerField(_("results"), null=True)

    class Meta:
        verbose_name = _("daily search")
        verbose_name_plural = _("daily searches")
        constraints = [models.UniqueConstraint(fields=["day", "language", "query"], name="search_report_day_query")]
        indexes = [models.Index(fields=["language", "query", "-day"], name="search_report_query_days")]

    def __str__(self):
        return f"{self.day} {self.language} {self.query!r}: {self.searches}"


class DailyClick(models.Model):
    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=8)
    query = models.CharField(_("query"), max_length=100)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    clicks = models.PositiveIntegerField(_("clicks"), default=0)

    class Meta:
        verbose_name = _("daily click")
        verbose_name_plural = _("daily clicks")
        constraints = [
            models.UniqueConstraint(fields=["day", "language", "query", "page"], name="search_report_day_click")
        ]

    def __str__(self):
        return f"{self.day} {self.language} {self.query!r} → {self.page_id}: {self.clicks}"
