"""Showing French-linked relations in the visitor's language, without a query per item.

Pages link to the source-locale (French) version of taxonomy terms, keywords, themes and organisations; the
relation is synchronised by wagtail-localize. Whatever is displayed is looked up here by
`translation_key` in the active locale: labels from a per-locale map kept in the cache (keyed by the content version
of home.versions), pages with one query for a whole listing.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Page

from home.versions import content_version
from home.visibility import public_pages, visible_pages

LABELS_TIMEOUT = 60 * 60 * 24
UNTRANSLATED_PARAM = "untranslated"


def active_locale():
    """The Locale of the active language (falls back to the default locale)."""
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


# Kept for initiatives/importing/run.py (terms created in bulk send no post_save), whose owners switch it to
# home.versions.content_changed; nothing else calls it.


def _label_field(model):
    return "title" if issubclass(model, Page) else "name"


def term_labels(model, language_code=None):
    """{translation_key: label} for every instance of a translatable model in one language.

    Falls back to the source-locale label for instances not yet translated, so a label is never missing.
    """
    language_code = language_code or translation.get_language() or "fr"
    key = f"labels:{content_version()}:{model._meta.label_lower}:{language_code}"
    labels = cache.get(key)
    if labels is None:
        field = _label_field(model)
        manager = model.objects.live() if issubclass(model, Page) else model.objects
        rows = manager.filter(locale__language_code__in={language_code, Locale.get_default().language_code})
        rows = rows.values_list("translation_key", "locale__language_code", field)
        labels = {}
        for translation_key, row_language, label in rows:
            if row_language == language_code or translation_key not in labels:
                labels[translation_key] = label
        cache.set(key, labels, LABELS_TIMEOUT)
    return labels


def translated_keys(model, language_code=None):
    """The translation keys of a translatable model that have a row in this language (cached like the labels)."""
    language_code = language_code or translation.get_language() or "fr"
    key = f"labels:{content_version()}:{model._meta.label_lower}:{language_code}:translated"
    keys = cache.get(key)
    if keys is None:
        keys = set(model.objects.filter(locale__language_code=language_code).values_list("translation_key", flat=True))
        cache.set(key, keys, LABELS_TIMEOUT)
    return keys


def fallback_language(obj, language_code=None):
    """The source language code when `obj` is shown untranslated (for a `lang` attribute), "" otherwise."""
    language_code = language_code or translation.get_language() or "fr"
    if language_code == Locale.get_default().language_code or obj.translation_key in translated_keys(
        type(obj), language_code
    ):
        return ""
    return Locale.get_default().language_code


def localized_label(obj, language_code=None):
    """The label of a term (or page title) in the active language."""
    if obj is None:
        return ""
    return term_labels(type(obj), language_code).get(obj.translation_key) or str(obj)


def localized_labels(objs, language_code=None):
    """Labels for an iterable of terms, in their order."""
    objs = list(objs)
    if not objs:
        return []
    labels = term_labels(type(objs[0]), language_code)
    return [labels.get(obj.translation_key) or str(obj) for obj in objs]


def localized_pages(pages, locale=None, user=None):
    """{translation_key: page} giving, for each page, its live translation in `locale` or the page itself.

    Translations `user` may see (None: public ones). One query whatever the number of pages. Returned pages are
    specific when the input pages are.
    """
    pages = [page for page in pages if page is not None]
    locale = locale or active_locale()
    result = {page.translation_key: page for page in pages}
    wanted = [page.translation_key for page in pages if page.locale_id != locale.pk]
    if not wanted:
        return result
    model = type(pages[0]) if len({type(p) for p in pages}) == 1 else Page
    for page in visible_pages(model.objects.live().filter(translation_key__in=wanted, locale=locale), user):
        result[page.translation_key] = page
    return result


@dataclass(frozen=True)
class Alternate:
    language_code: str
    language_name: str
    url: str
    is_translation: bool  # False: no real translation of this page, the URL leads to that language's home
    is_current: bool


def page_alternates(page, request=None):
    """For a language switcher and hreflang: one entry per site language, cached until the next publish.

    The key follows the content version (home.versions). Previews are computed afresh.
    """
    if request is None or getattr(request, "is_preview", False) or not page.pk:
        return _page_alternates(page, request)
    host = request.get_host() if hasattr(request, "get_host") else ""
    key = f"alternates:{content_version()}:{page.pk}:{host}"
    alternates = cache.get(key)
    if alternates is None:
        alternates = _page_alternates(page, request)
        cache.set(key, alternates, LABELS_TIMEOUT)
    return alternates


def _page_alternates(page, request=None):
    """One entry per site language (two queries at most)."""

    current = page.locale.language_code
    # Aliases are French copies wagtail-localize keeps in the other trees until a page is translated: not a
    # translation, so they are neither an hreflang alternate nor a switcher target.
    translated = public_pages(page.get_translations(inclusive=True).live()).filter(alias_of__isnull=True)
    translations = {p.locale.language_code: p for p in translated.select_related("locale")}
    if page.alias_of_id is None:
        translations.setdefault(current, page)
    missing = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in translations]
    homes = {}
    if missing:
        for home in Page.objects.filter(depth=2, locale__language_code__in=missing).live().select_related("locale"):
            homes[home.locale.language_code] = home
    alternates = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target = translations.get(code) or homes.get(code)
        if target is None:
            continue
        url = target.get_url(request=request)
        if code not in translations:
            url += f"?{UNTRANSLATED_PARAM}=1"  # the home page then tells why the visitor landed there
        alternates.append(
            Alternate(
                language_code=code,
                language_name=name,
                url=url,
                is_translation=code in translations,
                is_current=code == current,
            )
        )
    return alternates
