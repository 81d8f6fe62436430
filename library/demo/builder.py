"""The idempotent building blocks of load_demo: find-or-create by a stable key, update only what differs.

Pages are matched by `source_key`, taxonomy terms and keywords by slug (in the French locale). An existing object
whose stored data already equals the demo data is left alone: no save, no revision. StreamField blocks get ids
derived from the page's key, so the same data always serialises to the same JSON.
"""

import json
import uuid

from django.utils.text import slugify
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page

from home.models import Keyword

BLOCK_ID_NAMESPACE = uuid.UUID("8f0b6a52-4a39-4c1e-9a57-2f8f1d1c0e11")

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"

# Keys of modelcluster's serialisation that change on every save without any change of content.
VOLATILE_KEYS = {
    "pk",
    "id",
    "latest_revision",
    "latest_revision_created_at",
    "last_published_at",
    "first_published_at",
    "live_revision",
    "draft_title",
    "has_unpublished_changes",
    "url_path",
    "path",
    "depth",
    "numchild",
    "content_object",
    "initiative",
    "reference",
    "page",
}


class Tally:
    """What a run did, per kind of object; an object counts once (created wins over a later update)."""

    def __init__(self):
        self.outcomes = {}
        self.refreshed_sources = set()  # TranslationSource ids re-extracted this run (the French changed)
        self.changed_fields = {}  # (kind, key) -> names of the fields an update changed
        self.imported = {}  # (kind, outcome) -> how many, as the importers count

    def record(self, kind, key, outcome):
        previous = self.outcomes.get((kind, key))
        if previous is None or (previous == UNCHANGED and outcome == UPDATED):
            self.outcomes[(kind, key)] = outcome

    def add_imported(self, counts):
        """The counts an importer reports ({kind: {created, updated, unchanged}}), added to the run's."""
        for kind, outcomes in counts.items():
            for outcome in (CREATED, UPDATED, UNCHANGED):
                self.imported[(kind, outcome)] = self.imported.get((kind, outcome), 0) + outcomes.get(outcome, 0)

    def count(self, outcome, kind=None):
        imported = sum(n for (k, o), n in self.imported.items() if o == outcome and kind in (None, k))
        return imported + sum(1 for (k, _key), o in self.outcomes.items() if o == outcome and kind in (None, k))

    def changed(self):
        return self.count(CREATED) + self.count(UPDATED)

    def lines(self):
        for kind in sorted({kind for kind, _key in self.outcomes} | {kind for kind, _o in self.imported}):
            created, updated, unchanged = (self.count(o, kind) for o in (CREATED, UPDATED, UNCHANGED))
            yield f"{kind:<24} created {created:>3}   updated {updated:>3}   unchanged {unchanged:>3}"


def french():
    return Locale.objects.get(language_code="fr")


def block_id(*parts):
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, ":".join(str(part) for part in parts)))


def stream(key, field, blocks):
    """[(block_type, value), …] as StreamField raw data with stable ids."""
    return [
        {"type": block_type, "value": value, "id": block_id(key, field, index)}
        for index, (block_type, value) in enumerate(blocks)
    ]


def list_items(key, field, values):
    """A ListBlock value in Wagtail's item format with stable ids."""
    return [{"type": "item", "value": value, "id": block_id(key, field, "item", i)} for i, value in enumerate(values)]


def paragraphs(*texts):
    """Rich text made of plain paragraphs (one translation segment each)."""
    return "".join(f"<p>{text}</p>" for text in texts)


def _normalise(data):
    if isinstance(data, dict):
        return {key: _normalise(value) for key, value in data.items() if key not in VOLATILE_KEYS}
    if isinstance(data, list):
        return [_normalise(value) for value in data]
    return data


def _snapshot(page):
    data = page.serializable_data()
    for field in page._meta.get_fields():
        if field.name not in data:
            continue
        if isinstance(field, ParentalManyToManyField):
            data[field.name] = sorted(data[field.name])  # a set: the order of assignment is not stored
        elif isinstance(field, StreamField) and isinstance(data[field.name], str):
            data[field.name] = json.loads(data[field.name])  # PostgreSQL's jsonb does not keep the key order
    data = _normalise(data)
    for relation in get_all_child_relations(page):
        name = relation.get_accessor_name()
        if name in data and not issubclass(relation.related_model, Orderable):
            # Unordered children (tag items): the database returns them in no particular order.
            data[name] = sorted(data[name], key=lambda item: json.dumps(item, sort_keys=True, default=str))
    return data


def _assign(page, fields, relations):
    for name, value in fields.items():
        setattr(page, name, value)
    for name, value in relations.items():
        setattr(page, name, value)


def upsert_page(tally, kind, parent, model, source_key, fields, relations=None):
    """Creates `model` under `parent`, or brings the existing page with this source_key up to date.

    `fields` are plain and StreamField values; `relations` are ParentalManyToMany fields and child relations
    (lists of model instances or unsaved Orderables) that modelcluster stores on save.
    """
    relations = relations or {}
    locale = parent.locale if parent.depth > 1 else french()
    page = model.objects.filter(locale=locale, source_key=source_key).first()
    if page is None and fields.get("slug"):
        # A page at the demo's address (made by hand, by the factories, or by a demo of older keys) is adopted.
        page = model.objects.child_of(parent).filter(slug=fields["slug"]).exclude(source_key=source_key).first()
        if page is not None:
            page.source_key = source_key
            page.save_revision(clean=True).publish()
            tally.record(kind, source_key, UPDATED)
            page = model.objects.get(pk=page.pk)
    if page is None:
        page = model(source_key=source_key, locale=locale)
        _assign(page, fields, relations)
        parent.add_child(instance=page)
        page.save_revision(clean=True).publish()
        tally.record(kind, source_key, CREATED)
        return model.objects.get(pk=page.pk)
    before = _snapshot(page)
    _assign(page, fields, relations)
    after = _snapshot(page)
    if after == before:
        tally.record(kind, source_key, UNCHANGED)
        return page
    tally.changed_fields[(kind, source_key)] = sorted(
        k for k in after.keys() | before.keys() if after.get(k) != before.get(k)
    )
    page.save_revision(clean=True).publish()
    tally.record(kind, source_key, UPDATED)
    return model.objects.get(pk=page.pk)


def upsert_term(tally, model, slug, name, sort_order=0):
    """A French taxonomy term, matched by slug."""
    kind = model.__name__
    term = model.objects.filter(locale=french(), slug=slug).first()
    if term is None:
        term = model.objects.create(locale=french(), slug=slug, name=name, sort_order=sort_order)
        tally.record(kind, slug, CREATED)
    elif (term.name, term.sort_order) != (name, sort_order):
        term.name, term.sort_order = name, sort_order
        term.save()
        tally.record(kind, slug, UPDATED)
    else:
        tally.record(kind, slug, UNCHANGED)
    return term


def keyword_slug(name):
    return slugify(name)[:100]


def upsert_keyword(tally, name):
    """A French keyword, matched by its slug (so “Accès” and “accès” are one keyword)."""
    slug = keyword_slug(name)
    keyword = Keyword.objects.filter(locale=french(), slug=slug).first()
    if keyword is None:
        keyword = Keyword.objects.create(locale=french(), slug=slug, name=name)
        tally.record("Keyword", slug, CREATED)
    else:
        tally.record("Keyword", slug, UNCHANGED)
    return keyword


def root_page():
    return Page.get_first_root_node()
