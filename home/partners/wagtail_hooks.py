"""Moderation in the admin: editors approve or hide discussion messages, and manage lists and members."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from home.partners.models import DiscussionList, MemberProfile, Message


class MessageViewSet(ModelViewSet):
    model = Message
    icon = "comment"
    menu_label = _("Messages to moderate")
    list_display = ["__str__", "author", "language", "status", "created_at"]
    list_filter = ["status", "thread__discussion_list"]
    form_fields = ["status", "body"]
    ordering = ["status", "-created_at"]


class DiscussionListViewSet(ModelViewSet):
    model = DiscussionList
    icon = "list-ul"
    form_fields = ["name", "slug", "description", "moderated", "subscribers"]
    list_display = ["name", "moderated"]


class MemberProfileViewSet(ModelViewSet):
    model = MemberProfile
    icon = "user"
    form_fields = ["user", "organisation", "role", "language", "listed"]
    list_display = ["__str__", "organisation", "role", "listed"]


class PartnerSpaceGroup(ViewSetGroup):
    menu_label = _("Partner space")
    menu_icon = "group"
    menu_order = 260
    items = (
        MessageViewSet("partner-messages"),
        DiscussionListViewSet("discussion-lists"),
        MemberProfileViewSet("partner-members"),
    )


@hooks.register("register_admin_viewset")
def register_partner_space():
    return PartnerSpaceGroup()
