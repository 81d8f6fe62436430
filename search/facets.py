"""Facet names (stable keys of filters and API parameters) and their labels in a visitor's language."""

import secrets
import threading

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.models import Locale, Page

from home.localization import term_labels, translated_keys
from home.models import Keyword
from home.request_memo import memoised
from home.versions import content_version
from initiatives.models import Audience, InitiativeStatus, InitiativeType, OrganisationPage, ThemePage
from library.models import ReferenceType


class Facet(models.TextChoices):
    TYPE = "type", _("Type")
    THEME = "theme", _("Theme")
    KEYWORD = "keyword", _("Keyword")
    INITIATIVE_TYPE = "initiative_type", _("Initiative type")
    AUDIENCE = "audience", _("Audience")
    STATUS = "status", _("Status")
    COUNTRY = "country", _("Country")
    ORGANISATION = "organisation", _("Organisation")
    REFERENCE_TYPE = "reference_type", _("Reference type")


class ResourceType(models.TextChoices):
    INITIATIVE = "initiative", _("Initiative")
    NOTE = "note", _("Thematic note")
    REFERENCE = "reference", _("Reference")
    ARTICLE = "article", _("Article")
    THEME = "theme", _("Theme")
    ORGANISATION = "organisation", _("Organisation")
    EVENT = "event", _("Event")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    PARTNERS = "partners", _("Partners only")


class Sort(models.TextChoices):
    RELEVANCE = "relevance", _("Relevance")
    NEWEST = "newest", _("Newest")
    TITLE = "title", _("Title")


# Integer ranges filtered as from/to pairs; the value stored in the document under the same name.
YEAR_RANGES = {
    "launch_year": (_("Launch year"), "launch_year_from", "launch_year_to"),
    "published_year": (_("Publication year"), "published_year_from", "published_year_to"),
}


# Label maps are read for every facet of every search: unpickling them from the shared cache each time cost more
# than the search's SQL at 10,000 pages (2,000 organisations: 20 ms a search, measured in bench/search.py). They
# are kept in the process too, under the content version each request reads (home.versions), so a change shows at
# the next request, and under a token kept in the shared cache, so clearing the cache clears them too.
_process_memo = {"version": None, "maps": {}}
_process_memo_lock = threading.Lock()
_TOKEN_KEY = "facet-label-maps-token"


def _cache_token():
    token = cache.get(_TOKEN_KEY)
    if token is None:
        token = secrets.token_hex(8)
        if not cache.add(_TOKEN_KEY, token, None):
            token = cache.get(_TOKEN_KEY, token)
    return token


def _per_version(name, facet, language_code, load):
    version = (content_version(), memoised(_TOKEN_KEY, _cache_token))
    key = (name, str(facet), language_code)
    with _process_memo_lock:
        if _process_memo["version"] != version:
            _process_memo["version"], _process_memo["maps"] = version, {}
        found = _process_memo["maps"].get(key)
    if found is None:
        found = load(facet, language_code)
        with _process_memo_lock:
            if _process_memo["version"] == version:
                _process_memo["maps"][key] = found
    return found


def facet_labels(facet, language_code):
    """{value: label} for every value a facet can take, in one language (cached label maps, no query per value).
    The map is shared: callers must not change it."""
    return _per_version("labels", facet, language_code, _facet_labels)


def _facet_labels(facet, language_code):
    with translation.override(language_code):
        if facet == Facet.TYPE:
            return {value: str(label) for value, label in ResourceType.choices}
        if facet == Facet.REFERENCE_TYPE:
            return {value: str(label) for value, label in ReferenceType.choices}
        if facet == Facet.COUNTRY:
            return {code: str(name) for code, name in countries}
    return _slug_labels(facet, language_code, term_labels)


def untranslated_values(facet, language_code):
    """The values of a facet whose label falls back to the source language's (terms not translated yet)."""
    return _per_version("untranslated", facet, language_code, _untranslated_values)


def _untranslated_values(facet, language_code):
    if language_code == settings.LANGUAGE_CODE or facet not in _SLUG_FACETS:
        return frozenset()
    model, key_field = _slug_facet_model(facet)
    translated = translated_keys(model, language_code)
    return frozenset(key for translation_key, key in _source_keys(model, key_field).items()
                     if translation_key not in translated)  # fmt: skip


_SLUG_FACETS = {Facet.THEME, Facet.KEYWORD, Facet.INITIATIVE_TYPE, Facet.AUDIENCE, Facet.STATUS, Facet.ORGANISATION}


def _slug_facet_model(facet):
    return {
        Facet.THEME: (ThemePage, "code"),
        Facet.KEYWORD: (Keyword, "slug"),
        Facet.INITIATIVE_TYPE: (InitiativeType, "slug"),
        Facet.AUDIENCE: (Audience, "slug"),
        Facet.STATUS: (InitiativeStatus, "slug"),
        Facet.ORGANISATION: (OrganisationPage, "slug"),
    }[facet]


def _slug_labels(facet, language_code, term_labels):
    model, key_field = _slug_facet_model(facet)
    labels = term_labels(model, language_code)
    keys = _source_keys(model, key_field)
    return {key: labels.get(translation_key, key) for translation_key, key in keys.items()}


def _source_keys(model, key_field):
    """{translation_key: slug or code} of the source-locale instances (the values facets use)."""

    cache_key = f"facetkeys:{content_version()}:{model._meta.label_lower}"
    keys = cache.get(cache_key)
    if keys is None:
        manager = model.objects.live() if issubclass(model, Page) else model.objects
        rows = manager.filter(locale=Locale.get_default()).values_list("translation_key", key_field)
        keys = dict(rows)
        cache.set(cache_key, keys, 60 * 60)
    return keys
