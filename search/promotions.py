"""Promoted results: the pages or links editors pin above the results of a query (wagtail.contrib.search_promotions).

Editors manage them in Wagtail's own admin (Settings › Promoted search results). A promotion of a page shows that
page in the visitor's language when it has a live translation, else the page itself; a page the visitor may not see
(home.visibility) or that is not live is never shown, whatever the promotion says.
"""

from dataclasses import dataclass

from django.utils import translation
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale
from wagtail.search.utils import normalise_query_string

from home.versions import content_version
from home.visibility import visible_ids
from search.report.queries import normalise

MAX_PROMOTIONS = 5


@dataclass(frozen=True)
class Promotion:
    title: str
    url: str
    description: str
    page_id: int | None = None  # None for an external link


def promotions_for(text, language, user):
    """The promotions of the query `text` a visitor `user` (None: anonymous) may see, in `language`, in order."""

    candidates = {normalise(text), normalise_query_string(text or "")} - {""}
    if not candidates & promoted_queries():
        return ()
    promotions = list(
        SearchPromotion.objects.filter(query__query_string__in=candidates)
        .select_related("page")
        .order_by("sort_order", "pk")[:MAX_PROMOTIONS]
    )
    if not promotions:  # most searches: no locale or view restrictions to read
        return ()
    locale = Locale.objects.filter(language_code=language).first()
    pages = {}
    for promotion in promotions:
        if promotion.page is not None:
            translated = promotion.page.get_translation_or_none(locale) if locale else None
            page = translated if translated is not None and translated.live else promotion.page
            pages[promotion.pk] = page.specific
    shown = visible_ids(user, [page for page in pages.values() if page.live])
    found = []
    with translation.override(language):
        for promotion in promotions:
            page = pages.get(promotion.pk)
            if page is None and promotion.external_link_url:
                found.append(
                    Promotion(promotion.external_link_text or promotion.external_link_url,
                              promotion.external_link_url, promotion.description)
                )  # fmt: skip
            elif page is not None and page.pk in shown:
                url = page.get_url()
                if url:
                    found.append(Promotion(page.title, url, promotion.description, page.pk))
    return tuple(found)


# The query strings that have promotions, read once per content version in each process (saving or deleting a
# promotion bumps it: search.signal_handlers): most searches have none, and then ask the database nothing.
_promoted = {"pair": (None, frozenset())}


def promoted_queries():
    version, queries = _promoted["pair"]
    if version != content_version():
        version = content_version()
        queries = frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True))
        _promoted["pair"] = (version, queries)  # one assignment: a concurrent request reads the old pair or the new
    return queries


def as_json(promotions):
    return [
        {"title": p.title, "url": p.url, "description": p.description, "external": p.page_id is None}
        for p in promotions
    ]
