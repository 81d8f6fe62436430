"""Downloads of references: one reference, or the whole (public) library listing, in BibTeX, RIS or CSL-JSON."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from wagtail.models import Locale

from home.visibility import visible_pages
from library.export import FORMATS, export_references, filename
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
    return _download([page], fmt, page.slug)


def export_library(request, fmt):
    try:
        locale = Locale.objects.get(language_code=get_language())
    except Locale.DoesNotExist:
        locale = Locale.get_default()
    pages = list(_visible(request).filter(locale=locale).only("pk"))
    return _download(pages, fmt, "references")
