"""The index document of a page in one locale: the single source both engines index.

One document per published page per locale. A French page without a live translation in English or Spanish also
gets a document in that locale, flagged `untranslated`, shown only when a visitor asks for untranslated originals.
Facet values are the stable slugs/codes of the French terms (relations are synchronised); the labels
indexed for full text are those of the document's locale.
"""

from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from django_countries.fields import Country
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale

from home.localization import term_labels
from home.models import ArticlePage, Keyword
from home.sorting import sort_key
from home.visibility import NOBODY, audience_for_path, restricted_sections
from initiatives.events.models import EventPage
from initiatives.models import Audience, InitiativePage, InitiativeType, OrganisationPage, ThemePage
from library.models import ReferencePage, ThematicNotePage
from search.attachments.extraction import text_for_index
from search.facets import Facet, ResourceType
from search.related_terms import CONTRIBUTORS, Term, load_terms
from search.schema import FACET_FIELDS, TEXT_FIELDS  # noqa: F401  (declared there, imported from here)

BODY_MAX_CHARS = 20000
ATTACHMENT_MAX_CHARS = 100_000


def indexed_models():
    """{model: resource type} of the page types that have a search document."""

    return {
        InitiativePage: ResourceType.INITIATIVE,
        ThematicNotePage: ResourceType.NOTE,
        ReferencePage: ResourceType.REFERENCE,
        ArticlePage: ResourceType.ARTICLE,
        ThemePage: ResourceType.THEME,
        OrganisationPage: ResourceType.ORGANISATION,
        EventPage: ResourceType.EVENT,
    }


def site_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


@dataclass
class BuildContext:
    """Lookups shared by the documents of one indexing run (one query each, not one per page)."""

    sections: tuple = ()
    default_language: str = "fr"
    _labels: dict = field(default_factory=dict)

    @classmethod
    def load(cls):
        return cls(
            sections=restricted_sections(),
            default_language=Locale.get_default().language_code,
        )

    def labels(self, model, language_code):
        """term_labels, memoised for the run (the shared cache unpickles the whole map on every read)."""

        key = (model, language_code)
        if key not in self._labels:
            self._labels[key] = term_labels(model, language_code)
        return self._labels[key]

    def visibility(self, page):
        """The page's audience key (home.visibility): searches filter on the keys the visitor passes."""
        return audience_for_path(page.path, self.sections).key


def build_document(page, language_code, context, terms, untranslated=False):
    """The index document (a plain dict) of a specific, live page for the locale `language_code`, with the page's
    related terms (`terms`: what search.related_terms.load_terms gives for the page)."""

    resource_type = indexed_models()[type(page)]
    themes = [Term(page.code, page.title, page.translation_key)] if resource_type == ResourceType.THEME else []
    themes = themes or terms["themes"]
    keywords = terms["keywords"]
    organisations = terms["organisation_links__organisation"] or terms["organisers"]
    if resource_type == ResourceType.ORGANISATION:
        organisations = [Term(page.slug, page.title, page.translation_key)]
    countries = _countries(page)
    with translation.override(language_code):
        url = page.get_url()
        country_names = " ".join(str(Country(code).name) for code in countries)
    launch_year = getattr(page, "launch_year", None)
    published_year = _published_year(page)
    document = {
        "id": f"{page.translation_key}-{language_code}",
        "page_id": page.pk,
        "translation_key": str(page.translation_key),
        "locale": language_code,
        "original_locale": page.locale.language_code,
        "untranslated": untranslated,
        "title": page.title,
        "summary": page.summary or "",
        "body": _body_text(page)[:BODY_MAX_CHARS],
        "attachment_text": text_for_index(page)[:ATTACHMENT_MAX_CHARS],
        "keywords_text": _labels(keywords, context.labels(Keyword, language_code)),
        "themes_text": _labels(themes, context.labels(ThemePage, language_code)),
        "labels_text": " ".join(
            [
                _labels(terms["initiative_types"], context.labels(InitiativeType, language_code)),
                _labels(terms["audiences"], context.labels(Audience, language_code)),
            ]
        ).strip(),
        "countries_text": country_names,
        "territory": " ".join(filter(None, [getattr(page, "territory", ""), getattr(page, "region", "")])),
        "organisations_text": _labels(organisations, context.labels(OrganisationPage, language_code)),
        "authors": _authors(page, terms),
        Facet.TYPE: [resource_type.value],
        Facet.THEME: _slugs(themes),
        Facet.KEYWORD: _slugs(keywords),
        Facet.INITIATIVE_TYPE: _slugs(terms["initiative_types"]),
        Facet.AUDIENCE: _slugs(terms["audiences"]),
        Facet.STATUS: [page.status.slug] if getattr(page, "status", None) else [],
        Facet.COUNTRY: countries,
        Facet.ORGANISATION: _slugs(organisations),
        Facet.REFERENCE_TYPE: [page.reference_type] if resource_type == ResourceType.REFERENCE else [],
        "launch_year": launch_year,
        "published_year": published_year,
        "year": launch_year or published_year,
        "title_sort": sort_key(page.title)[0][:255],
        "sort_date": (page.last_published_at or page.first_published_at).isoformat()
        if (page.last_published_at or page.first_published_at)
        else None,
        "url": url or "",
        "visibility": context.visibility(page),
    }
    return document


