"""Tasks for the schedule tests: one that asks to back off while `STATE["busy"]` is true."""

from django_tasks import task

STATE = {"busy": False, "runs": 0}


@task()
def busy_or_done():
    STATE["runs"] += 1
    return {"backoff": STATE["busy"]}
