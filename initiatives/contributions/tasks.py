"""E-mails of the take-part forms, sent by the background worker (enqueued on commit by the views)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django_tasks import task
from wagtail.models import Locale

from home.mail import send_templated
from home.permissions import EDITORS_GROUP, REVIEWERS_GROUP
from initiatives.contributions.models import Submission
from initiatives.models import InitiativePage


@task()
def relay_contact_message(page_id, sender_name, sender_email, message, language):
    """Forwards a visitor's message to the initiative's contact; the address never reaches the visitor."""
    page = InitiativePage.objects.filter(pk=page_id).first()
    if page is None or not page.contact_email:
        return
    context = {"page": page, "sender_name": sender_name, "sender_email": sender_email, "message": message}
    send_templated("contributions/email/relay", context, [page.contact_email], language, reply_to=[sender_email])


def editor_addresses():
    users = get_user_model().objects.filter(is_active=True, groups__name__in=[EDITORS_GROUP, REVIEWERS_GROUP])
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


@task()
def announce_submission(submission_id):
    """The acknowledgement to the submitter, and the notice to the editorial team."""

    submission = Submission.objects.select_related("page").filter(pk=submission_id).first()
    if submission is None:
        return

    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {
        "submission": submission,
        "page": submission.page,
        "draft_url": base + reverse("wagtailadmin_pages:edit", args=[submission.page_id]),
        "submission_url": base + reverse("submissions:inspect", args=[submission.pk]),
    }
    send_templated("contributions/email/acknowledgement", context, [submission.submitter_email], submission.language)
    editors = editor_addresses()
    if editors:
        send_templated("contributions/email/editors", context, editors, settings.LANGUAGE_CODE)


@task()
def announce_publication(submission_id):
    """Tells the submitter the initiative is online, with its link in the submitter's language when translated."""

    submission = Submission.objects.select_related("page").filter(pk=submission_id).first()
    if submission is None or submission.page is None:
        return
    page = submission.page
    locale = Locale.objects.filter(language_code=submission.language).first()
    translated = page.get_translation_or_none(locale) if locale else None
    shown = translated if translated is not None and translated.live else page
    context = {"submission": submission, "page": shown, "url": shown.full_url}
    send_templated("contributions/email/published", context, [submission.submitter_email], submission.language)
