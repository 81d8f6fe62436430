"""Attached PDFs: their text read by the background worker (never while publishing), searched, and quoted in the
snippet with the page it is on; unreadable or oversized files bounded, failed reads retried."""

import datetime
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.documents.models import Document

from library.factories import ReferencePageFactory, ThematicNotePageFactory
from search.attachments import extraction
from search.attachments.models import AttachmentText, Extraction
from search.attachments.tasks import retry_attachment_extractions

PDF = (Path(__file__).parent / "fixtures" / "attachment.pdf").read_bytes()
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}
API = "/api/search/"


@pytest.fixture
def worker_in_test_transaction(monkeypatch):
    """The worker closes stale connections between tasks; inside the test's transaction that would end the test."""
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)


def pdf_document(title="Note sur l'accès public", data=PDF, name="note.pdf"):
    document = Document(title=title, file=ContentFile(data, name=name))
    document.save()
    document.get_file_hash()  # as Wagtail's upload form does
    return document


def note_with(tree, document, capture, title="Les points d'accès publics"):
    with capture(execute=True):
        note = ThematicNotePageFactory(parent=tree.library, title=title, summary="Une note de synthèse.", live=False)
        note.document = document
        note.save_revision().publish()
    note.refresh_from_db()
    return note


@override_settings(TASKS=DATABASE_TASKS)
def test_the_worker_reads_a_note_pdf_after_publishing_and_the_result_quotes_its_page(
    client, site_tree, django_capture_on_commit_callbacks, worker_in_test_transaction
):
    with django_capture_on_commit_callbacks(execute=True):
        document = pdf_document()
    note = note_with(site_tree, document, django_capture_on_commit_callbacks)
    assert not AttachmentText.objects.filter(status=Extraction.EXTRACTED).exists()  # the request only queued it
    assert DBTaskResult.objects.filter(task_path__endswith="extract_attachment_text", status="READY").exists()
    assert client.get(API, {"q": "téléconsultation"}).json()["count"] == 0

    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_worker", "--batch", verbosity=0)
    text = AttachmentText.objects.get(document=document)
    assert (text.status, len(text.pages)) == (Extraction.EXTRACTED, 2)

    data = client.get(API, {"q": "téléconsultation dispensaires"}).json()
    assert [hit["title"] for hit in data["results"]] == [note.title]
    hit = data["results"][0]
    assert (hit["snippet_source"], hit["snippet_page"]) == ("document", 2)
    assert "<mark>téléconsultation</mark>" in hit["snippet"]
    html = client.get("/recherche/", {"q": "téléconsultation"}).content.decode()
    assert "Dans le document joint, page\u00a02\u00a0:" in html
    # words of the page itself keep the page's own snippet
    assert client.get(API, {"q": "synthèse"}).json()["results"][0]["snippet_source"] == "page"


def test_a_reference_pdf_is_searched_too(client, site_tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # the tests' immediate backend runs the task at commit
        document = pdf_document(title="Rapport")
        reference = ReferencePageFactory(parent=site_tree.library, title="Rapport régional", live=False)
        reference.document = document
        reference.save_revision().publish()
    data = client.get(API, {"q": "hôpitaux"}).json()
    assert [(hit["title"], hit["snippet_page"]) for hit in data["results"]] == [("Rapport régional", 2)]


def test_a_failed_read_is_retried_later_then_indexed(client, site_tree, django_capture_on_commit_callbacks):
    document = pdf_document()
    stored_name = document.file.name
    document.file.storage.delete(stored_name)  # the storage cannot give the file now
    note = note_with(site_tree, document, django_capture_on_commit_callbacks)
    row = AttachmentText.objects.get(document=document)
    assert (row.status, row.attempts) == (Extraction.FAILED, 1) and row.next_attempt_at > timezone.now()
    assert extraction.due_retries() == []  # not before its delay

    document.file.storage.save(stored_name, ContentFile(PDF))  # the storage is back
    later = timezone.now() + datetime.timedelta(seconds=extraction.RETRY_DELAYS[0] + 1)
    assert extraction.due_retries(later) == [document.pk]
    with django_capture_on_commit_callbacks(execute=True):
        AttachmentText.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
        assert retry_attachment_extractions.call()["retried"] == 1
    assert AttachmentText.objects.get(pk=row.pk).status == Extraction.EXTRACTED
    assert [hit["title"] for hit in client.get(API, {"q": "dispensaires"}).json()["results"]] == [note.title]


def test_a_damaged_or_long_pdf_is_bounded_and_never_breaks_publishing(
    client, site_tree, django_capture_on_commit_callbacks, monkeypatch
):
    damaged = pdf_document(data=b"%PDF-1.4\n" + b"\x00garbage" * 100, name="abime.pdf")
    note = note_with(site_tree, damaged, django_capture_on_commit_callbacks)
    assert note.live
    row = AttachmentText.objects.get(document=damaged)
    assert row.status == Extraction.UNREADABLE and row.error

    monkeypatch.setattr(extraction, "MAX_CHARS", 70)
    pages, truncated = extraction.extract_pages(PDF)
    assert truncated and sum(len(page) for page in pages) == 70 and len(pages) == 2
    monkeypatch.setattr(extraction, "MAX_FILE_BYTES", 100)
    with django_capture_on_commit_callbacks(execute=True):
        big = pdf_document(title="Trop grand")
    assert AttachmentText.objects.get(document=big).status == Extraction.UNREADABLE
