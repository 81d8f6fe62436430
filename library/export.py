"""Export of references as BibTeX, RIS or CSL-JSON: one page, a library listing, or (later) a search result set."""

from django.db.models import Prefetch

from library.bibliography import bibtex, csljson, ris
from library.bibliography.mapping import csl_item
from library.models import ReferenceContributor, ReferencePage

FORMATS = {
    "bibtex": ("application/x-bibtex; charset=utf-8", "bib", bibtex.dump),
    "ris": ("application/x-research-info-systems; charset=utf-8", "ris", ris.dump),
    "csljson": ("application/vnd.citationstyles.csl+json; charset=utf-8", "json", csljson.dump),
}


def csl_items(pages):
    """CSL items for reference pages (a queryset or a list of pages), in three queries whatever their number."""
    ids = [page.pk for page in pages]
    references = (
        ReferencePage.objects.filter(pk__in=ids)
        .prefetch_related(
            Prefetch("contributors", queryset=ReferenceContributor.objects.order_by("sort_order")),
            "keyword_items__tag",
        )
        .in_bulk()
    )
    items = []
    for pk in ids:
        page = references.get(pk)
        if page is not None:
            keywords = [item.tag.name for item in page.keyword_items.all()]
            items.append(csl_item(page, list(page.contributors.all()), keywords))
    return items


def csl_items_by_id(ids):
    """{page id: (CSL item, page URL)} of the live, public references among ids, in a fixed number of queries."""
    pages = list(ReferencePage.objects.live().public().filter(pk__in=ids))
    return {page.pk: (item, page.url or "") for page, item in zip(pages, csl_items(pages), strict=True)}


def export_references(pages, fmt):
    """(content_type, text) of the pages in a format: "bibtex", "ris" or "csljson". Raises KeyError otherwise."""
    content_type, _extension, dump = FORMATS[fmt]
    return content_type, dump(csl_items(pages))


def filename(stem, fmt):
    return f"{stem}.{FORMATS[fmt][1]}"
