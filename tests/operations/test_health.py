"""/healthz and /readyz as a load balancer sees them, with each part the site needs taken down for real."""

import json
from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from search.models import PendingIndexUpdate

pytestmark = pytest.mark.django_db

REDIS_UP = "redis://127.0.0.1:6379/15"
CLOSED_PORT = "127.0.0.1:9"  # the discard port: nothing listens, the connection is refused at once


def redis_cache(url):
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1},
        }
    }


def test_liveness_answers_without_looking_at_anything(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_ready_when_every_part_answers(client):
    response = client.get("/readyz")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "search", "index_queue", "worker"}
    assert body["checks"]["search"] == {"ok": True, "engine": "database", "ms": body["checks"]["search"]["ms"]}


def test_shared_cache_up_then_down(client):
    with override_settings(CACHES=redis_cache(REDIS_UP)):
        assert client.get("/readyz").json()["checks"]["cache"]["ok"] is True
    with override_settings(CACHES=redis_cache(f"redis://{CLOSED_PORT}/0")):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"]["ok"] is False
    assert response.json()["status"] == "unavailable"


def test_elasticsearch_down_is_reported_but_the_site_stays_ready(client):
    with override_settings(ELASTICSEARCH_URL=f"http://{CLOSED_PORT}"):
        response = client.get("/readyz")
    search = response.json()["checks"]["search"]
    assert search["ok"] is False and search["engine"] == "elasticsearch"
    assert "database engine" in search["error"]
    assert response.status_code == 200  # visitors' searches are answered by the database engine meanwhile


def test_index_queue_reports_its_oldest_update(client):
    update = PendingIndexUpdate.objects.create(translation_key="6f1c0f5e-1b7a-4a53-9a53-2f3c0c1e9a11")
    PendingIndexUpdate.objects.filter(pk=update.pk).update(created_at=timezone.now() - timedelta(minutes=10))
    queue = client.get("/readyz").json()["checks"]["index_queue"]
    assert queue["pending"] == 1
    assert 590 <= queue["oldest_age_seconds"] <= 700


def test_database_down_is_a_503_in_json_without_secrets(run_manage):
    """A process whose database refuses connections: /readyz says so, /healthz still answers."""
    script = (
        "from django.test import Client; import json; c = Client(HTTP_HOST='localhost');"
        "r = c.get('/readyz'); l = c.get('/healthz');"
        "print(json.dumps({'ready': r.status_code, 'live': l.status_code, 'body': r.json()}))"
    )
    url = f"postgres://resource_centre:s3cret-password@{CLOSED_PORT}/resource_centre"
    out = run_manage(url, "shell", "-c", script).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["live"] == 200
    assert result["ready"] == 503
    assert result["body"]["checks"]["database"]["ok"] is False
    assert result["body"]["checks"]["index_queue"]["ok"] is False
    assert "s3cret" not in out and "resource_centre" not in json.dumps(result["body"])


def test_the_worker_heartbeat_makes_the_site_ready(run_manage, tmp_path):
    """With tasks queued in the database, /readyz waits for a worker; one pass of run_worker beats for it."""
    url = f"sqlite:///{tmp_path / 'worker.sqlite3'}"
    script = (
        "from django.test import Client; import json;"
        "r = Client(HTTP_HOST='localhost').get('/readyz');"
        "print(json.dumps({'status': r.status_code, 'worker': r.json()['checks']['worker']}))"
    )
    run_manage(url, "migrate", "--noinput")
    before = json.loads(run_manage(url, "shell", "-c", script).stdout.strip().splitlines()[-1])
    assert before["status"] == 503
    assert before["worker"]["ok"] is False and before["worker"]["heartbeat_age_seconds"] is None
    run_manage(url, "run_worker", "--batch")
    after = json.loads(run_manage(url, "shell", "-c", script).stdout.strip().splitlines()[-1])
    assert after["status"] == 200, after
    assert after["worker"]["ok"] is True and after["worker"]["heartbeat_age_seconds"] <= 5
    assert after["worker"]["queued"] >= 0
