"""Sending on the background worker (django-tasks): the letter in batches, then the search alerts.

Each batch opens one SMTP connection. A recipient the server refuses counts as refused; any other SMTP or network
error on a message counts as failed; neither stops the run. Counts are saved after every batch, so the editors'
report shows progress while the worker sends.
"""

import smtplib

from django.conf import settings
from django.core.mail import get_connection
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from library.letter.alerts import confirmation_message, send_alerts
from library.letter.compose import previous_issue_date
from library.letter.emails import message, render_issue, unsubscribe_url
from library.letter.models import Delivery, Subscriber


def batch_size():
    return getattr(settings, "LETTER_BATCH_SIZE", 200)


@task()
def send_issue(delivery_id):
    delivery = Delivery.objects.select_related("issue").get(pk=delivery_id)
    Delivery.objects.filter(pk=delivery_id).update(status=Delivery.Status.SENDING)
    issue = delivery.issue.specific
    since = previous_issue_date(issue)  # the alerts relay what the previous issue could not
    for language, _name in settings.LANGUAGES:
        subscribers = Subscriber.objects.filter(letter=True, language=language).order_by("pk")
        if not subscribers.exists():
            continue
        subject, html, text = render_issue(issue, language)
        last_pk = 0
        while True:
            batch = list(subscribers.filter(pk__gt=last_pk).values_list("pk", "email")[: batch_size()])
            if not batch:
                break
            last_pk = batch[-1][0]
            counts = send_batch(
                (message(subject, html, text, email, unsubscribe_url(email, language)) for _pk, email in batch)
            )
            Delivery.objects.filter(pk=delivery_id).update(**{name: F(name) + n for name, n in counts.items()})
    now = timezone.now()
    type(issue).objects.filter(translation_key=issue.translation_key).update(sent_at=now)
    alerts = send_alerts(since)
    Delivery.objects.filter(pk=delivery_id).update(status=Delivery.Status.DONE, finished_at=now, alerts_sent=alerts)
    delivery.refresh_from_db()
    return {"sent": delivery.sent, "refused": delivery.refused, "failed": delivery.failed, "alerts": alerts}


def send_batch(messages):
    """{sent, refused, failed} for messages sent over one connection."""
    counts = {"sent": 0, "refused": 0, "failed": 0}
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)  # already on the worker
    try:
        connection.open()
    except (smtplib.SMTPException, OSError):
        counts["failed"] = sum(1 for _message in messages)
        return counts
    try:
        for email in messages:
            email.connection = connection
            try:
                email.send()
                counts["sent"] += 1
            except smtplib.SMTPRecipientsRefused:
                counts["refused"] += 1
            except (smtplib.SMTPException, OSError):
                counts["failed"] += 1
                _reopen(connection)
    finally:
        connection.close()
    return counts


def _reopen(connection):
    """After a broken exchange the SMTP session may be unusable: start a fresh one for the next message."""
    try:
        connection.close()
        connection.open()
    except (smtplib.SMTPException, OSError):
        pass


@task()
def send_confirmation(email, language, alert=""):
    """The double opt-in message (on the worker too: a slow mail server never slows the visitor's page)."""
    confirmation_message(email, language, alert).send()
