"""Values read once per request (restrictions, content versions) and read again by the next one.

A memo lives in a context variable that RequestMemoMiddleware opens for each request; outside a request (shell,
tasks, imports) nothing is memoised, so no process ever keeps a stale answer between requests.
"""

from contextvars import ContextVar

_memo = ContextVar("request_memo", default=None)


def memoised(name, load):
    memo = _memo.get()
    if memo is None:
        return load()
    if name not in memo:
        memo[name] = load()
    return memo[name]


def forget(name):
    memo = _memo.get()
    if memo is not None:
        memo.pop(name, None)


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
