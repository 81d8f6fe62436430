"""Once a contributed initiative is published, its submitter gets the link (once per submission)."""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models.signals import post_migrate
from django.utils import timezone
from wagtail.signals import page_published

from home.permissions import EDITORS_GROUP, REVIEWERS_GROUP
from initiatives.contributions.models import Submission
from initiatives.contributions.tasks import announce_publication


def notify_submitters(sender, instance, **kwargs):
    pending = Submission.objects.filter(page_id=instance.pk, published_notice_sent_at__isnull=True)
    ids = list(pending.values_list("pk", flat=True))
    if not ids:
        return
    pending.update(published_notice_sent_at=timezone.now())
    for submission_id in ids:
        transaction.on_commit(lambda pk=submission_id: announce_publication.enqueue(pk))


def grant_editors(sender, **kwargs):
    """The editorial groups read contributions (the private notes) in the admin."""

    permissions = Permission.objects.filter(content_type__app_label="contributions", codename="view_submission")
    for name in (EDITORS_GROUP, REVIEWERS_GROUP):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def connect():
    page_published.connect(notify_submitters, dispatch_uid="contributions.notify_submitters")
    post_migrate.connect(grant_editors, sender=apps.get_app_config("contributions"), dispatch_uid="contributions.grant")
