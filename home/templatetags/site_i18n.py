"""Template tags for languages: alternates of a page and labels in the visitor's language."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from home import localization

register = template.Library()


@register.simple_tag(takes_context=True)
def page_alternates(context, page):
    """Memoised per request: the switcher and the hreflang links share one lookup."""
    request = context.get("request")
    cache = getattr(request, "_page_alternates", None) if request else None
    if cache is None:
        cache = {}
        if request is not None:
            request._page_alternates = cache
    if page.pk not in cache:
        cache[page.pk] = localization.page_alternates(page, request)
    return cache[page.pk]


@register.filter
def label(obj):
    """{{ term|label }}: a taxonomy term, keyword or page title in the active language."""
    return localization.localized_label(obj)


@register.simple_tag(takes_context=True)
def view_alternates(context):
    """Alternates for views that are not Wagtail pages (search, login): the same URL in each language."""

    request = context.get("request")
    if request is None:
        return []
    current = translation.get_language()
    query = request.META.get("QUERY_STRING")
    alternates = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        url = translate_url(request.path, code)
        alternates.append(
            localization.Alternate(
                language_code=code,
                language_name=name,
                url=f"{url}?{query}" if query else url,
                is_translation=True,
                is_current=code == current,
            )
        )
    return alternates
