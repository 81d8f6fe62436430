"""Anonymous searches cached: the search page, its fragment, a facet's values and the JSON API.

A search is the most expensive request of the site, and the same few are asked again and again (the empty search,
a theme, a popular word). An anonymous visitor's response is kept under the content version (home.versions: every
publish, move, restriction, taxonomy, synonym or promotion change, and every write to the resource index), so a
change shows at the next request. Never cached: visitors with a session (partners,
editors), flash messages, parameters the search does not know (their links would be served to others), degraded
answers (the fallback engine), errors, deep pages.

The key is the validated SearchRequest, not the URL: `?theme=a&q=x` and `?q=x&theme=a&theme=a` share one entry.
Bounded: at most 200 characters of query and 20 values per facet (search.searches), pages up to MAX_CACHED_PAGE,
bodies up to MAX_BODY, each entry for PAGE_CACHE_TIMEOUT seconds, in a cache that evicts (Redis with maxmemory and
allkeys-lru in docker-compose.yml, the local memory cache's MAX_ENTRIES).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from home.page_cache import timeout
from home.versions import content_changed, content_version
from search.facets import YEAR_RANGES, Facet

MAX_CACHED_PAGE = 10
MAX_BODY = 512 * 1024
KNOWN_PARAMETERS = (
    {"q", "lang", "sort", "page", "page_size", "include_untranslated", "facet_limit", "contains", "offset", "limit"}
    | set(Facet.values)
    | {name for _label, low, high in YEAR_RANGES.values() for name in (low, high)}
)


def is_cacheable(request, search_request):
    if timeout() <= 0 or request.method != "GET" or search_request.page > MAX_CACHED_PAGE:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if getattr(request, "user", None) is not None and request.user.is_authenticated:
        return False
    return set(request.GET) <= KNOWN_PARAMETERS


def cache_key(request, kind, search_request, extra=()):
    """The normalised search and what else the response depends on (host, the raw words shown back in the box)."""
    query = search_request.query
    material = repr(
        (
            kind,
            request.get_host(),
            content_version(),
            search_request.language,
            tuple((facet, tuple(sorted(values))) for facet, values in search_request.filters),
            search_request.year_ranges,
            search_request.sort,
            search_request.page,
            search_request.page_size,
            search_request.include_untranslated,
            search_request.audiences,
            search_request.facet_limit,
            (query.words, query.phrases, query.excluded),
            tuple(extra),
        )
    )
    return "search:" + hashlib.sha256(material.encode()).hexdigest()


def cached_search(request, kind, search_request, render, extra=()):
    """The cached response of this search, or render()'s. `render()` returns (response, whether it may be kept):
    a degraded answer or an error must not be."""
    if not is_cacheable(request, search_request):
        return render()[0]
    key = cache_key(request, kind, search_request, extra)
    hit = cache.get(key)
    if hit is not None:
        content, headers = hit
        return HttpResponse(content, headers=headers)
    response, keep = render()
    if hasattr(response, "render"):
        response.render()
    if keep and response.status_code == 200 and len(response.content) <= MAX_BODY and not response.cookies:
        headers = {name: response[name] for name in ("Content-Type", "Vary") if response.has_header(name)}
        cache.set(key, (response.content, headers), timeout())
    return response


def index_changed():
    """Called after every write to the resource index: cached searches are answered afresh."""
    content_changed()
