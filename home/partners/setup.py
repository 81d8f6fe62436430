"""The partner space's fixtures in every database: its document collection, restricted to the partners' group,
and the moderators' permissions. Idempotent, run after every migrate."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, CollectionViewRestriction

from home.models import PARTNERS_GROUP
from home.permissions import EDITORS_GROUP, REVIEWERS_GROUP

DOCUMENTS_COLLECTION = "Espace partenaires"
MODERATION_CODENAMES = ["view_message", "change_message", "view_thread", "view_discussionlist", "view_memberprofile"]


def partner_collection():
    root = Collection.get_first_root_node()
    if root is None:
        return None
    return root.get_children().filter(name=DOCUMENTS_COLLECTION).first()


def ensure_partner_space():
    partners, _created = Group.objects.get_or_create(name=PARTNERS_GROUP)
    root = Collection.get_first_root_node()
    if root is None:
        return
    collection = partner_collection() or root.add_child(name=DOCUMENTS_COLLECTION)
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    restriction.groups.add(partners)

    permissions = Permission.objects.filter(content_type__app_label="partners", codename__in=MODERATION_CODENAMES)
    for name in (EDITORS_GROUP, REVIEWERS_GROUP):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)
