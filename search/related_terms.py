"""The related terms of many pages at once, for their index documents.

One query per relation for a whole batch of pages, reading only the columns a document needs. prefetch_related
did the same reads but built a manager and a queryset per page and relation, and whole page objects for themes
and organisations: that was half the time of a rebuild.
"""

from collections import defaultdict
from typing import NamedTuple
from uuid import UUID


class Term(NamedTuple):
    slug: str  # the facet value: theme code, keyword or organisation slug
    label: str  # the source-locale label, for full text
    translation_key: UUID  # to find the label in the document's locale


# relation (a lookup path from the page model): the related fields giving slug, label and translation key
RELATIONS = {
    "themes": ("code", "title", "translation_key"),
    "keywords": ("slug", "name", "translation_key"),
    "initiative_types": ("slug", "name", "translation_key"),
    "audiences": ("slug", "name", "translation_key"),
    "organisation_links__organisation": ("slug", "title", "translation_key"),
    "organisers": ("slug", "title", "translation_key"),  # an event's organisations
}
CONTRIBUTORS = "contributors"  # Orderable children whose str() is the author's name, read as model instances


def relations_of(model):
    return [name for name in RELATIONS if hasattr(model, name.split("__")[0])]


def load_terms(model, pages):
    """{page pk: {relation: [Term], "contributors": [contributor]}} for pages of one model."""
    ids = [page.pk for page in pages]
    terms = {pk: defaultdict(list) for pk in ids}
    for relation in relations_of(model):
        paths = [f"{relation}__{name}" for name in RELATIONS[relation]]
        rows = model.objects.filter(pk__in=ids, **{f"{paths[0]}__isnull": False}).values_list("pk", *paths)
        for pk, *values in rows.order_by("pk", *paths):
            terms[pk][relation].append(Term(*values))
    if hasattr(model, CONTRIBUTORS):
        children = model._meta.get_field(CONTRIBUTORS)
        parent = children.field.name
        for child in children.related_model.objects.filter(**{f"{parent}_id__in": ids}):
            terms[getattr(child, f"{parent}_id")][CONTRIBUTORS].append(child)
    return terms
