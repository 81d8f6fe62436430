"""Background tasks of attached documents: extract one document's text, and retry the failed ones when due."""

from django_tasks import task

from search.attachments.extraction import due_retries, extract


@task()
def extract_attachment_text(document_id):
    return extract(document_id)


@task()
def retry_attachment_extractions():
    """Recurring (settings.RECURRING_TASKS): the extractions that failed and are due again."""

    statuses = [extract(document_id) for document_id in due_retries()]
    return {"retried": len(statuses), "backoff": not statuses}
