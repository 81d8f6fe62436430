"""Sending the letter to a real SMTP server on loopback: headers on the wire, refused and failed recipients."""

import pytest

from library.letter.factories import SubscriberFactory
from library.letter.models import Delivery
from library.letter.tasks import send_issue
from tests.follow import smtp_server
from tests.follow.test_letter import publish_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def smtp(settings):
    recorder = smtp_server.Recorder(refuse={"gone@example.org"})
    controller = smtp_server.start(recorder)
    settings.EMAIL_BACKEND = settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = controller.hostname, controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.LETTER_BATCH_SIZE = 2  # several batches, several connections
    yield recorder
    controller.stop()


def test_the_letter_goes_over_smtp_with_its_report(follow_site, smtp):
    issue = publish_issue(follow_site)
    SubscriberFactory.create_batch(4)
    SubscriberFactory(email="gone@example.org")
    delivery = Delivery.objects.create(issue=issue)
    send_issue.enqueue(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.sent, delivery.refused, delivery.failed, delivery.status) == (4, 1, 0, "done")
    assert len(smtp.messages) == 4
    received = smtp.messages[0]
    assert received["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = received["List-Unsubscribe"].strip()  # folded onto a continuation line: legal, unfolded by readers
    assert unsubscribe.startswith("<http") and unsubscribe.endswith(">")
    assert received.get_content_type() == "multipart/alternative"
    text, html = (part.get_content() for part in received.iter_parts())
    assert "Rencontre de Québec" in text and 'style="' in html
    assert len({m["To"] for m in smtp.messages}) == 4 and "gone@example.org" not in {m["To"] for m in smtp.messages}


def test_a_server_that_cannot_be_reached_counts_as_failed(follow_site, settings):
    issue = publish_issue(follow_site)
    SubscriberFactory.create_batch(3)
    settings.EMAIL_BACKEND = settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", smtp_server.free_port(), 2
    delivery = Delivery.objects.create(issue=issue)
    send_issue.enqueue(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.sent, delivery.failed, delivery.status) == (0, 3, "done")
