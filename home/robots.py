"""/robots.txt: crawlers may read every public page, not the admin, APIs or exports; it names the sitemap."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from home.site_urls import absolute_url

DISALLOWED = ["/admin/", "/api/", "/references/export.", "/documents/"]


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED)]
    lines.append(f"Sitemap: {absolute_url(request, reverse('sitemap_index'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
