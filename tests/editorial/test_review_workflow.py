"""The review workflow through the admin views, as each group uses it: Rédaction writes and submits, Relecture
approves or rejects with a comment and publishes, the editor reads the comment and resubmits."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, Workflow, WorkflowTask

from home.permissions import REVIEW_WORKFLOW, REVIEWERS_GROUP, ensure_groups_and_workflow
from initiatives.models import InitiativePage
from tests.conftest import SiteTree
from tests.editorial.helpers import editor, initiative_form, reviewer

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    ensure_groups_and_workflow()
    return SiteTree()


def test_the_workflow_has_its_approval_task_in_the_database_and_setup_is_idempotent(tree):
    ensure_groups_and_workflow()
    workflow = Workflow.objects.get(name=REVIEW_WORKFLOW)
    rows = WorkflowTask.objects.filter(workflow=workflow)
    assert [(row.task.specific.name, [g.name for g in row.task.specific.groups.all()]) for row in rows] == [
        (REVIEWERS_GROUP, [REVIEWERS_GROUP])
    ]
    assert tree.initiatives.get_workflow() == workflow


def _workflow_action(client, page, action, comment):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, {"comment": comment})


def test_an_editor_submits_a_reviewer_rejects_with_a_comment_the_editor_resubmits_the_reviewer_publishes(
    client, tree, django_capture_on_commit_callbacks
):
    writer, checker = editor(), reviewer()
    add_url = reverse("wagtailadmin_pages:add", args=("initiatives", "initiativepage", tree.initiatives.pk))

    # Rédaction: creates and submits; the publish action is not theirs.
    client.force_login(writer)
    form = client.get(add_url)
    assert form.status_code == 200
    assert "action-publish" not in form.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(add_url, {**initiative_form("Cyber-base d'Athis"), "action-submit": "Submit"})
    assert response.status_code == 302, response.context["form"].errors
    page = InitiativePage.objects.get(title="Cyber-base d'Athis")
    assert not page.live
    assert page.current_workflow_state.status == "in_progress"

    client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        {**initiative_form("Cyber-base d'Athis"), "action-publish": "Publish"},
    )
    page.refresh_from_db()
    assert not page.live

    # Relecture: told by e-mail, finds it on the dashboard, rejects it with a comment.
    assert [message.to for message in mail.outbox] == [[checker.email]]
    assert "Cyber-base d'Athis" in mail.outbox[0].subject + mail.outbox[0].body
    client.force_login(checker)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Cyber-base d&#x27;Athis" in dashboard or "Cyber-base d'Athis" in dashboard
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        rejected = _workflow_action(client, page, "reject", "Ajoutez le porteur du projet.")
    assert rejected.status_code in (200, 302)
    page.refresh_from_db()
    assert page.current_workflow_state.status == "needs_changes"
    assert not page.live
    assert [message.to for message in mail.outbox] == [[writer.email]]

    # Rédaction: reads the comment in the editor and resubmits.
    client.force_login(writer)
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    assert "Ajoutez le porteur du projet." in client.get(edit_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        resubmitted = client.post(
            edit_url,
            {**initiative_form("Cyber-base d'Athis", summary="Porté par la mairie."), "action-submit": "Resubmit"},
        )
    assert resubmitted.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.status == "in_progress"

    # Relecture: approves, which publishes.
    client.force_login(checker)
    with django_capture_on_commit_callbacks(execute=True):
        approved = _workflow_action(client, page, "approve", "Parfait.")
    assert approved.status_code in (200, 302)
    page = Page.objects.get(pk=page.pk).specific
    assert page.live
    assert page.summary == "Porté par la mairie."
    assert page.current_workflow_state is None


def test_an_administrator_also_goes_through_review_when_submitting(client, tree, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    reviewer()
    client.force_login(admin)
    add_url = reverse("wagtailadmin_pages:add", args=("initiatives", "initiativepage", tree.initiatives.pk))
    client.post(add_url, {**initiative_form("Point d'accès public"), "action-submit": "Submit"})
    page = InitiativePage.objects.get(title="Point d'accès public")
    assert not page.live
    assert page.current_workflow_state.status == "in_progress"
