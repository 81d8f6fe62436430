"""The content version: one number every cache of what visitors see keys on, kept in the database.

Rendered pages (home.page_cache), the menu (home.navigation), page contexts (home.listings), labels and language
alternates (home.localization) and the search facets' key lists all read `content_version()`; `content_changed()`
bumps it on every publish, unpublish, move, deletion, view-restriction change and taxonomy save or deletion
(`connect()`, called from home.apps). One number rather than one per cache: each of these events changes what
several caches show (a publish changes labels, menus and listings alike), so separate numbers only multiplied the
places that had to agree on which events bump which.

The number lives in the database, not in a process's memory cache, so a change made in one gunicorn worker (or
from a shell) reaches every other at its next request. One small query per request reads it (memoised by
home.request_memo).
"""

import secrets

from django.db import IntegrityError, connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.request_memo import forget, memoised
from home.visibility import MEMO_NAME as VISIBILITY_MEMO

CONTENT = "content"
_MEMO = "content-version"


def _content_version_model():
    # home.models imports the page modules, which import the listings that read this version: the model is
    # looked up when the version is first read, after the app registry is ready.
    from home.models.versions import ContentVersion

    return ContentVersion


def content_version():
    """The current content version (1 before anything was ever bumped)."""
    return memoised(_MEMO, _read_version) or 1


def _read_version():
    # Every request reads it: plain SQL, not the ORM's query compilation (0.04 ms instead of 0.3 at 10,000 pages).
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value FROM {_content_version_model()._meta.db_table} WHERE name = %s", [CONTENT])
        row = cursor.fetchone()
    return row[0] if row else None


def content_changed(**kwargs):
    """A signal receiver (and a plain call): what visitors see has changed, every cache starts afresh.

    A new random value rather than +1: a database restored from a backup (or a rolled-back test) never brings
    back a number whose cache entries are still around.
    """
    ContentVersion = _content_version_model()
    forget(_MEMO)
    forget(VISIBILITY_MEMO)
    value = secrets.randbelow(2**62) + 2
    if ContentVersion.objects.filter(name=CONTENT).update(value=value):
        return
    try:
        with transaction.atomic():
            ContentVersion.objects.create(name=CONTENT, value=value)
    except IntegrityError:  # created meanwhile by another process
        ContentVersion.objects.filter(name=CONTENT).update(value=value)


def _on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        content_changed()


def connect(label_models):
    """Bump on every change of the page tree, its view restrictions, and of `label_models` (taxonomy terms)."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"home.versions.{signal!r}")
    post_delete.connect(_on_delete, dispatch_uid="home.versions.page-delete")
    for signal in (post_save, post_delete):
        uid = f"home.versions.restriction.{signal!r}"
        signal.connect(content_changed, sender=PageViewRestriction, dispatch_uid=uid)
    m2m_changed.connect(
        content_changed, sender=PageViewRestriction.groups.through, dispatch_uid="home.versions.restriction-groups"
    )
    for model in label_models:
        for signal in (post_save, post_delete):
            uid = f"home.versions.labels.{signal!r}.{model._meta.label}"
            signal.connect(content_changed, sender=model, dispatch_uid=uid)
