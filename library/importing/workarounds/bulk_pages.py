"""Bulk insertion and cheap publication of new pages: a few queries per batch instead of ~150 per page.

Workaround for upstream gaps: Wagtail has no API to create pages in bulk (wagtail/wagtail#10833, "An API for
performantly bulk-creating pages programatically", open), and Django's `bulk_create` refuses multi-table models
(Django ticket #28821). It uses private APIs, each checked by tests/imports/test_workarounds.py, which fails when
upstream offers the API or changes the private one:
- treebeard's `MP_Node._get_lastpos_in_path` and `MP_Node._get_path` compute the tree paths after the parent's last
  child (the parent's numchild is raised once);
- Wagtail's per-page slug query (`Page._check_slug_is_unique`) is replaced, on these instances only, by the
  writer's own uniqueness among the siblings, computed once per parent;
- Django's `QuerySet._insert` writes the page rows and the specific rows of a multi-table model.
Every page is still validated (fields and the model's clean()); the many-to-many rows, child relations, one
revision per page and the create/publish log entries are inserted in batches; `page_published` is sent for each
published page and the caller indexes each page once, as Wagtail's own publish would.

It can go when Wagtail offers bulk page creation (then `bulk_add_pages` calls it) and Django bulk-creates
multi-table models.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import F
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.signals import page_published

BATCH = 400


def _slug_already_checked():
    """Stands for Page._check_slug_is_unique on pages whose slugs the writer made unique among their siblings."""


def can_bulk_insert():
    return connection.features.can_return_rows_from_bulk_insert


def mark_published(page, revision, user=None):
    """Records `revision` of a page just created live as its live revision, without Revision.publish().

    Revision.publish() saves the page again with every child relation, runs the workflow, scheduling and
    comment clean-up: the page already holds exactly the revision's content.
    """
    now = timezone.now()
    Page.objects.filter(pk=page.pk).update(
        live_revision=revision, first_published_at=now, last_published_at=now, has_unpublished_changes=False
    )
    page.live_revision, page.first_published_at, page.last_published_at = revision, now, now
    page.has_unpublished_changes = False
    log(instance=page, action="wagtail.publish", user=user, revision=revision, content_changed=True)
    page_published.send(sender=page.specific_class, instance=page, revision=revision)


def bulk_add_pages(parent, pages, *, publish, user=None, m2m=(), children=(), touch=None):
    """Inserts unsaved `pages` (one specific model, direct subclass of Page) as children of `parent`.

    `m2m` names ParentalManyToManyFields and `children` child relations (ParentalKey) set on the pages in memory.
    """
    if not pages:
        return
    now = timezone.now()
    _prepare(parent, pages, publish=publish, user=user, now=now)
    _insert_rows(pages)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild = (parent.numchild or 0) + len(pages)
    _insert_many_to_many(pages, m2m)
    _insert_children(pages, children)
    revisions = _insert_revisions(pages, publish=publish, user=user, now=now)
    _insert_log_entries(pages, revisions, publish=publish, user=user, now=now)
    for page, revision in zip(pages, revisions, strict=True):
        if touch:
            touch(page)
        if publish:
            page_published.send(sender=type(page), instance=page, revision=revision)


def _prepare(parent, pages, *, publish, user, now):
    """Tree position, content type, state and validation of every page, before anything is written."""
    model = type(pages[0])
    fresh = Page.objects.get(pk=parent.pk)
    last = fresh.get_last_child()
    start = last._get_lastpos_in_path() + 1 if last else 1
    content_type = ContentType.objects.get_for_model(model)
    relation_names = [f.name for f in model._meta.concrete_fields if f.is_relation]
    for index, page in enumerate(pages):
        page.path = Page._get_path(fresh.path, fresh.depth + 1, start + index)
        page.depth, page.numchild = fresh.depth + 1, 0
        page.content_type = content_type
        page.url_path = f"{fresh.url_path}{page.slug}/"
        page.live, page.has_unpublished_changes = publish, not publish
        page.first_published_at = page.last_published_at = now if publish else None
        page.latest_revision_created_at = now
        page.draft_title = page.title
        page.owner = user
        page._check_slug_is_unique = _slug_already_checked
        try:
            page.full_clean(exclude=relation_names, validate_unique=False, validate_constraints=False)
        except ValidationError as error:
            error.page_index = index  # which page, for the caller's message
            raise


def _insert_rows(pages):
    model = type(pages[0])
    page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    specific_fields = list(model._meta.local_concrete_fields)
    for offset in range(0, len(pages), BATCH):
        batch = pages[offset : offset + BATCH]
        rows = Page.objects._insert(batch, fields=page_fields, returning_fields=[Page._meta.pk])
        for page, row in zip(batch, rows, strict=True):
            page.pk = page.page_ptr_id = row[0]
            page._state.adding, page._state.db = False, "default"
        model.objects._insert(batch, fields=specific_fields, raw=True)


def _insert_many_to_many(pages, names):
    model = type(pages[0])
    for name in names:
        field = model._meta.get_field(name)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        rows = [through(**{f"{source}_id": page.pk, f"{target}_id": obj.pk})
                for page in pages for obj in getattr(page, name).all()]  # fmt: skip
        through.objects.bulk_create(rows, batch_size=BATCH)


def _insert_children(pages, names):
    model = type(pages[0])
    for name in names:
        relation = model._meta.get_field(name)
        items = []
        for page in pages:
            for item in getattr(page, name).all():
                setattr(item, relation.field.attname, page.pk)
                items.append(item)
        relation.related_model.objects.bulk_create(items, batch_size=BATCH)


def _insert_revisions(pages, *, publish, user, now):
    content_type = ContentType.objects.get_for_model(type(pages[0]))
    page_type = ContentType.objects.get_for_model(Page)
    revisions = [
        Revision(content_type=content_type, base_content_type=page_type, object_id=str(page.pk), created_at=now,
                 user=user, object_str=str(page), content=page.serializable_data())
        for page in pages
    ]  # fmt: skip
    Revision.objects.bulk_create(revisions, batch_size=BATCH)
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = revision
        page.live_revision = revision if publish else None
    Page.objects.bulk_update(pages, ["latest_revision", "live_revision"], batch_size=BATCH)
    return revisions


def _insert_log_entries(pages, revisions, *, publish, user, now):
    content_type = ContentType.objects.get_for_model(type(pages[0]))
    actions = ["wagtail.create"] + (["wagtail.publish"] if publish else [])
    PageLogEntry.objects.bulk_create(
        [
            PageLogEntry(content_type=content_type, label=page.get_admin_display_title(), action=action, data={},
                         timestamp=now, user=user, page_id=page.pk, revision=revision, content_changed=True)
            for page, revision in zip(pages, revisions, strict=True)
            for action in actions
        ],
        batch_size=BATCH,
    )  # fmt: skip
