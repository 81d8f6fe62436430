"""Search and reference indexing deferred to the end of an import: each page indexed once, not after every save.

Workaround for an upstream gap: Wagtail's search (the modelsearch package) has no way to suspend its auto-update
for a block of work (wagtail/wagtail#3580, "Per-model control over AUTO_UPDATE and update_index", open); every
save of an indexed model queues one index task, so a page written three times is indexed three times. Wagtail
does offer `disable_reference_index_auto_update` for the reference index, which is used as it is.

`deferred_indexing()` disconnects modelsearch's post_save handler from the indexed models while its block runs,
collects what was saved, and indexes it once when the block ends. The disconnection is process-wide, so the
block is kept to one import (one file's transaction, entered by the import functions the commands call) and puts
back exactly the handlers it removed, even when the block fails. tests/imports/test_workarounds.py fails when
modelsearch stops queueing one task per save, or when the handler this module disconnects is renamed.
It can go when modelsearch offers a context manager that defers or batches its updates.
"""

import logging
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index as search_index  # Wagtail 8's search is the modelsearch package
from modelsearch.backends import get_search_backends_with_name
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

logger = logging.getLogger(__name__)
DISPATCH_UID = "import-deferred-indexing"


@contextmanager
def search_auto_update_suspended(remember):
    """modelsearch's post_save handler off for the block (`remember(sender, instance)` hears the saves instead)."""

    def heard(sender, instance, raw=False, **kwargs):
        if not raw and instance.pk:
            remember(sender, instance)

    models = list(search_index.get_indexed_models())
    removed = [model for model in models if post_save.disconnect(post_save_signal_handler, sender=model)]
    post_save.connect(heard, weak=False, dispatch_uid=DISPATCH_UID)
    try:
        yield
    finally:
        post_save.disconnect(dispatch_uid=DISPATCH_UID)
        for model in removed:
            post_save.connect(post_save_signal_handler, sender=model)


@contextmanager
def deferred_indexing():
    """Collects the saved objects; indexes each once (reference index, search index) when the block ends.

    Yields `touch(instance)` for objects written without a post_save signal (bulk inserts)."""
    touched = {}

    def touch(instance, sender=None):
        touched[(sender or type(instance), instance.pk)] = instance

    heard = lambda sender, instance: touch(instance, sender)  # noqa: E731
    with search_auto_update_suspended(heard), disable_reference_index_auto_update():
        yield touch
    index_once(touched)


def index_once(touched):
    indexed = set(search_index.get_indexed_models())
    by_model = {}
    for (sender, _pk), instance in touched.items():
        if ReferenceIndex.model_is_indexable(sender):
            ReferenceIndex.create_or_update_for_object(instance)
        if sender in indexed:
            by_model.setdefault(sender, []).append(instance)
    for model, instances in by_model.items():
        add_to_search_backends(model, [i for i in map(search_index.get_indexed_instance, instances) if i is not None])


def add_to_search_backends(model, instances):
    for name, backend in get_search_backends_with_name(with_auto_update=True):
        try:
            backend.add_bulk(model, instances)
        except Exception:
            logger.exception("Indexing imported %s in the '%s' search backend failed", model.__name__, name)
            if not backend.catch_indexing_errors:  # database backends: the transaction must fail
                raise
