"""Tasks of the editorial site: scheduled publishing, draining the index queue, sending e-mail."""

import base64

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.management import call_command
from django_tasks import task

from operations.personal_data import apply_retention
from search.indexing import retry_pending
from search.models import PendingIndexUpdate


@task()
def publish_scheduled_pages():
    """Wagtail's own scheduled publishing (go-live and expiry dates), as `manage.py publish_scheduled` runs it."""
    call_command("publish_scheduled", verbosity=0)


@task()
def drain_index_queue():
    """Sends the index updates Elasticsearch refused earlier; asks the worker to back off while some remain."""
    if not PendingIndexUpdate.objects.filter(parked=False).exists():
        return {"sent": 0, "remaining": 0, "backoff": False}
    drained = retry_pending()
    return {
        "sent": drained.sent,
        "remaining": drained.waiting,
        "parked": drained.parked,
        "backoff": bool(drained.waiting) and not drained.sent,
    }


@task()
def apply_retention_limits():
    """Deletes the personal data kept past its retention limit (the privacy page says how long, per kind)."""
    return apply_retention()


@task()
def send_email(message):
    """Delivers one message serialised by operations.worker.mail.TaskEmailBackend through the real backend."""
    email = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["body"],
        from_email=message["from_email"],
        to=message["to"],
        cc=message["cc"],
        bcc=message["bcc"],
        reply_to=message["reply_to"],
        headers=message["headers"],
        alternatives=[tuple(alternative) for alternative in message["alternatives"]],
        connection=get_connection(settings.EMAIL_DELIVERY_BACKEND),
    )
    for filename, content, mimetype in message["attachments"]:
        email.attach(filename, base64.b64decode(content), mimetype)
    email.send()
