"""The search report's upkeep, run by the background worker (settings.RECURRING_TASKS)."""

from django_tasks import task

from search.report.recording import prune

KEEP_DAYS = 400  # a year of daily rows, and the same weeks of the year before to compare with


@task()
def prune_search_report():
    return prune(KEEP_DAYS)
