"""`make load`: the site under bounded load while a page is published twice (production settings, 2 workers).

A database of its own (`rc_load_<pid>`, dropped afterwards), a generated site (bench.pages' generator), gunicorn
with `config.settings.production` and 2 workers on a free loopback port, and no cache server: each worker keeps
its own memory cache, as the README allows. Client threads (http.client, keep-alive) request the home page, an
initiative, a theme page and three searches (one with two facets) in turn for DURATION seconds, while a
subprocess publishes one initiative twice. Prints requests/s, p50/p99 latency and the non-2xx count; exits 1 when
any answer was not a 2xx.
"""

import argparse
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.pages import (
    PG_HOST,
    PG_PORT,
    PROJECT_DIR,
    _environment,
    _free_port,
    _manage,
    _start_gunicorn,
    _stop,
    _wait_until_up,
    _worker,
)

CLIENT_THREADS = 4
MAX_REQUESTS = 200_000  # a bound on top of the duration
SEARCHES = ["/recherche/?q=numerique", "/api/search/?q=initiative", "/recherche/?theme=acces&type=initiative&type=note"]
PUBLISH = """
from initiatives.models import InitiativePage
page = InitiativePage.objects.live().filter(locale__language_code="fr").order_by("pk").first()
for number in (1, 2):
    page.summary = f"Publiée sous charge ({number})"
    page.save_revision().publish()
"""


def _database():
    import psycopg2

    name = f"rc_load_{os.getpid()}"
    connection = psycopg2.connect(host=PG_HOST, port=PG_PORT, user="postgres", dbname="postgres", connect_timeout=3)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {name}")
    connection.close()
    return name


def _drop(name):
    import psycopg2

    connection = psycopg2.connect(host=PG_HOST, port=PG_PORT, user="postgres", dbname="postgres", connect_timeout=3)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    connection.close()


def _client(port, urls, deadline, results, lock):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    index = 0
    while time.monotonic() < deadline:
        url = urls[index % len(urls)]
        index += 1
        started = time.perf_counter()
        try:
            connection.request("GET", url, headers={"Host": "127.0.0.1"})
            response = connection.getresponse()
            response.read()
            status = response.status
        except OSError:
            status = 0
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        with lock:
            results.append((status, time.perf_counter() - started))
            if len(results) >= MAX_REQUESTS:
                break
    connection.close()


def run(duration):
    workdir = Path(tempfile.mkdtemp(prefix="load-"))
    name = _database()
    env = _environment(f"postgres://postgres@{PG_HOST}:{PG_PORT}/{name}", workdir)
    server = None
    try:
        _manage(env, "migrate", "--noinput", "--verbosity", "0")
        _manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        pages = _worker(env, "generate", "30")
        _manage(env, "rebuild_resource_index")
        urls = [pages["home"], pages["initiative"], pages["theme"], *SEARCHES]
        port = _free_port()
        server = _start_gunicorn(env, port, workdir)
        _wait_until_up(port, server)
        results, lock = [], threading.Lock()
        deadline = time.monotonic() + duration
        threads = [
            threading.Thread(target=_client, args=(port, urls, deadline, results, lock)) for _ in range(CLIENT_THREADS)
        ]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        time.sleep(duration / 3)
        publish = subprocess.run(
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", PUBLISH],
            cwd=PROJECT_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
    finally:
        if server is not None:
            _stop(server)
        _drop(name)
        shutil.rmtree(workdir, ignore_errors=True)
    latencies = sorted(seconds for _status, seconds in results)
    figures = {
        "duration_s": round(elapsed, 1),
        "gunicorn_workers": 2,
        "client_threads": CLIENT_THREADS,
        "requests": len(results),
        "requests_per_s": round(len(results) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 1),
        "non_2xx": sum(1 for status, _seconds in results if not 200 <= status < 300),
        "published_twice": publish.returncode == 0,
        "urls": urls,
    }
    print(json.dumps(figures, indent=2))
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=60.0)
    figures = run(parser.parse_args().duration)
    sys.exit(0 if figures["non_2xx"] == 0 and figures["published_twice"] else 1)


if __name__ == "__main__":
    main()
