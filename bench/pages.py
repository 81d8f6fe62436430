"""`make bench` section "pages": the site under gunicorn (production settings, 2 workers) on loopback.

1. A dedicated database: PostgreSQL `rc_bench_pages` (dropped and recreated each run) on 127.0.0.1:5432, or a
   temporary SQLite file when no PostgreSQL server answers.
2. Migrations, then a generated site (tests.sample_site: 7 themes, 60 initiatives with organisations, keywords and
   themes, notes, references; the home page and a few initiatives translated into English through
   wagtail-localize), and collectstatic for whitenoise's manifest.
3. gunicorn with `config.settings.production` and 2 workers on a free loopback port; each page is warmed up, then
   loaded for a fixed duration by a few client threads (http.client, keep-alive) from this process. The request
   count and the time are both bounded; only 127.0.0.1 is ever contacted.
4. The SQL queries per page, counted in a Django process on the same database with CaptureQueriesContext (second
   request, warm caches, as in the test suite): with the anonymous HTML cache off (the page's own work) and on.

`python -m bench.pages --worker generate|queries` is the in-Django half, run as a subprocess with the bench's
environment; it prints JSON.
"""

import argparse
import http.client
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
DATABASE_NAME = "rc_bench_pages"
PG_HOST, PG_PORT = os.environ.get("PGHOST", "127.0.0.1"), int(os.environ.get("PGPORT", "5432"))
CLIENT_THREADS = 4
MAX_REQUESTS_PER_PAGE = 50_000
WARMUP_REQUESTS = 20


def run(args):
    duration = 3.0 if args.quick else 10.0
    initiatives = 30 if args.quick else 60
    workdir = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    database_url, engine = _fresh_database(workdir)
    env = _environment(database_url, workdir)
    server = None
    try:
        _manage(env, "migrate", "--noinput", "--verbosity", "0")
        _manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        pages = _worker(env, "generate", str(initiatives))
        # the page's own queries (HTML cache off), and a repeated anonymous view served from the HTML cache
        queries = _worker({**env, "PAGE_CACHE_TIMEOUT": "0"}, "queries", json.dumps(pages))
        cached_queries = _worker(env, "queries", json.dumps(pages))
        results = {}
        # the anonymous HTML cache on (production default), then off: the pages' own rendering speed
        for mode, mode_env in (("html_cache", env), ("no_html_cache", {**env, "PAGE_CACHE_TIMEOUT": "0"})):
            port = _free_port()
            server = _start_gunicorn(mode_env, port, workdir)
            _wait_until_up(port, server)
            results[mode] = {}
            for name, url in pages.items():
                _load(port, url, requests=WARMUP_REQUESTS)
                figures = _measure(port, url, duration)
                figures["sql_queries"] = queries[name] if mode == "no_html_cache" else cached_queries[name]
                results[mode][name] = figures
            _stop(server)
            server = None
    finally:
        if server is not None:
            _stop(server)
        _drop_database(engine)
        shutil.rmtree(workdir, ignore_errors=True)
    _print_table(results, engine, duration)
    return {
        "database": engine,
        "gunicorn_workers": 2,
        "client_threads": CLIENT_THREADS,
        "duration_s": duration,
        "initiatives": initiatives,
        "pages": results["html_cache"],
        "pages_without_html_cache": results["no_html_cache"],
    }


# -- database ---------------------------------------------------------------------------------------------------


def _fresh_database(workdir):
    try:
        import psycopg2

        connection = psycopg2.connect(host=PG_HOST, port=PG_PORT, user="postgres", dbname="postgres", connect_timeout=3)
    except Exception as error:  # no server, no driver: the bench still runs, on SQLite
        print(f"[bench pages] PostgreSQL unreachable ({error.__class__.__name__}); using a temporary SQLite file")
        return f"sqlite:///{workdir / 'bench.sqlite3'}", "sqlite"
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {DATABASE_NAME}")
        cursor.execute(f"CREATE DATABASE {DATABASE_NAME}")
    connection.close()
    return f"postgres://postgres@{PG_HOST}:{PG_PORT}/{DATABASE_NAME}", "postgresql"


def _drop_database(engine):
    if engine != "postgresql":
        return
    import psycopg2

    connection = psycopg2.connect(host=PG_HOST, port=PG_PORT, user="postgres", dbname="postgres", connect_timeout=3)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {DATABASE_NAME} WITH (FORCE)")
    connection.close()


# -- Django subprocesses ----------------------------------------------------------------------------------------


def _environment(database_url, workdir):
    env = {key: value for key, value in os.environ.items() if key not in {"CACHE_URL", "REDIS_URL"}}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DATABASE_URL": database_url,
            "SECRET_KEY": secrets.token_urlsafe(50),
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "SECURE_HSTS_SECONDS": "0",
            "ALLOWED_HOSTS": "127.0.0.1",
            "STATIC_ROOT": str(workdir / "static"),
            "MEDIA_ROOT": str(workdir / "media"),
            "ELASTICSEARCH_URL": "",
            "PYTHONPATH": os.pathsep.join([str(PROJECT_DIR), str(PROJECT_DIR / "site")]),
        }
    )
    return env


