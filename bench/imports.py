"""Import benchmark: 2,000 generated initiative records (collection dialect) into a fresh PostgreSQL database,
then the same file again (everything unchanged). Targets: ≤ 30 s and ≤ 10 s.

The work runs in a child process so its Django settings (database rc_bench_imports) stay apart from other sections.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "rc_bench_imports"
SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")


def _recreate_database():
    import psycopg2

    connection = psycopg2.connect(f"{SERVER}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{DATABASE}"')
    connection.close()


def run(args):
    count = 200 if getattr(args, "quick", False) else 2000
    _recreate_database()
    env = dict(os.environ, DATABASE_URL=f"{SERVER}/{DATABASE}", DJANGO_SETTINGS_MODULE="config.settings.test")
    completed = subprocess.run(
        [sys.executable, "-m", "bench.imports", str(count)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if completed.returncode:
        raise RuntimeError(completed.stderr[-2000:])
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    print(
        f"[bench] imports: {result['records']} records in {result['import_seconds']} s "
        f"({result['import_records_per_second']} records/s, target ≤ 30 s); re-import "
        f"{result['reimport_seconds']} s (target ≤ 10 s), {result['reimport_unchanged']} unchanged"
    )
    return result


def _worker(count):
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from bench.import_data import generate
    from initiatives.models import InitiativePage
    from library.importing.run import import_files
    from tests.conftest import SiteTree

    SiteTree()
    path = Path(f"/tmp/{DATABASE}-{count}.txt")
    path.write_text(generate(count), encoding="utf-8")

    def timed():
        started = time.perf_counter()
        results = import_files([path], publish=True)
        if results[0].error:
            raise results[0].error
        return time.perf_counter() - started, results[0].counts

    first, counts = timed()
    second, again = timed()
    assert InitiativePage.objects.count() == count
    path.unlink()
    print(json.dumps({
        "records": count,
        "import_seconds": round(first, 2),
        "import_records_per_second": round(count / first, 1),
        "import_counts": counts,
        "reimport_seconds": round(second, 2),
        "reimport_records_per_second": round(count / second, 1),
        "reimport_unchanged": again["initiative"]["unchanged"],
        "targets": {"import_seconds": 30, "reimport_seconds": 10},
        "mode": "published pages (a revision per page)",
    }))  # fmt: skip


if __name__ == "__main__":
    _worker(int(sys.argv[1]))
