"""Proposals and corrections become drafts in the review workflow; the submitter hears back twice."""

import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.models import WorkflowState

from initiatives.contributions.models import Submission
from initiatives.models import InitiativePage, ThemePage

pytestmark = pytest.mark.django_db


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def proposal(**overrides):
    theme = ThemePage.objects.get(slug="sante")
    data = {
        "name": "Karim Benali",
        "email": "karim@example.org",
        "title": "Atelier numérique de Belleville",
        "summary": "Des ateliers pour les seniors du quartier.",
        "territory": "Paris 20e",
        "countries": ["FR"],
        "carriers": "Association Belleville Numérique (France)",
        "themes": [theme.pk],
        "website": "https://belleville.example.org",
        "launch_year": "2012",
        "contact_name": "Coordinatrice",
        "contact_email": "ateliers@example.org",
    }
    data.update(overrides)
    return data


def test_proposal_becomes_a_draft_in_the_workflow(client, initiative, reviewer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("contributions:propose"), proposal())
    assert response.status_code == 302 and response["Location"] == reverse("contributions:thanks")

    draft = InitiativePage.objects.get(title="Atelier numérique de Belleville")
    assert not draft.live
    assert draft.get_parent().specific_class.__name__ == "InitiativeIndexPage"
    assert draft.launch_year == 2012 and draft.territory == "Paris 20e"
    assert list(draft.themes.values_list("slug", flat=True)) == ["sante"]
    assert not draft.show_contact_email  # no consent given: the address stays private
    assert WorkflowState.objects.filter(object_id=str(draft.pk), status=WorkflowState.STATUS_IN_PROGRESS).exists()

    submission = Submission.objects.get(page=draft)
    assert submission.submitter_email == "karim@example.org"
    assert "Belleville Numérique" in submission.carriers
    assert client.get(draft.url or "/initiatives/atelier-numerique-de-belleville/").status_code == 404

    by_recipient = {tuple(m.to): m for m in mail.outbox}
    assert "Atelier numérique de Belleville" in by_recipient[("karim@example.org",)].body
    editors_notice = by_recipient[("relectrice@example.org",)]
    assert f"/admin/pages/{draft.pk}/edit/" in editors_notice.body
    assert "karim@example.org" in editors_notice.body


def test_publication_sends_the_link_once(client, initiative, reviewer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("contributions:propose"), proposal())
    draft = InitiativePage.objects.get(title="Atelier numérique de Belleville")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        draft.get_latest_revision().publish()
    [notice] = mail.outbox
    assert notice.to == ["karim@example.org"]
    draft.refresh_from_db()
    assert draft.full_url in notice.body
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision().publish()
    assert not mail.outbox


def test_correction_is_a_draft_revision_of_the_live_page(client, initiative, django_capture_on_commit_callbacks):
    url = reverse("contributions:correct", args=[initiative.pk])
    html = client.get(url).content.decode()
    assert 'value="Cyber-base de quartier"' in html
    data = proposal(title="Cyber-base de quartier", territory="Commune de Juvisy", message="Elle a déménagé en 2020.")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, data).status_code == 302
    initiative.refresh_from_db()
    assert initiative.territory == "Commune d'Athis-Mons"  # the live version is unchanged
    assert initiative.has_unpublished_changes
    assert initiative.get_latest_revision_as_object().territory == "Commune de Juvisy"
    assert initiative.get_latest_revision_as_object().contact_email == "ateliers@example.org"
    assert Submission.objects.get(page=initiative).kind == Submission.Kind.CORRECTION
    assert "Suggest a correction" in client.get(initiative.url).content.decode() or "Proposer une correction" in (
        client.get(initiative.url).content.decode()
    )


def test_image_upload_is_kept_in_the_private_collection(client, initiative, django_capture_on_commit_callbacks):
    upload = SimpleUploadedFile("photo.png", png_bytes(), content_type="image/png")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("contributions:propose"), {**proposal(), "image": upload}).status_code == 302
    submission = Submission.objects.get()
    assert submission.image.collection.name == "Contributions"
    assert submission.image.file.name.endswith(".png")
    assert client.get("/api/v2/images/").json()["meta"]["total_count"] == 0


def test_upload_type_is_read_from_the_content(client, initiative):
    fake = SimpleUploadedFile("photo.png", b"#!/bin/sh\necho not an image\n", content_type="image/png")
    response = client.post(reverse("contributions:propose"), {**proposal(), "image": fake})
    assert response.status_code == 400
    assert 'id="id_image_error"' in response.content.decode()
    assert not Submission.objects.exists()


def test_upload_size_is_capped(client, initiative, settings):
    settings.CONTRIBUTION_UPLOAD_MAX_BYTES = 1000
    big = SimpleUploadedFile("report.pdf", b"%PDF-1.4\n" + b"0" * 2000, content_type="application/pdf")
    response = client.post(reverse("contributions:propose"), {**proposal(), "document": big})
    assert response.status_code == 400
    assert 'id="id_document_error"' in response.content.decode()


def test_pdf_document_is_accepted_and_not_public(client, initiative, django_capture_on_commit_callbacks):
    pdf = SimpleUploadedFile("report.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("contributions:propose"), {**proposal(), "document": pdf}).status_code == 302
    document = Submission.objects.get().document
    assert client.get(document.url).status_code in (302, 403)
    assert client.get("/api/v2/documents/").json()["meta"]["total_count"] == 0


def test_proposal_form_is_offered_in_three_languages(client, initiative):
    from django.utils import translation

    paths = set()
    for code in ("fr", "en", "es"):
        with translation.override(code):
            url = reverse("contributions:propose")
        response = client.get(url)
        assert response.status_code == 200
        assert 'name="homepage"' in response.content.decode()
        paths.add(url)
    assert len(paths) == 3


def test_editors_read_the_private_note_in_the_admin(client, initiative, reviewer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("contributions:propose"), proposal(message="Je coordonne ce projet."))
    submission = Submission.objects.get()
    assert client.get(reverse("submissions:inspect", args=[submission.pk])).status_code == 302  # anonymous
    client.force_login(reviewer)
    assert "Karim Benali" in client.get(reverse("submissions:index")).content.decode()
    html = client.get(reverse("submissions:inspect", args=[submission.pk])).content.decode()
    assert "karim@example.org" in html and "Je coordonne ce projet." in html and "Belleville Numérique" in html
