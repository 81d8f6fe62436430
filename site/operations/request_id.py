"""A request id for every log line: taken from the proxy's X-Request-ID when it sends a sane one, else made here.

The id is echoed in the response's X-Request-ID header so a visitor's report can be matched with the logs.
"""

import contextvars
import logging
import re
import uuid

_current = contextvars.ContextVar("request_id", default="-")
_SANE = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get("X-Request-ID", "")
        request_id = given if _SANE.match(given) else uuid.uuid4().hex
        # Not reset on the way out: Django logs a request's 4xx/5xx after the last middleware has returned.
        _current.set(request_id)
        response = self.get_response(request)
        response["X-Request-ID"] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record (a dash outside requests: commands, the worker)."""

    def filter(self, record):
        record.request_id = _current.get()
        return True
