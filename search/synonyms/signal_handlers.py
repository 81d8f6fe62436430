"""A change to a synonym group changes the content version: every process reads the new groups at once, and cached
pages (searches included) start afresh."""

from django.db.models.signals import post_delete, post_save

from home.versions import content_changed
from search.synonyms.models import SynonymGroup


def synonyms_changed(sender, **kwargs):
    content_changed()


def connect():
    post_save.connect(synonyms_changed, sender=SynonymGroup, dispatch_uid="search_synonyms.saved")
    post_delete.connect(synonyms_changed, sender=SynonymGroup, dispatch_uid="search_synonyms.deleted")
