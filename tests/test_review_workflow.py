"""The editorial review workflow really holds its approval task (a workflow without one publishes at once)."""

import pytest
from wagtail.models import Workflow, WorkflowTask

from home.permissions import REVIEW_WORKFLOW, REVIEWERS_GROUP, ensure_groups_and_workflow

pytestmark = pytest.mark.django_db


def test_review_workflow_has_the_reviewers_task_row():
    ensure_groups_and_workflow()
    workflow = Workflow.objects.get(name=REVIEW_WORKFLOW)
    rows = WorkflowTask.objects.filter(workflow=workflow)
    assert [row.task.name for row in rows] == [REVIEWERS_GROUP]
    ensure_groups_and_workflow()
    assert WorkflowTask.objects.filter(workflow=workflow).count() == 1


def test_the_workflow_is_built_with_its_task_row_from_nothing():
    """As on a fresh database: no workflow, no task. The rows must be written, not kept in a relation's memory."""
    WorkflowTask.objects.all().delete()
    Workflow.objects.filter(name=REVIEW_WORKFLOW).delete()
    ensure_groups_and_workflow()
    workflow = Workflow.objects.get(name=REVIEW_WORKFLOW)
    assert [row.task.name for row in WorkflowTask.objects.filter(workflow=workflow)] == [REVIEWERS_GROUP]
    assert [task.name for task in workflow.tasks] == [REVIEWERS_GROUP]  # what the workflow runs