def documents_for_group(translation_key, context=None):
    """Every document of a translation group: its live pages per locale, plus flagged French originals."""
    return documents_for_groups([translation_key], context)[str(translation_key)]


def documents_for_groups(translation_keys, context=None, chunk_size=500):
    """{translation_key: [documents]} for many groups at once, with one build context."""
    context = context or BuildContext.load()
    keys = sorted({str(key) for key in translation_keys})
    documents = {key: [] for key in keys}
    for model in indexed_models():
        for key, group_documents in _documents_by_group(model, keys, context, chunk_size):
            documents[key].extend(group_documents)
    return documents


def iter_all_documents(language_codes=None, chunk_size=500):
    """Every document of the site (for a rebuild), optionally only for some locales."""
    context = BuildContext.load()
    wanted = [code for code in site_languages() if code in set(language_codes or site_languages())]
    for model in indexed_models():
        keys = model.objects.live().order_by("translation_key").values_list("translation_key", flat=True).distinct()
        for _key, group_documents in _documents_by_group(model, list(keys), context, chunk_size, wanted):
            yield from group_documents


def _documents_by_group(model, keys, context, chunk_size, language_codes=None):
    """(translation key, documents) of the groups of one page model among `keys`; per chunk of keys, one query for
    the pages and one per relation for their terms (search.related_terms)."""
    for start in range(0, len(keys), chunk_size):
        pages = _live_pages(model).filter(translation_key__in=keys[start : start + chunk_size])
        pages = list(pages.order_by("translation_key", "pk"))
        terms = load_terms(model, pages)
        for key, group in groupby(pages, key=attrgetter("translation_key")):
            yield str(key), list(_documents_for_pages(list(group), context, terms, language_codes))


def _documents_for_pages(pages, context, terms, language_codes=None):
    """The documents of one translation group's pages; `terms` by page pk, as load_terms gives them."""
    by_locale = {page.locale.language_code: page for page in pages}
    default = context.default_language
    for language_code in language_codes or site_languages():
        page = by_locale.get(language_code) or by_locale.get(default)
        # password-protected pages stay out of every index (no visitor passes NOBODY)
        if page is not None and context.visibility(page) != NOBODY:
            untranslated = page.locale.language_code != language_code
            yield build_document(page, language_code, context, terms[page.pk], untranslated)


def _live_pages(model):
    related = ["locale", "status"] if hasattr(model, "status") else ["locale"]
    return model.objects.live().select_related(*related)


def _labels(terms, labels):
    """The terms' labels in the document's locale (`labels`: {translation_key: label}), else in the source's."""
    return " ".join(labels.get(term.translation_key, term.label) for term in terms)


def _slugs(terms):
    return sorted({term.slug for term in terms if term.slug})


def _countries(page):
    if hasattr(page, "countries"):
        return sorted({country.code for country in page.countries})
    country = getattr(page, "country", None)
    return [country.code] if country else []


def _authors(page, terms):
    if hasattr(page, CONTRIBUTORS):
        return " ".join(str(contributor) for contributor in terms[CONTRIBUTORS])
    return getattr(page, "authors", "") or getattr(page, "author", "") or ""


def _published_year(page):
    if getattr(page, "issued_year", None):
        return page.issued_year
    for name in ("publication_date", "date", "start_date"):  # an event's date facet is its year
        value = getattr(page, name, None)
        if value:
            return value.year
    return None


def _body_text(page):
    """Plain text of the page's rich-text and StreamField content."""
    parts = []
    for model_field in page._meta.get_fields():
        if isinstance(model_field, StreamField):
            value = getattr(page, model_field.name)
            parts.extend(model_field.stream_block.get_searchable_content(value))
        elif isinstance(model_field, RichTextField):
            parts.append(getattr(page, model_field.name) or "")
    if getattr(page, "abstract", ""):
        parts.append(page.abstract)
    return " ".join(" ".join(strip_tags(str(part)).split()) for part in parts if part)
