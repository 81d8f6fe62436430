"""The relay through a real SMTP server on loopback (aiosmtpd on a random port), sent by the task runner."""

import socket

import pytest
from aiosmtpd.controller import Controller
from django.urls import reverse

from tests.contributions.conftest import contact_data

pytestmark = pytest.mark.django_db


class Inbox:
    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = False
    try:
        yield inbox
    finally:
        controller.stop()


def test_relay_reaches_the_contact_over_smtp(client, initiative, smtp_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("contributions:contact", args=[initiative.pk]), contact_data())
    assert response.status_code == 302
    [envelope] = smtp_server.envelopes
    assert envelope.rcpt_tos == ["porteur@example.org"]
    content = envelope.content.decode()
    assert "Reply-To: agnes@example.org" in content
    assert "Agn" in content and "Cyber-base de quartier" in content
