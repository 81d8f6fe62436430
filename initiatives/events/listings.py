"""The agenda's listing and the events shown on theme pages: French source pages shown in the visitor's language."""

from django.db.models import Q
from django.utils import timezone

from home.listings import make_cards, paginate, source_pages
from home.localization import localized_labels

UPCOMING, PAST = "upcoming", "past"


def event_queryset(when=UPCOMING):
    from initiatives.events.models import EventPage

    today = timezone.localdate()
    ongoing = Q(end_date__gte=today) | Q(end_date__isnull=True, start_date__gte=today)
    pages = source_pages(EventPage).prefetch_related("themes")
    if when == PAST:
        return pages.exclude(ongoing).order_by("-start_date", "-start_time", "title")
    return pages.filter(ongoing).order_by("start_date", "start_time", "title")


def event_facts(event):
    return [fact for fact in (event.when_display(), event.town) if fact]


def event_cards(pages, request):
    return make_cards(pages, request, facts=event_facts)


def agenda_listing(request):
    """Upcoming (or past, `?when=past`) events, filtered by `?theme=<code>` and `?place=<town>`."""
    from initiatives.events.models import EventPage
    from initiatives.models import ThemePage

    when = PAST if request.GET.get("when") == PAST else UPCOMING
    theme, place = request.GET.get("theme", ""), request.GET.get("place", "")
    pages = event_queryset(when)
    if theme:
        pages = pages.filter(themes__code=theme)
    if place:
        pages = pages.filter(town=place)
    pagination, items = paginate(request, pages)
    themes = list(source_pages(ThemePage).order_by("number", "title"))
    towns = source_pages(EventPage).exclude(town="").order_by("town").values_list("town", flat=True).distinct()
    return {
        "when": when,
        "events_page": pagination,
        "event_cards": event_cards(items, request),
        "theme_options": list(zip([t.code for t in themes], localized_labels(themes), strict=True)),
        "place_options": list(towns),
        "selected_theme": theme,
        "selected_place": place,
    }


def theme_event_cards(theme, request, limit=5):
    """The next events of a theme (the theme page's "Agenda" block)."""
    pages = event_queryset(UPCOMING).filter(themes__translation_key=theme.translation_key)[:limit]
    return event_cards(pages, request)


def event_details(event, request):
    """The organisers, themes and related initiatives of an event page in the visitor's language (public only)."""
    from home.listings import request_locale
    from home.localization import localized_pages
    from home.visibility import public_only

    groups = {name: public_only(getattr(event, name).all()) for name in ("organisers", "themes", "related_initiatives")}
    shown = localized_pages([page for pages in groups.values() for page in pages], request_locale(request))
    links = {}
    for name, pages in groups.items():
        links[name] = []
        for source in pages:
            page = shown.get(source.translation_key, source)
            lang = page.locale.language_code if page.locale_id != event.locale_id else None
            links[name].append({"title": page.title, "url": page.get_url(request=request), "lang": lang})
    return {f"{name}_links": value for name, value in links.items()}
