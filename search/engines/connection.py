"""The Elasticsearch client of the settings: ELASTICSEARCH_URL (credentials may be in it; the port defaults to 9200
for http and 443 for https), ELASTICSEARCH_API_KEY, ELASTICSEARCH_CA_CERTS and ELASTICSEARCH_TIMEOUT."""

from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from elasticsearch import Elasticsearch


def node_url(url):
    """(URL with its port and without credentials, (user, password) or None); ImproperlyConfigured if unusable."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImproperlyConfigured(f"ELASTICSEARCH_URL must be http(s)://host[:port], not {url!r}")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 9200)
    except ValueError as error:
        raise ImproperlyConfigured(f"ELASTICSEARCH_URL has an invalid port: {error}") from None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    credentials = (unquote(parts.username), unquote(parts.password or "")) if parts.username else None
    return f"{parts.scheme}://{host}:{port}{parts.path.rstrip('/')}", credentials


def client_from_settings(**options):
    url, credentials = node_url(settings.ELASTICSEARCH_URL)
    if getattr(settings, "ELASTICSEARCH_API_KEY", ""):  # preferred to credentials in the URL (one scheme only)
        options["api_key"] = settings.ELASTICSEARCH_API_KEY
    elif credentials:
        options["basic_auth"] = credentials
    if getattr(settings, "ELASTICSEARCH_CA_CERTS", ""):
        options["ca_certs"] = settings.ELASTICSEARCH_CA_CERTS
    options.setdefault("request_timeout", settings.ELASTICSEARCH_TIMEOUT)
    # One attempt: a slow or failing cluster costs one timeout, and the circuit breaker stops the next calls.
    options.setdefault("max_retries", 0)
    options.setdefault("retry_on_timeout", False)
    return Elasticsearch(url, **options)
