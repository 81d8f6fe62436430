"""Dates known to a day, a month or a year (the legacy records often give “février 2010” or “début 2010”)."""

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")
    UNKNOWN = "unknown", _("Unknown")


class DatePeriod(models.TextChoices):
    """Qualifies a year-precision date, as the legacy records do ("début 2010")."""

    NONE = "", _("—")
    EARLY = "early", _("Early")
    MID = "mid", _("Mid")
    LATE = "late", _("Late")


def fuzzy_date_display(value, precision, period=""):
    """A date shown to the precision it is known to, in the active language: a day, a month or a year."""
    if precision == DatePrecision.DAY:
        return date_format(value, "DATE_FORMAT")
    if precision == DatePrecision.MONTH:
        return date_format(value, "YEAR_MONTH_FORMAT")
    periods = {
        DatePeriod.EARLY: _("early %(year)s"),
        DatePeriod.MID: _("mid %(year)s"),
        DatePeriod.LATE: _("late %(year)s"),
    }
    template = periods.get(period)
    return template % {"year": value.year} if template else str(value.year)


def fuzzy_date_phrase(value, precision):
    """The date with its preposition, which depends on the precision: “le 3 janvier 2010”, “en janvier 2010”."""
    shown = fuzzy_date_display(value, precision)
    if precision == DatePrecision.DAY:
        return pgettext("a day", "on %(date)s") % {"date": shown}
    return pgettext("a month or a year", "in %(date)s") % {"date": shown}


def iso_to_precision(value, precision):
    """The date for <time datetime>, no more precise than known: “2010-02”, “2010”."""
    length = {DatePrecision.MONTH: 7, DatePrecision.YEAR: 4}.get(precision, 10)
    return value.isoformat()[:length]
