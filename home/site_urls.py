"""Absolute URLs of the site from one place: the Wagtail Site record serving the request, else
WAGTAILADMIN_BASE_URL. The sitemap, robots.txt and API v2 all use it, so none answers with the request's Host
header on one page and `http://localhost/` on the next."""

from django.conf import settings
from wagtail.models import Site


def base_url(request=None):
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is not None and site.hostname not in ("localhost", ""):
        return site.root_url
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "") or (site.root_url if site else "")


def absolute_url(request, path):
    return base_url(request).rstrip("/") + path
