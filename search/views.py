"""Search views. The faceted search itself arrives with the search issue; this page only echoes the query."""

from django.template.response import TemplateResponse


def search_page(request):
    return TemplateResponse(request, "search/search_page.html", {"query": request.GET.get("q", "")})
