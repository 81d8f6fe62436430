"""One sitemap per locale: /sitemap.xml is an index of /sitemap-fr.xml, /sitemap-en.xml and /sitemap-es.xml.

Each lists only the live, public pages of its language under the site's home page: partner-only pages (view
restrictions) are left out, and so are aliases (a French copy wagtail-localize puts in another tree until the
page is translated), so a language's sitemap holds real translations only.
"""

from django.conf import settings
from django.contrib.sitemaps import views as django_sitemap_views
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from home.visibility import public_pages

SITEMAP_URL_NAME = "sitemap_locale"


class LocaleSitemap(Sitemap):
    def __init__(self, request, language_code):
        super().__init__(request)
        self.language_code = language_code

    def items(self):
        site_root = self.get_wagtail_site().root_page
        roots = site_root.get_translations(inclusive=True).filter(locale__language_code=self.language_code)
        root = roots.first()
        if root is None:
            return Page.objects.none()
        return (
            public_pages(root.get_descendants(inclusive=True).live())
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


def _language_codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def _sitemaps(request, codes):
    return {code: LocaleSitemap(request, code) for code in codes}


def sitemap_index(request):
    """The per-language sitemaps at the same origin as the page URLs they list: the Site record's root URL.

    Django's own index view would use the request's host, which differs from the Site record's behind a proxy.
    """
    site = Site.find_for_request(request)
    base = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    items = [
        django_sitemap_views.SitemapIndexItem(f"{base}{reverse(SITEMAP_URL_NAME, kwargs={'section': code})}")
        for code in _language_codes()
    ]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml")


def locale_sitemap(request, section):
    if section not in _language_codes():
        raise Http404
    return django_sitemap_views.sitemap(request, _sitemaps(request, [section]), section=section)
