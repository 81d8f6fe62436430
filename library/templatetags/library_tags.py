"""Template tags of the library: citations in the visitor's language, head metadata, COinS, export links, note
chapters with linked footnote markers."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from library.bibliography.mapping import csl_item
from library.citations import citations
from library.coins import coins_title
from library.export import FORMATS, csl_items_by_id
from library.listings import link_footnote_markers
from library.meta import citation_meta, dublin_core_meta, open_graph_meta

register = template.Library()

EXPORT_LABELS = {"bibtex": "BibTeX", "ris": "RIS", "csljson": "CSL-JSON"}


def _absolute_url(context, page):
    request = context.get("request")
    path = page.get_url(request=request) if page.pk else ""
    return request.build_absolute_uri(path) if request and path else page.full_url or ""


@register.simple_tag(takes_context=True)
def reference_citations(context, page):
    """[{"key", "label", "html"}] in APA, Chicago author-date and ISO 690, with the terms of the page's language."""
    language = getattr(getattr(page, "locale", None), "language_code", None) or get_language()
    return citations(csl_item(page), language)


@register.simple_tag(takes_context=True)
def reference_head(context, page):
    """{"url", "names": [(name, content)], "properties": [(property, content)]} for the page's <head>."""
    item, url = csl_item(page), _absolute_url(context, page)
    return {
        "url": url,
        "names": citation_meta(item, url) + dublin_core_meta(item),
        "properties": open_graph_meta(item, url, page.summary or item.get("abstract", "")[:300]),
    }


@register.simple_tag(takes_context=True)
def reference_coins(context, target):
    """The COinS title of a reference page, or of a search hit (an object with page_id and type): the hits of the
    response being rendered are read together once, so a result page costs the same queries whatever its length."""
    if hasattr(target, "reference_type"):
        return coins_title(csl_item(target), _absolute_url(context, target))
    if _field(target, "type") != "reference":
        return ""
    batch = context.render_context.get("library_coins")
    if batch is None:
        hits = getattr(context.get("response"), "hits", None) or [target]
        ids = {_field(hit, "page_id") for hit in hits if _field(hit, "type") == "reference"} | {
            _field(target, "page_id")
        }
        request = context.get("request")
        batch = {pk: coins_title(item, request.build_absolute_uri(url) if request else url)
                 for pk, (item, url) in csl_items_by_id(ids).items()}  # fmt: skip
        context.render_context["library_coins"] = batch
    return batch.get(_field(target, "page_id"), "")


def _field(hit, name):
    """A search hit's field, whether the engine's Hit or the card view the search page renders (a dict)."""
    return hit.get(name) if isinstance(hit, dict) else getattr(hit, name, None)


@register.filter
def language_name(code):
    """ "fr" → "French" in the visitor's language; a code Django does not know is shown as it is."""
    try:
        return get_language_info(str(code).split("-")[0].lower())["name_translated"]
    except KeyError:
        return code


@register.simple_tag
def reference_exports(page=None):
    """[(label, format)] of the export formats, for links to library:export_reference or export_library."""
    return [(EXPORT_LABELS[fmt], fmt) for fmt in FORMATS]


@register.simple_tag(takes_context=True)
def chapter_body(context, body):
    """A chapter's blocks rendered, with “[n]” markers linked to the note's footnotes."""
    html = body.render_as_block(context=context.flatten())
    return mark_safe(link_footnote_markers(str(html), context.get("footnote_numbers") or set()))
