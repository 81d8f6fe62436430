"""Cheaper page writes for bulk imports. Workarounds for upstream gaps: remove when Wagtail has a bulk publish API.

Wagtail's Revision.publish() saves the page again with all its child relations (comments, tags, links), runs the
workflow, scheduling and comment clean-up, and every save queues a reference-index and a search-index task: about
150 queries per new page. For a page the import has just created live, with exactly the revision's content,
`mark_published` records that revision as the live one, logs the publication and sends `page_published` (which the
search index and the label caches listen to) itself; `deferred_indexing` runs the reference and search index once per
page at the end of the file instead of after every save.
"""

import logging
from contextlib import contextmanager

from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch import index as search_index  # Wagtail 8's search is the modelsearch package
from modelsearch.backends import get_search_backends_with_name
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.log_actions import log
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published

logger = logging.getLogger(__name__)


def mark_published(page, revision, user=None):
    now = timezone.now()
    Page.objects.filter(pk=page.pk).update(
        live_revision=revision, first_published_at=now, last_published_at=now, has_unpublished_changes=False
    )
    page.live_revision, page.first_published_at, page.last_published_at = revision, now, now
    page.has_unpublished_changes = False
    log(instance=page, action="wagtail.publish", user=user, revision=revision, content_changed=True)
    page_published.send(sender=page.specific_class, instance=page, revision=revision)


@contextmanager
def deferred_indexing():
    """Collects the saved objects; indexes each once (reference index, search index) when the block ends.

    Yields `touch(instance)` for objects written without a post_save signal (bulk inserts)."""
    touched = {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw and instance.pk:
            touched[(sender, instance.pk)] = instance

    def touch(instance):
        touched[(type(instance), instance.pk)] = instance

    models = list(search_index.get_indexed_models())
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="import-deferred-indexing")
    try:
        with disable_reference_index_auto_update():
            yield touch
    finally:
        post_save.disconnect(dispatch_uid="import-deferred-indexing")
        for model in models:
            if getattr(model, "search_auto_update", True):
                post_save.connect(post_save_signal_handler, sender=model)
    indexed = set(models)
    by_model = {}
    for (sender, _pk), instance in touched.items():
        if ReferenceIndex.model_is_indexable(sender):
            ReferenceIndex.create_or_update_for_object(instance)
        if sender in indexed:
            by_model.setdefault(sender, []).append(instance)
    for model, instances in by_model.items():
        instances = [i for i in map(search_index.get_indexed_instance, instances) if i is not None]
        for name, backend in get_search_backends_with_name(with_auto_update=True):
            try:
                backend.add_bulk(model, instances)
            except Exception:
                logger.exception("Indexing imported %s in the '%s' search backend failed", model.__name__, name)
                if not backend.catch_indexing_errors:  # database backends: the transaction must fail
                    raise
