"""Wagtail signals that change what the index must hold: publish (translations included), unpublish, move,
deletion and privacy changes. Updates run after commit (Wagtail's own indexing lags one save on tags)."""

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.versions import content_changed
from search.indexing import schedule_update


def _page_changed(sender, instance, **kwargs):
    schedule_update([instance.translation_key])


def _subtree_changed(sender, instance, **kwargs):
    """A move or a privacy change alters the URL or visibility of every page below too."""
    page = instance.page if isinstance(instance, PageViewRestriction) else instance
    try:
        page = Page.objects.get(pk=page.pk)
    except Page.DoesNotExist:
        return
    keys = page.get_descendants(inclusive=True).values_list("translation_key", flat=True)
    schedule_update(keys)


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        schedule_update([instance.translation_key])


def _promotions_changed(sender, **kwargs):
    """Cached pages (searches included) key on the content version: a promotion shows at the next request."""
    content_changed()


def connect():
    post_save.connect(_promotions_changed, sender=SearchPromotion, dispatch_uid="search.promotion_saved")
    post_delete.connect(_promotions_changed, sender=SearchPromotion, dispatch_uid="search.promotion_deleted")
    page_published.connect(_page_changed, dispatch_uid="search.page_published")
    page_unpublished.connect(_page_changed, dispatch_uid="search.page_unpublished")
    post_page_move.connect(_subtree_changed, dispatch_uid="search.post_page_move")
    post_delete.connect(_page_deleted, dispatch_uid="search.page_deleted")
    post_save.connect(_subtree_changed, sender=PageViewRestriction, dispatch_uid="search.restriction_saved")
    post_delete.connect(_subtree_changed, sender=PageViewRestriction, dispatch_uid="search.restriction_deleted")
