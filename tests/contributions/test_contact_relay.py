"""An initiative's contact: shown only with consent, otherwise reached through the relay form."""

import pytest
from django.core import mail
from django.urls import reverse

from tests.contributions.conftest import contact_data

pytestmark = pytest.mark.django_db


def test_only_consented_details_are_shown(client, initiative):
    html = client.get(initiative.url).content.decode()
    assert "Responsable du projet" in html
    assert "porteur@example.org" not in html
    assert "+33 1 23 45 67 89" not in html
    assert reverse("contributions:contact", args=[initiative.pk]) in html


def test_consented_email_is_shown_and_no_relay_offered(client, initiative):
    initiative.show_contact_email = True
    initiative.save_revision().publish()
    html = client.get(initiative.url).content.decode()
    assert "mailto:porteur@example.org" in html
    assert client.get(reverse("contributions:contact", args=[initiative.pk])).status_code == 404


def test_relay_forwards_the_message_without_revealing_the_address(
    client, initiative, django_capture_on_commit_callbacks
):
    url = reverse("contributions:contact", args=[initiative.pk])
    form_html = client.get(url).content.decode()
    assert "porteur@example.org" not in form_html
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, contact_data())
    assert response.status_code == 302 and response["Location"] == initiative.url
    assert "porteur@example.org" not in client.get(initiative.url).content.decode()
    [sent] = mail.outbox
    assert sent.to == ["porteur@example.org"]
    assert sent.reply_to == ["agnes@example.org"]
    assert "Bonjour, comment avez-vous fait ?" in sent.body
    assert "Cyber-base de quartier" in sent.subject


def test_invalid_form_ties_errors_to_fields(client, initiative):
    url = reverse("contributions:contact", args=[initiative.pk])
    response = client.post(url, contact_data(email="not-an-address", message=""))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_email_error"' in html and 'id="id_message_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_email_helptext id_email_error"' in html
    assert not mail.outbox


def test_honeypot_filled_sends_nothing(client, initiative, django_capture_on_commit_callbacks):
    url = reverse("contributions:contact", args=[initiative.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, contact_data(homepage="http://spam.example"))
    assert response.status_code == 302
    assert not mail.outbox


def test_rate_limit_per_address(client, initiative, settings, django_capture_on_commit_callbacks):
    settings.CONTRIBUTION_RATE_LIMIT = (2, 3600)
    url = reverse("contributions:contact", args=[initiative.pk])
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(2):
            assert client.post(url, contact_data(), REMOTE_ADDR=f"10.0.0.{n}").status_code == 302
        refused = client.post(url, contact_data(), REMOTE_ADDR="10.0.0.9")
    assert refused.status_code == 400
    assert "Too many messages" in refused.content.decode() or "Trop de messages" in refused.content.decode()
    assert len(mail.outbox) == 2


def test_rate_limit_per_ip(client, initiative, settings, django_capture_on_commit_callbacks):
    settings.CONTRIBUTION_RATE_LIMIT = (2, 3600)
    url = reverse("contributions:contact", args=[initiative.pk])
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(2):
            assert client.post(url, contact_data(email=f"person{n}@example.org")).status_code == 302
        assert client.post(url, contact_data(email="third@example.org")).status_code == 400
    assert len(mail.outbox) == 2


def test_restricted_or_draft_initiatives_have_no_relay(client, initiative):
    initiative.unpublish()
    assert client.get(reverse("contributions:contact", args=[initiative.pk])).status_code == 404
