"""Listing helpers shared by every index and landing page: pagination and cards in the visitor's language.

Listings select the French (source-locale) pages, which carry the relations (themes, organisations…), then show
each one's live translation in the active locale when it exists (`localized_pages`, one query for the page of
results). An untranslated page keeps its French title, flagged by `Card.language_code` so the template marks it
`lang="fr"` with an "in French" badge. Labels come from the per-locale cache: a listing runs the same number of
queries whatever the number of items.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant

from home.localization import active_locale, localized_labels, localized_pages

PAGE_SIZE = 12


@dataclass(frozen=True)
class Card:
    title: str
    url: str
    summary: str
    # Set when the page is shown in another language than the visitor's (an untranslated French page).
    language_code: str | None = None
    themes: list = field(default_factory=list)
    facts: list = field(default_factory=list)
    source: object = None  # the French page, for templates needing more of its fields


def source_pages(model):
    """Live, public pages of `model` in the source locale: the relations of every language hang on them."""
    return model.objects.live().public().filter(locale__language_code=source_language_code())


def request_locale(request):
    """The active Locale, looked up once per request."""
    if request is None:
        return active_locale()
    locale = getattr(request, "_active_locale", None)
    if locale is None or locale.language_code != translation.get_language():
        locale = request._active_locale = active_locale()
    return locale


def paginate(request, items, per_page=PAGE_SIZE, param="page"):
    """The requested page of a queryset or list (`?page=`); out-of-range numbers show the nearest page."""
    paginator = Paginator(items, per_page)
    number = request.GET.get(param) if request is not None else 1
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def make_cards(pages, request=None, locale=None, facts=None, with_themes=True):
    """Cards for French source pages, shown in `locale` (default: the active one).

    `facts(source_page)` returns short strings (year, country…) read from the source page's own fields or
    prefetched relations; `with_themes` expects `themes` prefetched on the pages.
    """
    pages = list(pages)
    if not pages:
        return []
    locale = locale or request_locale(request)
    shown = localized_pages(pages, locale)
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
                source=source,
            )
        )
    return cards


def source_language_code():
    """The source locale's language code, without a query."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)
