"""Backup and restore times: the demo site, and a generated site of 10,000 initiatives (1,000 with --quick).

Each site is built in a PostgreSQL database of its own, backed up with `manage.py backup`, restored with
`manage.py restore` into another empty database; both databases are dropped afterwards.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
SOURCE, TARGET = "rc_bench_backup_source", "rc_bench_backup_target"


def _psql(sql):
    subprocess.run(["psql", PG + "/postgres", "-qc", sql], check=True, capture_output=True)


def _manage(database, *args, python=None):
    env = dict(os.environ, DATABASE_URL=f"{PG}/{database}", DJANGO_SETTINGS_MODULE="config.settings.dev")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "site")])
    command = [sys.executable, "-c", python] if python else [sys.executable, "manage.py", *args]
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return round(time.perf_counter() - started, 2)


GENERATE = """
import django; django.setup()
from django.core.management import call_command
from bench.search import French
from bench.search_pages import Site
from search.indexing import rebuild
Site(French()).add_initiatives({size})
rebuild(["fr"])
"""


def _measure(label, build):
    for name in (SOURCE, TARGET):
        _psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _psql(f"CREATE DATABASE {SOURCE}")
    _psql(f"CREATE DATABASE {TARGET}")
    try:
        _manage(SOURCE, "migrate", "--noinput")
        build()
        with tempfile.TemporaryDirectory() as folder:
            backup_seconds = _manage(SOURCE, "backup", "--output", folder)
            [archive] = Path(folder).glob("*.tar.gz")
            restore_seconds = _manage(TARGET, "restore", str(archive))
            size_mb = round(archive.stat().st_size / 1e6, 1)
    finally:
        for name in (SOURCE, TARGET):
            _psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    figures = {"backup_seconds": backup_seconds, "restore_seconds": restore_seconds, "archive_mb": size_mb}
    print(f"[bench backup] {label}: {figures}", flush=True)
    return figures


def run(args):
    size = 1000 if args.quick else 10000
    return {
        "demo": _measure("demo site", lambda: _manage(SOURCE, "load_demo")),
        f"{size}_initiatives": _measure(
            f"{size} initiatives", lambda: _manage(SOURCE, python=GENERATE.format(size=size))
        ),
    }
