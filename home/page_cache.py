"""Whole-page cache for anonymous visitors.

Wagtail serves a page after its `before_serve_page` hooks (view restrictions included), so only pages an anonymous
visitor may see reach `BasePage.serve`. Their HTML is cached per host and full path (language prefix and `?page=`
included) under the content version (home.versions), which every publish, unpublish, move, deletion,
view-restriction or taxonomy change bumps: the next request renders afresh. Requests carrying a session
or flash messages (logged-in partners, editors), other query parameters and non-GET methods are never cached.
AnonymousPageCacheMiddleware answers cached pages before routing.
`PAGE_CACHE_TIMEOUT = 0` turns the cache off (the query-budget tests measure the pages themselves that way).
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from home.versions import content_version

CACHED_QUERY_PARAMETERS = {"page"}


def timeout():
    return getattr(settings, "PAGE_CACHE_TIMEOUT", 300)


# Answered without the database and never cached: a load balancer asks them while the database is down.
UNCACHED_PATHS = ("/healthz", "/readyz")


def is_cacheable(request):
    if timeout() <= 0 or request.method != "GET" or getattr(request, "is_preview", False):
        return False
    if request.path in UNCACHED_PATHS:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return set(request.GET) <= CACHED_QUERY_PARAMETERS


def cache_key(request):
    return f"page-html:{content_version()}:{request.get_host()}:{request.get_full_path()}"


def cached_hit(request):
    """The cached response for this request, or None."""
    hit = cache.get(cache_key(request))
    if hit is None:
        return None
    content, content_type = hit
    return HttpResponse(content, content_type=content_type)


class AnonymousPageCacheMiddleware:
    """Answers a cached page before Wagtail routes the request: no SQL query at all.

    Only `BasePage.serve` fills the cache, for anonymous visitors who passed Wagtail's view-restriction check;
    a restriction added or removed bumps the content version, hence the key. It comes last in MIDDLEWARE so the
    others still add their headers to a cached page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_cacheable(request):
            response = cached_hit(request)
            if response is not None:
                return response
        return self.get_response(request)


def cached_response(request, render):
    """The cached HTML for this request, or `render()`'s response, stored when it is a plain 200."""
    if not is_cacheable(request):
        return render()
    response = cached_hit(request)
    if response is not None:
        return response
    key = cache_key(request)
    response = render()
    if hasattr(response, "render"):
        response.render()
    if response.status_code == 200 and not response.has_header("Set-Cookie") and not response.cookies:
        cache.set(key, (response.content, response["Content-Type"]), timeout())
    return response
