"""Cache invalidation for labels and navigation shown on every page."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.localization import invalidate_labels


def connect():
    from home import navigation
    from home.models import Keyword, TaxonomyTerm
    from home.permissions import grant_translators_new_locale_root

    post_save.connect(grant_translators_new_locale_root, dispatch_uid="home.translators.locale_root")

    navigation.connect()
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate_labels, dispatch_uid=f"home.labels.{signal!r}")
    label_models = [Keyword, *_concrete_subclasses(TaxonomyTerm)]
    for model in label_models:
        post_save.connect(invalidate_labels, sender=model, dispatch_uid=f"home.labels.save.{model._meta.label}")
        post_delete.connect(invalidate_labels, sender=model, dispatch_uid=f"home.labels.delete.{model._meta.label}")


def _concrete_subclasses(base):
    from django.apps import apps

    return [model for model in apps.get_models() if issubclass(model, base)]
