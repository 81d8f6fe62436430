"""System check: a configured Elasticsearch cluster is reachable and holds the resource aliases.

Warnings, not errors: the site works without Elasticsearch (the database engine answers), but whoever starts it
should know. A URL that cannot be used at all is an error."""

from django.conf import settings
from django.core.checks import Error, Warning, register
from django.core.exceptions import ImproperlyConfigured

from search.documents import site_languages
from search.engines.connection import client_from_settings
from search.engines.elasticsearch import SEARCH_ERRORS

CHECK_TIMEOUT = 3


@register("search")
def check_elasticsearch(app_configs=None, **kwargs):
    if not settings.ELASTICSEARCH_URL:
        return []

    try:
        client = client_from_settings(request_timeout=CHECK_TIMEOUT)
    except ImproperlyConfigured as error:
        return [Error(str(error), id="search.E001")]
    prefix = settings.RESOURCE_INDEX_PREFIX
    try:
        info = client.info()
        missing = [code for code in site_languages() if not client.indices.exists_alias(name=f"{prefix}-{code}")]
    except SEARCH_ERRORS as error:
        return [
            Warning(
                f"Elasticsearch at {client.transport.node_pool.all()[0].base_url} does not answer: {error}",
                hint="Check ELASTICSEARCH_URL, ELASTICSEARCH_API_KEY and ELASTICSEARCH_CA_CERTS; until then the "
                "database engine answers searches.",
                id="search.W001",
            )
        ]
    found = []
    major = int(str(info["version"]["number"]).split(".")[0])
    if major < 8:
        found.append(Warning(f"Elasticsearch {info['version']['number']} is not supported (8 or 9)", id="search.W002"))
    if missing:
        found.append(
            Warning(
                f"The resource index aliases are missing for: {', '.join(missing)}",
                hint="Run: python manage.py rebuild_resource_index",
                id="search.W003",
            )
        )
    return found
