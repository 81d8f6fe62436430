"""The one create-or-update-and-count path of every importer (documents, references, the demo).

A record becomes a page found by its source key: created when absent, updated when its content differs (compared
with the latest revision, so an unpublished draft counts), left alone otherwise. `values` are field values;
`relations` are `Relation`s, each knowing how to apply itself to a page and how to read a page back for comparison.
"""

from collections import defaultdict

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.blocks import StreamValue

from library.importing.errors import ImportFileError
from library.importing.workarounds.bulk_pages import bulk_add_pages, can_bulk_insert, mark_published

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


def _comparable(value):
    """Field values in a form that compares equal when the content is the same, whatever their source."""
    if isinstance(value, StreamValue):
        return [{"type": b["type"], "value": b["value"], "id": b["id"]} for b in value.raw_data]
    if hasattr(value, "pk"):
        return value.pk
    if isinstance(value, (list, tuple)):
        return [getattr(item, "code", item) for item in value]
    return value


class Relation:
    """A relation wanted on a page: `apply(page)` sets it in memory, `read(page)` returns what the page has."""

    def __init__(self, apply, read, wanted):
        self.apply, self.read, self._wanted = apply, read, wanted

    @property
    def wanted(self):
        return self._wanted() if callable(self._wanted) else self._wanted

    def matches(self, page):
        return self.read(page) == self.wanted


def many_to_many(name, objects):
    objects = list(dict.fromkeys(objects))
    return Relation(
        apply=lambda page: setattr(page, name, objects),
        read=lambda page: sorted(obj.pk for obj in getattr(page, name).all()),
        wanted=lambda: sorted(obj.pk for obj in objects),
    )


def keywords(tags):
    tags = list(dict.fromkeys(tags))
    return Relation(
        apply=lambda page: page.keywords.set(tags),
        read=lambda page: sorted(item.tag_id for item in page.keyword_items.all()),
        wanted=lambda: sorted(tag.pk for tag in tags),
    )


def child_rows(name, rows, key):
    """An ordered child relation (ParentalKey) replaced by `rows`; `key(row)` is what identifies a row's content.

    `rows` may be a function making them: rows pointing to pages this import creates must be made once those
    pages have their ids, or the revision would store no id.
    """
    make = rows if callable(rows) else lambda: rows
    return Relation(
        apply=lambda page: setattr(page, name, make()),
        read=lambda page: [key(row) for row in getattr(page, name).all()],
        wanted=lambda: [key(row) for row in make()],
    )


def apply_all(page, values, relations):
    for name, value in values.items():
        setattr(page, name, value)
    for relation in relations.values():
        relation.apply(page)


class PageWriter:
    """Counts per kind what it created, updated or left unchanged; `upsert` is the one way a page is written."""

    def __init__(self, locale, publish=True, user=None, progress=None, touch=None):
        self.locale, self.publish, self.user = locale, publish, user
        self.progress = progress or (lambda: None)
        self.touch = touch
        self.counts = defaultdict(lambda: {CREATED: 0, UPDATED: 0, UNCHANGED: 0})
        self.slugs = {}

    def count(self, kind, outcome, n=1):
        self.counts[kind][outcome] += n

    def report(self):
        return {kind: dict(counts) for kind, counts in self.counts.items()}

    def unique_slug(self, parent, title, wanted=None):
        """`wanted` (the address a record gives), else one made from the title; "-2", "-3"… when taken."""
        taken = self.slugs.get(parent.pk)
        if taken is None:
            taken = self.slugs[parent.pk] = set(parent.get_children().values_list("slug", flat=True))
        base = slugify(wanted or title)[:80].strip("-") or "page"
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        return slug

    # -- creating --------------------------------------------------------------------------------------------------
    def add_page(self, parent, page, kind):
        page.locale = self.locale
        page.slug = page.slug or self.unique_slug(parent, page.title)
        page.live = self.publish
        page.has_unpublished_changes = not self.publish
        parent.add_child(instance=page)
        revision = page.save_revision(user=self.user, clean=False, changed=not self.publish)
        if self.publish:
            mark_published(page, revision, self.user)
        self.count(kind, CREATED)
        return page

    def add_pages(self, parent, pages, kind, m2m=(), children=()):
        """New pages in bulk where the database allows it (PostgreSQL, recent SQLite), else one by one."""
        if not can_bulk_insert():
            for page in pages:
                self.add_page(parent, page, kind)
            return
        for page in pages:
            page.locale = self.locale
        bulk_add_pages(parent, pages, publish=self.publish, user=self.user, m2m=m2m, children=children,
                       touch=self.touch)  # fmt: skip
        self.count(kind, CREATED, len(pages))

    # -- creating or updating ---------------------------------------------------------------------------------------
    def upsert(self, record, page, model, parent, values, relations=None):
        """Creates `model` under `parent` when `page` is None, else updates `page` when its content differs."""
        self.progress()
        relations = relations or {}
        try:
            if page is None:
                page = model(source_key=record.key, **values)
                apply_all(page, {}, relations)
                return self.add_page(parent, page, record.kind)
            return self.update(record, page, values, relations)
        except ValidationError as error:
            raise invalid(record, error) from error

    def update(self, record, page, values, relations):
        current = page
        if page.has_unpublished_changes and page.latest_revision_id:
            current = page.get_latest_revision_as_object()
        if is_same(current, record.key, values, relations):
            self.count(record.kind, UNCHANGED)
            return current
        current.source_key = record.key
        apply_all(current, values, relations)
        revision = current.save_revision(user=self.user)
        if self.publish:
            revision.publish(user=self.user)
        self.count(record.kind, UPDATED)
        return current


def is_same(page, key, values, relations):
    return (
        page.source_key == key
        and all(_comparable(getattr(page, name)) == _comparable(value) for name, value in values.items())
        and all(relation.matches(page) for relation in relations.values())
    )


def invalid(record, error):
    """The editor's message for a page the model refuses: the record's title, each field and its problem."""
    problems = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
    message = _("“%(title)s” cannot be saved: %(problems)s") % {"title": record.title, "problems": problems}
    return ImportFileError(record.source_file, message, record.line)
