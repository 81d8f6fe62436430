"""Each workaround of the importers, and a test that fails when upstream fixes the gap or moves the private API.

When one of these fails after an upgrade, read the docstring of the workaround module it names: it says what to
use instead and when the module can go.
"""

import pytest
from django.db.models.signals import post_save
from django_tasks.signals import task_enqueued
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from initiatives.models import InitiativePage
from library.importing.workarounds import bulk_pages
from library.importing.workarounds import search_index as deferred
from library.importing.workarounds.localize_child_counts import repair_child_counts_on_commit

pytestmark = pytest.mark.django_db


class Called(Exception):
    pass


# -- workarounds/bulk_pages.py -------------------------------------------------------------------------------------
def test_django_still_refuses_to_bulk_create_multi_table_models(site_tree):
    """Django ticket #28821: when bulk_create accepts page models, bulk_pages can use it."""
    with pytest.raises(ValueError, match="multi-table"):
        InitiativePage.objects.bulk_create([InitiativePage(title="Bulk", slug="bulk")])


def test_wagtail_still_has_no_bulk_page_creation():
    """wagtail/wagtail#10833 proposes `bulk_add_children`: when it exists, bulk_add_pages should call it."""
    assert not hasattr(Page, "bulk_add_children")


def test_treebeard_private_path_api_still_behaves(site_tree):
    index = site_tree.initiatives
    assert Page._get_path(index.path, index.depth + 1, 3) == index.path + "0003"
    child = Page.objects.get(pk=index.pk).add_child(instance=InitiativePage(title="Un", slug="un"))
    assert child._get_lastpos_in_path() == 1


def test_wagtail_still_checks_each_slug_through_the_method_bulk_pages_replaces(site_tree):
    page = InitiativePage(title="Deux", slug="deux")
    page.path, page.depth = site_tree.initiatives.path + "0009", site_tree.initiatives.depth + 1

    def check():
        raise Called

    page._check_slug_is_unique = check
    with pytest.raises(Called):  # the method exists and full_clean calls it: replacing it skips its query
        page.full_clean(exclude=["path", "depth", "translation_key", "locale", "content_type"])


def test_django_private_insert_still_returns_the_new_rows(site_tree):
    assert bulk_pages.can_bulk_insert()  # PostgreSQL and SQLite ≥ 3.35
    assert callable(Page.objects._insert)


# -- workarounds/search_index.py -----------------------------------------------------------------------------------
def test_modelsearch_still_queues_one_index_task_per_save(site_tree):
    """wagtail/wagtail#3580: when saves in a block are batched or deduplicated upstream, deferred_indexing can go."""
    page = site_tree.initiatives.add_child(instance=InitiativePage(title="Trois", slug="trois"))
    queued = []

    def heard(sender, task_result, **kwargs):
        if task_result.task.name == "insert_or_update_object_task":
            queued.append(task_result)

    task_enqueued.connect(heard)
    try:
        for _ in range(3):
            page.save()
    finally:
        task_enqueued.disconnect(heard)
    assert len(queued) == 3


def test_deferred_indexing_puts_back_exactly_the_handlers_it_removed(site_tree):
    models = list(search_index.get_indexed_models())
    assert post_save.disconnect(post_save_signal_handler, sender=models[0])  # as a test or another tool might
    try:
        with pytest.raises(Called), deferred.deferred_indexing():
            assert not any(post_save.disconnect(post_save_signal_handler, sender=model) for model in models)
            raise Called
        assert not post_save.disconnect(post_save_signal_handler, sender=models[0])  # left as it was: off
        assert all(post_save.disconnect(post_save_signal_handler, sender=model) for model in models[1:])
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


def test_deferred_indexing_indexes_each_saved_page_once(site_tree):
    with deferred.deferred_indexing():
        page = site_tree.initiatives.add_child(instance=InitiativePage(title="Quatre", slug="quatre"))
        page.save()
    assert page.pk in [hit.pk for hit in get_search_backend().search("Quatre", InitiativePage)]


# -- workarounds/localize_child_counts.py --------------------------------------------------------------------------
def _translate_parent_then_child(pages, locale):
    """What load_demo does: each page translated and published with save_target, in one transaction."""
    for page in pages:
        source, _created = TranslationSource.get_or_create_from_instance(page)
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            StringTranslation.objects.get_or_create(translation_of=segment.string, locale=locale,
                                                    context=segment.context,
                                                    defaults={"data": segment.string.data})  # fmt: skip
        Translation.objects.create(source=source, target_locale=locale).save_target(publish=True)


@pytest.mark.parametrize("repaired", [False, True])
def test_wagtail_localize_still_publishes_a_stale_child_count(site_tree, django_capture_on_commit_callbacks, repaired):
    english = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        _translate_parent_then_child([site_tree.home, site_tree.themes], english)
        if repaired:
            repair_child_counts_on_commit()
    home = Page.objects.get(pk=site_tree.home.get_translation(english).pk)
    assert Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).count() == 1
    # Without the repair, the deferred publish of the parent wrote back the count of before its child existed.
    assert home.numchild == (1 if repaired else 0)
