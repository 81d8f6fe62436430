"""Spam protection without third parties: a honeypot field robots fill in, and rate limits kept in the cache.

The limits count per client IP and per e-mail address, each in a fixed window; the cache is shared by every
process when CACHE_URL is set, otherwise each process counts on its own (a looser but still bounded limit).
"""

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "homepage"


class HoneypotMixin(forms.Form):
    """A field hidden from people (CSS and aria-hidden) that robots fill in; a filled form is dropped silently."""

    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self):
        return bool(self.data.get(HONEYPOT_FIELD))


def client_ip(request):
    """The client's address as the server saw it (a reverse proxy must set REMOTE_ADDR, e.g. gunicorn's)."""
    return request.META.get("REMOTE_ADDR", "")


def _hit(key, limit, window):
    """Counts one attempt under `key`; True while the count stays within `limit` for the window."""
    if cache.add(key, 1, window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, window)
        return True
    return count <= limit


def within_rate_limit(scope, request, email):
    """Counts a submission of `scope` by this IP and this address; False once either is over the limit."""
    limit, window = settings.CONTRIBUTION_RATE_LIMIT
    ip_ok = _hit(f"rate:{scope}:ip:{client_ip(request)}", limit, window)
    address_ok = _hit(f"rate:{scope}:email:{email.strip().lower()}", limit, window)
    return ip_ok and address_ok
