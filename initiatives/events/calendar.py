"""iCalendar (RFC 5545) for one event and for the agenda, with the `icalendar` package.

Timed events carry their local times with a TZID and the matching VTIMEZONE, so calendar clients show them at the
right instant in any zone; all-day events are DATE values (DTEND exclusive, as the RFC says).
"""

import datetime

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils import timezone
from icalendar import Calendar, Event, vText
from wagtail.models import Locale

from home.listings import source_pages
from home.localization import localized_pages
from initiatives.events.models import EventPage

PRODUCT_ID = "-//Solidarites numeriques//Resource centre//FR"
PAST_DAYS = 365  # a subscribed calendar also keeps the last year's meetings


def new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    return calendar


def event_component(page, request=None, language_code=None):
    """The VEVENT of `page` (shown in its own language); its UID is stable across edits."""
    language_code = language_code or page.locale.language_code
    component = Event()
    component.add("uid", f"event-{page.translation_key}-{language_code}@{settings.WAGTAIL_SITE_NAME.split()[0]}")
    component.add("summary", page.title, parameters={"language": page.locale.language_code})
    if page.all_day:
        component.add("dtstart", page.start_date)
        component.add("dtend", page.last_date + datetime.timedelta(days=1))
    else:
        component.add("dtstart", page.starts_at)
        component.add("dtend", page.ends_at)
    component.add("dtstamp", page.last_published_at or timezone.now())
    if page.summary:
        component.add("description", page.summary)
    location = ", ".join(part for part in (page.place, page.town) if part) or page.online_url
    if location:
        component.add("location", vText(location))
    url = page.get_full_url(request=request)
    if url:
        component.add("url", url)
    if page.online_url:
        component.add("conference", page.online_url, parameters={"value": "URI"})
    for theme in page.themes.all():
        component.add("categories", theme.title)
    return component


def calendar_bytes(name, events, request=None, language_code=None):
    calendar = new_calendar(name)
    for page in events:
        calendar.add_component(event_component(page, request, language_code))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def feed_events(language_code, theme_code=""):
    """The public events of the calendar feed in one language: the last year's and every future one.

    French pages without a translation in `language_code` appear in French (their own LANGUAGE says so).
    """

    since = timezone.localdate() - datetime.timedelta(days=PAST_DAYS)
    pages = source_pages(EventPage).filter(start_date__gte=since).order_by("start_date", "start_time")
    if theme_code:
        pages = pages.filter(themes__code=theme_code)
    pages = list(pages)
    locale = Locale.objects.filter(language_code=language_code).first()
    shown = localized_pages(pages, locale) if locale else {}
    result = [shown.get(source.translation_key, source) for source in pages]
    prefetch_related_objects(result, "themes")  # one query for every event's categories
    return result
