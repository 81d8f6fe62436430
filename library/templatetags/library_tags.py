"""Template tags of the library: citations in the visitor's language, citation meta tags, export links."""

from django import template
from django.utils.translation import get_language

from library.bibliography.mapping import csl_item
from library.citations import citations
from library.export import FORMATS
from library.meta import citation_meta

register = template.Library()

EXPORT_LABELS = {"bibtex": "BibTeX", "ris": "RIS", "csljson": "CSL-JSON"}


@register.simple_tag(takes_context=True)
def reference_citations(context, page):
    """[{"key", "label", "html"}] in APA, Chicago author-date and ISO 690, with the terms of the page's language."""
    language = getattr(getattr(page, "locale", None), "language_code", None) or get_language()
    return citations(csl_item(page), language)


@register.simple_tag(takes_context=True)
def reference_meta(context, page):
    request = context.get("request")
    url = request.build_absolute_uri(page.url) if request and page.url else ""
    return citation_meta(csl_item(page), url)


@register.simple_tag
def reference_exports(page):
    """[(label, format)] of the export formats, for links to library:export_reference."""
    return [(EXPORT_LABELS[fmt], fmt) for fmt in FORMATS]
