"""Search snippets from a note's or a reference's attached PDF (search.attachments): when a hit matches through its
document only, the snippet quotes the PDF, with the page the words are on. Engine-independent: it runs on any hits."""

from dataclasses import replace

from library.models import ReferencePage, ThematicNotePage
from search.attachments.models import AttachmentText, Extraction
from search.facets import ResourceType
from search.text import highlight

ATTACHING_TYPES = {ResourceType.NOTE.value, ResourceType.REFERENCE.value}


def with_document_snippets(request, hits):
    """`hits`, those whose snippet shows none of the words replaced by a snippet of their attached document."""
    terms = request.query.positive_terms
    wanting = [hit for hit in hits if hit.type in ATTACHING_TYPES and "<mark>" not in hit.snippet]
    if not terms or not wanting:
        return hits
    pages = _document_pages({hit.page_id for hit in wanting})
    found = {}
    for hit in wanting:
        for number, text in enumerate(pages.get(hit.page_id, ()), start=1):
            marked = highlight(text, terms, request.language)
            if "<mark>" in marked:
                found[hit.page_id] = replace(hit, snippet=marked, snippet_source="document", snippet_page=number)
                break
    return tuple(found.get(hit.page_id, hit) for hit in hits)


def _document_pages(page_ids):
    """{page id: [text of each page of its attached document]}: two queries for a page of hits."""

    documents = {}
    for model in (ThematicNotePage, ReferencePage):
        documents.update(model.objects.filter(pk__in=page_ids, document__isnull=False).values_list("pk", "document"))
    texts = dict(
        AttachmentText.objects.filter(document__in=set(documents.values()), status=Extraction.EXTRACTED).values_list(
            "document", "pages"
        )
    )
    return {page_id: texts.get(document_id, ()) for page_id, document_id in documents.items()}
