"""Downloads of references: one reference, or the whole (public) library listing, in BibTeX, RIS or CSL-JSON."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404

from home.listings import request_locale
from home.localization import localized_pages
from home.visibility import visible_pages
from library.export import FORMATS, export_references, filename
from library.listings import reference_queryset
from library.models import ReferencePage


def _download(pages, fmt, stem):
    if fmt not in FORMATS:
        raise Http404("Unknown export format")
    content_type, text = export_references(pages, fmt)
    response = HttpResponse(text, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename(stem, fmt)}"'
    return response


def _visible(request):
    """Published references this visitor may see (home.visibility): restricted ones stay hidden from others."""
    return visible_pages(ReferencePage.objects.live(), request.user).order_by("title")


def export_reference(request, page_id, fmt):
    page = get_object_or_404(_visible(request), pk=page_id)
    return _download([page], fmt, page.citation_key or page.slug)


def export_library(request, fmt):
    """The library's references in the visitor's language: each translation, or the French page when untranslated."""
    sources = list(reference_queryset().order_by("title"))
    shown = localized_pages(sources, request_locale(request))
    return _download([shown.get(page.translation_key, page) for page in sources], fmt, "references")
