"""Listing helpers shared by every index and landing page: pagination and cards in the visitor's language.

Listings select the French (source-locale) pages, which carry the relations (themes, organisations…), then show
each one's live translation in the active locale when it exists (`localized_pages`, one query for the page of
results). An untranslated page keeps its French title, flagged by `Card.language_code` so the template marks it
`lang="fr"` with an "in French" badge. Labels come from the per-locale cache: a listing runs the same number of
queries whatever the number of items.
"""

import hashlib
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.urls import reverse
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant

from home.localization import active_locale, fallback_language, localized_label, localized_labels, localized_pages
from home.versions import content_version
from home.visibility import (
    PUBLIC,
    audience_for_path,
    restricted_sections,
    viewer_audiences,
    visible_pages,
)

PAGE_SIZE = 12
PAGE_CONTEXT_TIMEOUT = 60 * 60


@dataclass(frozen=True)
class Card:
    title: str
    url: str
    summary: str
    # Set when the page is shown in another language than the visitor's (an untranslated French page).
    language_code: str | None = None
    themes: list = field(default_factory=list)
    facts: list = field(default_factory=list)
    source_pk: int | None = None  # the French page's id (cards are cached: no model instances inside)
    image: str = ""  # a static path to a decorative illustration (a theme's, or an initiative's first theme's)
    reserved: bool = False  # shown to a partner: the page is not public (a badge says so)


def source_pages(model, request=None):
    """Live pages of `model` in the source locale (they carry the relations of every language).

    Public ones only, unless a listing passes its `request`: then also those its logged-in user may see (a
    partner finds the partner-only pages in the sections' listings). Exports, feeds and open data pass none.
    """
    queryset = model.objects.live().filter(locale__language_code=source_language_code())
    return visible_pages(queryset, listing_viewer(request))


def listing_viewer(request):
    """The user a listing is built for: None for an anonymous visitor (public pages only)."""
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def listing_audience(request):
    """The audience keys a listing depends on: what its cached fragments are keyed by besides page and language."""
    return "+".join(viewer_audiences(listing_viewer(request)))


def request_locale(request):
    """The active Locale, looked up once per request."""
    if request is None:
        return active_locale()
    locale = getattr(request, "_active_locale", None)
    if locale is None or locale.language_code != translation.get_language():
        locale = request._active_locale = active_locale()
    return locale


@dataclass(frozen=True)
class Pagination:
    """What the pagination template needs, small enough to cache (a Django Page holds its whole queryset)."""

    number: int
    num_pages: int
    count: int

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def has_next(self):
        return self.number < self.num_pages

    @property
    def previous_page_number(self):
        return self.number - 1

    @property
    def next_page_number(self):
        return self.number + 1

    @property
    def window(self):
        """The page numbers a pagination shows: first, last, current ± 2, None where numbers are left out (an
        ellipsis). At most 9 items however many pages there are, so a listing weighs the same at any size."""
        return page_window(self.number, self.num_pages)


WINDOW = 2  # pages shown on each side of the current one


def page_window(number, num_pages):
    shown = sorted({1, num_pages, *range(max(1, number - WINDOW), min(num_pages, number + WINDOW) + 1)})
    window, previous = [], 0
    for page in shown:
        if page - previous == 2:
            window.append(previous + 1)  # a gap of one page: its number takes no more room than an ellipsis
        elif page - previous > 2:
            window.append(None)
        window.append(page)
        previous = page
    return window


def paginate(request, items, per_page=PAGE_SIZE, param="page"):
    """(Pagination, [items of the requested page]) for `?page=`; out-of-range numbers show the nearest page."""
    paginator = Paginator(items, per_page)
    number = request.GET.get(param) if request is not None else 1
    try:
        page = paginator.page(number)
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    pagination = Pagination(number=page.number, num_pages=paginator.num_pages, count=paginator.count)
    return pagination, list(page.object_list)


def make_cards(pages, request=None, locale=None, facts=None, with_themes=True):
    """Cards for French source pages, shown in `locale` (default: the active one).

    `facts(source_page)` returns short strings (year, country…) read from the source page's own fields or
    prefetched relations; `with_themes` expects `themes` prefetched on the pages.
    """
    pages = list(pages)
    if not pages:
        return []
    locale = locale or request_locale(request)
    shown = localized_pages(pages, locale, user=listing_viewer(request))
    sections = restricted_sections()
    cards = []
    for source in pages:
        page = shown.get(source.translation_key, source)
        translated = page.locale_id == locale.pk
        cards.append(
            Card(
                title=page.title,
                url=page.get_url(request=request) or "",
                summary=page.summary or source.summary,
                language_code=None if translated else source_language_code(),
                themes=localized_labels(source.themes.all()) if with_themes else [],
                facts=facts(source) if facts else [],
                source_pk=source.pk,
                image=card_illustration(source, with_themes),
                reserved=audience_for_path(source.path, sections).key != PUBLIC,
            )
        )
    return cards


def card_illustration(source, with_themes):
    """A theme's own illustration, or the first theme's for a page filed under themes (prefetched)."""
    if hasattr(source, "illustration"):
        return source.illustration
    themes = list(source.themes.all()) if with_themes and hasattr(source, "themes") else []
    return themes[0].illustration if themes else ""


def source_language_code():
    """The source locale's language code, without a query."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def cached_page_context(page, request, name, build):
    """`build()`'s result, cached per page, language and audience until anything is published, moved or re-labelled.

    Used for what a page shows of its relations (organisations, references, table of contents links…): the key
    follows the content version (home.versions), so any change shows at once. The audience (the restricted pages
    the user may see, "public" for every anonymous visitor) keeps a partner's listings from anyone else. Previews
    are never cached.
    """
    if request is None or getattr(request, "is_preview", False):
        return build()
    key = ":".join(
        str(part)
        for part in (
            "page-context",
            content_version(),
            name,
            page.pk,
            translation.get_language(),
            listing_audience(request),
            # The page number and any filter a listing reads (the organisation directory's kind, country…).
            hashlib.md5(urlencode(sorted(request.GET.lists()), doseq=True).encode(), usedforsecurity=False).hexdigest(),
        )
    )
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, PAGE_CONTEXT_TIMEOUT)
    return value


def prime_request_locale(request, page):
    """Lets `request_locale` reuse the served page's locale (the active language's) instead of a query."""
    if request is not None and getattr(request, "_active_locale", None) is None:
        locale = page.locale
        if locale.language_code == translation.get_language():
            request._active_locale = locale


def keyword_links(keywords):
    """Links to the search by keyword, labelled in the visitor's language (`lang` set on a French fallback)."""
    search_url = reverse("search:search")
    return [
        {
            "label": localized_label(keyword),
            "lang": fallback_language(keyword),
            "url": f"{search_url}?keyword={keyword.slug}",
        }
        for keyword in keywords
    ]


def page_link(shown, source, current, request):
    """A link to a related page as `shown` (its translation, or `source` itself); `lang` is set when it is shown
    in French on a translated page (`current`)."""
    untranslated = shown.locale_id == source.locale_id and current.locale_id != source.locale_id
    return {
        "title": shown.title,
        "url": shown.get_url(request=request),
        "lang": source_language_code() if untranslated else None,
    }
