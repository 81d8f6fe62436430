"""The contributions in the admin: who proposed what, to read next to the draft (the private note)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from initiatives.contributions.models import Submission


class SubmissionViewSet(ModelViewSet):
    model = Submission
    menu_label = _("Contributions")
    icon = "mail"
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["__str__", "kind", "submitter_email", "language", "created_at", "published_notice_sent_at"]
    list_filter = ["kind", "language"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "kind",
        "page",
        "submitter_name",
        "submitter_email",
        "language",
        "carriers",
        "message",
        "image",
        "document",
        "created_at",
        "published_notice_sent_at",
    ]
    form_fields = ["carriers", "message"]
    ordering = ["-created_at"]


@hooks.register("register_admin_viewset")
def register_submissions():
    return SubmissionViewSet("submissions")
