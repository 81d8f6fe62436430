"""iCalendar downloads: one event, and the subscribable agenda per language (the URL's) and theme."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.http import require_GET

from home.visibility import public_pages
from initiatives.events.calendar import calendar_bytes, feed_events
from initiatives.events.models import EventPage
from initiatives.models import ThemePage

CONTENT_TYPE = "text/calendar; charset=utf-8"


def _visible_to(request, page):
    """The page's own and its ancestors' view restrictions, asked as Wagtail serves the page."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


@require_GET
def event_ics(request, page_id):
    page = get_object_or_404(EventPage.objects.live().select_related("locale"), pk=page_id)
    if not _visible_to(request, page):
        raise Http404
    body = calendar_bytes(page.title, [page], request)
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.ics"'
    return response


@require_GET
def agenda_ics(request):
    """Public events only: a calendar client subscribes without logging in."""
    language = translation.get_language()
    theme = request.GET.get("theme", "")
    events = feed_events(language, theme)
    name = gettext("Agenda of the digital solidarity resource centre")
    if theme:
        themes = {t.locale.language_code: t for t in public_pages(ThemePage.objects.live().filter(code=theme))}
        theme_page = themes.get(language) or next(iter(themes.values()), None)
        if theme_page is None:
            raise Http404
        name = f"{name} · {theme_page.title}"
    return HttpResponse(calendar_bytes(name, events, request, language), content_type=CONTENT_TYPE)
