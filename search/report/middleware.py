"""Counts the searches of the search report, including those the anonymous page cache answers."""

from functools import partial

from search.report.recording import RESULT_COUNT, counted_search, record_search, safely


class SearchReportMiddleware:
    """Sits before home.page_cache.AnonymousPageCacheMiddleware, so it sees the searches served from the cache too.

    The count is written when the response is closed, after the server has sent it: the visitor never waits for
    it. Django calls a response's `_resource_closers` on close() (how FileResponse closes its file): a private list,
    stable since Django 3.0; request_finished would do the same, but does not say which request finished.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 200:
            counted = counted_search(request)
            if counted is not None:
                results = getattr(request, RESULT_COUNT, None)  # None: served from a cache, the view did not run
                response._resource_closers.append(partial(safely, record_search, *counted, results))
        return response
