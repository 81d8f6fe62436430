"""Every log line carries the request id the response returns; LOG_FORMAT=json writes one JSON object per line."""

import json
import logging

import pytest

from operations.request_id import RequestIdFilter

pytestmark = pytest.mark.django_db


def test_a_request_gets_an_id_and_keeps_a_sane_one_from_the_proxy(client):
    made = client.get("/healthz")["X-Request-ID"]
    assert len(made) == 32
    assert client.get("/healthz", HTTP_X_REQUEST_ID="proxy-1234abcd")["X-Request-ID"] == "proxy-1234abcd"
    hostile = client.get("/healthz", HTTP_X_REQUEST_ID="<script>\nx")["X-Request-ID"]
    assert hostile != "<script>\nx" and len(hostile) == 32


def test_log_lines_inside_a_request_name_its_id(client, caplog, settings):
    settings.DEBUG_PROPAGATE_EXCEPTIONS = False
    caplog.handler.addFilter(RequestIdFilter())
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get("/no-such-page-at-all/")
    assert response.status_code == 404
    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.request_id == response["X-Request-ID"]


def test_json_format(run_manage):
    script = "import logging; logging.getLogger('operations.test').error('backup done', extra={'pages': 3})"
    out = run_manage("sqlite:///:memory:", "shell", "-c", script, extra_env={"LOG_FORMAT": "json"})
    line = json.loads(out.stderr.strip().splitlines()[-1])
    assert line["message"] == "backup done" and line["level"] == "ERROR" and line["pages"] == 3
    assert line["request_id"] == "-"


def test_every_background_task_logs_its_outcome(run_manage, tmp_path):
    url = f"sqlite:///{tmp_path / 'tasks.sqlite3'}"
    run_manage(url, "migrate", "--noinput")
    out = run_manage(url, "run_worker", "--batch", extra_env={"LOG_FORMAT": "json"})
    lines = [json.loads(line) for line in out.stderr.splitlines() if line.startswith("{")]
    finished = [line["message"] for line in lines if "state=SUCCESSFUL" in line["message"]]
    assert any("path=operations.worker.tasks.publish_scheduled_pages" in message for message in finished), out.stderr
    assert all(line["logger"] == "django_tasks" for line in lines if "Task id=" in line["message"])
