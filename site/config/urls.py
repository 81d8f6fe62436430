"""URLs: admin and APIs without a language prefix; pages under i18n_patterns (French unprefixed, /en/, /es/)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static as static_url
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import sitemaps
from home.api import api_router
from home.keyword_tagging import source_locale_keyword_autocomplete
from home.robots import robots_txt
from operations import views as operations_views
from search.opendata.urls import api_urlpatterns as opendata_api_urlpatterns
from search.urls import api_urlpatterns as search_api_urlpatterns

urlpatterns = [
    path("healthz", operations_views.healthz, name="healthz"),
    path("readyz", operations_views.readyz, name="readyz"),
    # In front of Wagtail's tag autocomplete: page editors link French keywords only (home/keyword_tagging.py).
    path("admin/tag-autocomplete/home/keyword/", source_locale_keyword_autocomplete),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/search/", include((search_api_urlpatterns, "search_api"))),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Browsers ask for /favicon.ico whatever the page says.
    path("favicon.ico", lambda request: HttpResponsePermanentRedirect(static_url("icons/favicon.ico"))),
    path("api/open-data/", include((opendata_api_urlpatterns, "opendata_api"))),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap_index"),
    path("sitemap-<str:section>.xml", sitemaps.locale_sitemap, name=sitemaps.SITEMAP_URL_NAME),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("", include("home.urls")),
    path("", include("library.urls")),
    path("", include("operations.urls")),
    path("", include("initiatives.contributions.urls")),
    path("", include("home.partners.urls")),
    path("", include("initiatives.events.urls")),
    path("", include("library.letter.urls")),
    path("", include("home.feeds.urls")),
    path("", include("search.opendata.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