def _manage(env, *arguments):
    subprocess.run([sys.executable, "manage.py", *arguments], cwd=PROJECT_DIR, env=env, check=True, timeout=900)


def _worker(env, command, argument):
    completed = subprocess.run(
        [sys.executable, "-m", "bench.pages", "--worker", command, argument],
        cwd=PROJECT_DIR,
        env=env,
        check=True,
        timeout=900,
        capture_output=True,
        text=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def _worker_main(command, argument):
    import django

    django.setup()
    if command == "generate":
        print(json.dumps(_generate(int(argument))))
    elif command == "queries":
        print(json.dumps(_count_queries(json.loads(argument))))


def _generate(initiatives):
    from tests.sample_site import build_sample_site, translate_page

    site = build_sample_site(
        initiatives=initiatives, organisations=initiatives // 2, references=initiatives // 3, notes=3
    )
    translate_page(site.tree.home, "en", title="Digital solidarity")
    translate_page(site.tree.initiatives, "en", title="Initiatives")
    for initiative in site.initiatives[:5]:
        translate_page(initiative, "en", title=f"{initiative.title} (English)")
    return {
        "home": site.tree.home.url,
        "initiative": site.initiatives[0].url,
        "theme": site.themes[0].url,
        "note": site.notes[0].url,
        "initiative listing": site.tree.initiatives.url,
        "initiative listing (en)": site.tree.initiatives.get_translation_or_none(_locale("en")).get_url(),
    }


def _locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


def _count_queries(pages):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for name, url in pages.items():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
        counts[name] = len(queries)
    return counts


# -- gunicorn and the load ----------------------------------------------------------------------------------------


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_gunicorn(env, port, workdir):
    log = open(workdir / "gunicorn.log", "w")  # noqa: SIM115 (closed with the process in _stop)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "--timeout",
            "60",
        ],
        cwd=PROJECT_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    process.log_file = log
    process.log_path = workdir / "gunicorn.log"
    return process


def _wait_until_up(port, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited:\n" + process.log_path.read_text()[-3000:])
        try:
            status, _elapsed = _get(http.client.HTTPConnection("127.0.0.1", port, timeout=5), "/")
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer within a minute")


def _stop(process):
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)
    process.log_file.close()


def _get(connection, url):
    started = time.perf_counter()
    connection.request("GET", url, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    response.read()
    return response.status, time.perf_counter() - started


def _load(port, url, requests):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        for _i in range(requests):
            status, _elapsed = _get(connection, url)
            if status != 200:
                raise RuntimeError(f"{url} answered {status}")
    finally:
        connection.close()


def _measure(port, url, duration):
    """Requests/s and latency percentiles with CLIENT_THREADS keep-alive clients for `duration` seconds."""
    latencies, errors, lock = [], [0], threading.Lock()
    deadline = time.perf_counter() + duration
    budget = [MAX_REQUESTS_PER_PAGE]

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine, failed = [], 0
        try:
            while time.perf_counter() < deadline:
                with lock:
                    if budget[0] <= 0:
                        break
                    budget[0] -= 1
                try:
                    status, elapsed = _get(connection, url)
                except (OSError, http.client.HTTPException):
                    failed += 1
                    connection.close()
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    continue
                if status == 200:
                    mine.append(elapsed)
                else:
                    failed += 1
        finally:
            connection.close()
            with lock:
                latencies.extend(mine)
                errors[0] += failed

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _i in range(CLIENT_THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=duration + 60)
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "url": url,
        "requests": len(latencies),
        "errors": errors[0],
        "requests_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(_percentile(latencies, 50) * 1000, 1),
        "p99_ms": round(_percentile(latencies, 99) * 1000, 1),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else None,
    }


def _percentile(sorted_values, percent):
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(percent / 100 * len(sorted_values)) - 1))
    return sorted_values[index]


def _print_table(results, engine, duration):
    print(f"[bench pages] gunicorn, 2 workers, {CLIENT_THREADS} client threads, {duration:g} s per page, {engine}")
    for mode, title in (("html_cache", "anonymous HTML cache on"), ("no_html_cache", "HTML cache off")):
        print(f"  {title}")
        print(f"  {'page':26} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} {'SQL':>4} {'errors':>6}")
        for name, figures in results[mode].items():
            print(
                f"  {name:26} {figures['requests_per_s']:7.1f} {figures['p50_ms']:8.1f} {figures['p99_ms']:8.1f}"
                f" {figures['sql_queries']:4d} {figures['errors']:6d}"
            )
    print("  SQL: queries of a repeated view (warm caches), counted in-process with CaptureQueriesContext")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.pages")
    parser.add_argument("--worker", choices=["generate", "queries"], required=True)
    parser.add_argument("argument")
    options = parser.parse_args()
    _worker_main(options.worker, options.argument)
