"""The items of a feed: newest public pages, shown in the feed's language, with one query per page type."""

from dataclasses import dataclass, field

from django.utils.translation import gettext

from home.listings import source_pages
from home.localization import localized_pages
from home.models import ArticlePage
from initiatives.events.models import EventPage
from initiatives.models import InitiativePage
from library.letter.models import LetterIssuePage
from library.models import ReferencePage, ThematicNotePage

FEED_SIZE = 30


def sections():
    """{section slug: page model}: the parts of the site a visitor can follow."""
    return {
        "initiatives": InitiativePage,
        "notes": ThematicNotePage,
        "references": ReferencePage,
        "articles": ArticlePage,
        "events": EventPage,
        "letter": LetterIssuePage,
    }


def section_titles():
    return {
        "initiatives": gettext("Initiatives"),
        "notes": gettext("Thematic notes"),
        "references": gettext("References"),
        "articles": gettext("Articles"),
        "events": gettext("Events"),
        "letter": gettext("Le courrier"),
    }


@dataclass(frozen=True)
class FeedItem:
    title: str
    link: str
    description: str
    published: object
    updated: object
    guid: str
    original_language: str | None = None  # set when the item is a French original in an en/es feed
    categories: list = field(default_factory=list)


def newest_items(models, locale, request, theme_code="", limit=FEED_SIZE):
    """FeedItems of the newest public pages of `models`, optionally of one theme (by its code)."""
    candidates = []
    for model in models:
        pages = source_pages(model)
        if theme_code:
            if not hasattr(model, "themes"):
                continue
            pages = pages.filter(themes__code=theme_code)
        candidates += list(pages.exclude(first_published_at=None).order_by("-first_published_at")[:limit])
    candidates.sort(key=lambda page: page.first_published_at, reverse=True)
    return items_for(candidates[:limit], locale, request)


def items_for(pages, locale, request):
    """FeedItems for French source pages (any page types), in `locale` when translated."""
    by_type = {}
    for page in pages:
        by_type.setdefault(type(page), []).append(page)
    shown = {}
    for same_type in by_type.values():
        shown.update(localized_pages(same_type, locale))
    return [feed_item(shown.get(page.translation_key, page), page, locale, request) for page in pages]


def feed_item(page, source, locale, request):
    untranslated = page.locale_id != locale.pk
    title = page.title
    if untranslated:
        title = gettext("%(title)s (in French)") % {"title": title}
    link = page.get_full_url(request=request) or ""
    return FeedItem(
        title=title,
        link=link,
        description=page.summary or source.summary or "",
        published=source.first_published_at,
        updated=page.last_published_at or source.first_published_at,
        guid=f"{link}#{source.translation_key}",
        original_language=source.locale.language_code if untranslated else None,
        categories=[f"lang:{source.locale.language_code}"] if untranslated else [],
    )
