"""The editors' "Send by e-mail" view for a letter issue, with the report of its deliveries."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.widgets import Button

from library.letter.models import Delivery, LetterIssuePage, Subscriber
from library.letter.tasks import send_issue


def send_view(request, page_id):
    issue = get_object_or_404(LetterIssuePage, pk=page_id)
    if not issue.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    if request.method == "POST":
        if not issue.live:
            messages.error(request, _("Publish the issue before sending it."))
        else:
            delivery = Delivery.objects.create(issue=issue)
            send_issue.enqueue(delivery.pk)
            messages.success(request, _("The issue is queued for sending."))
        return redirect("letter_send", page_id=issue.pk)
    context = {
        "issue": issue,
        "deliveries": issue.deliveries.all()[:20],
        "subscriber_count": Subscriber.objects.filter(letter=True).count(),
        "preview_url": reverse("wagtailadmin_pages:view_draft", args=[issue.pk]),
    }
    return TemplateResponse(request, "letter/admin/send.html", context)


@hooks.register("register_admin_urls")
def register_send_url():
    return [path("letter/<int:page_id>/send/", send_view, name="letter_send")]


@hooks.register("register_page_header_buttons")
def send_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, LetterIssuePage) and page.locale.language_code == "fr":
        yield Button(gettext_lazy("Send by e-mail"), reverse("letter_send", args=[page.pk]), icon_name="mail")
