"""A change to a synonym group bumps the synonyms' content version: every process reads the new groups at once."""

from django.db.models.signals import post_delete, post_save

from home import versions

VERSION = "synonyms"


def synonyms_changed(sender, **kwargs):
    versions.bump(VERSION)


def connect():
    from search.synonyms.models import SynonymGroup

    post_save.connect(synonyms_changed, sender=SynonymGroup, dispatch_uid="search_synonyms.saved")
    post_delete.connect(synonyms_changed, sender=SynonymGroup, dispatch_uid="search_synonyms.deleted")
