"""Back up the demo site, restore it into a fresh database, and find the same site: counts, pages, translations, hits.

Each side runs in processes of its own on a database of its own, as an operator's commands would.
"""

import json
import os
import shutil
import subprocess
import tarfile
import uuid

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db  # only to learn which database vendor the suite runs on


def fingerprint(run_manage, url, media):
    return json.loads(run_manage(url, "site_fingerprint", media_root=media).stdout)


def postgres_database(name):
    settings = connection.settings_dict
    base = f"postgres://{settings['USER'] or 'postgres'}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}"
    return base, f"{base}/{name}"


def psql(base, sql):
    subprocess.run(["psql", f"{base}/postgres", "-v", "ON_ERROR_STOP=1", "-qc", sql], check=True, capture_output=True)


@pytest.fixture
def databases(tmp_path):
    """A source and an empty target database of the suite's vendor."""
    if connection.vendor == "postgresql":
        if not shutil.which("pg_dump"):
            pytest.skip("pg_dump and pg_restore are needed (apt-get install postgresql-client)")
        suffix = uuid.uuid4().hex[:8]
        base, source = postgres_database(f"backup_source_{suffix}")
        _, target = postgres_database(f"backup_target_{suffix}")
        for url in (source, target):
            psql(base, f"CREATE DATABASE {url.rsplit('/', 1)[1]}")
        yield source, target
        for url in (source, target):
            psql(base, f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")
    else:
        yield f"sqlite:///{tmp_path / 'source.sqlite3'}", f"sqlite:///{tmp_path / 'target.sqlite3'}"


def test_backup_then_restore_gives_back_the_same_site(run_manage, databases, tmp_path):
    source, target = databases
    media_source, media_target, archives = tmp_path / "media-a", tmp_path / "media-b", tmp_path / "archives"
    (media_source / "documents").mkdir(parents=True)
    (media_source / "documents" / "note.pdf").write_bytes(b"%PDF-1.4 the note's attachment")
    run_manage(source, "migrate", "--noinput", media_root=media_source)
    run_manage(source, "load_demo", media_root=media_source)
    run_manage(source, "rebuild_resource_index", media_root=media_source)
    before = fingerprint(run_manage, source, media_source)

    out = run_manage(source, "backup", "--output", str(archives), media_root=media_source).stdout
    [archive] = archives.glob("resource-centre-*.tar.gz")
    assert str(archive) in out
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        manifest = json.load(tar.extractfile("manifest.json"))
    assert {"manifest.json", "media/documents/note.pdf"} <= names
    assert ("database.dump" if connection.vendor == "postgresql" else "database.sqlite3") in names
    assert manifest["counts"]["pages.initiatives.initiativepage.fr"] == 27
    assert manifest["counts"]["pages.initiatives.initiativepage.es"] >= 1

    run_manage(target, "restore", str(archive), media_root=media_target)
    after = fingerprint(run_manage, target, media_target)

    assert after["counts"] == before["counts"]
    assert after["pages"] == before["pages"]  # every public page, in every language, renders the same text
    assert any(url.startswith("/es/") for url in after["pages"])
    assert after["searches"] == before["searches"] and before["searches"]["fr:numérique"]
    assert (media_target / "documents" / "note.pdf").read_bytes() == b"%PDF-1.4 the note's attachment"


def test_restore_refuses_a_database_that_is_not_empty(run_manage, databases, tmp_path):
    source, _ = databases
    run_manage(source, "migrate", "--noinput")
    out = run_manage(source, "backup", "--output", str(tmp_path))
    [archive] = tmp_path.glob("resource-centre-*.tar.gz")
    refused = run_manage(source, "restore", str(archive), check=False)
    assert refused.returncode == 1
    assert "not empty" in refused.stderr
    assert out.returncode == 0


def test_restore_refuses_a_file_that_is_not_an_archive(run_manage, databases, tmp_path):
    _, target = databases
    bogus = tmp_path / "notes.tar.gz"
    with tarfile.open(bogus, "w:gz") as tar:
        tar.add(__file__, arcname="notes.py")
    refused = run_manage(target, "restore", str(bogus), check=False)
    assert refused.returncode == 1 and "no manifest.json" in refused.stderr


def test_backup_keeps_the_newest_archives(run_manage, databases, tmp_path):
    source, _ = databases
    run_manage(source, "migrate", "--noinput")
    for stamp in ("20240101-000000", "20250101-000000"):
        (tmp_path / f"resource-centre-{stamp}.tar.gz").write_bytes(b"old")
    out = run_manage(source, "backup", "--output", str(tmp_path), "--keep", "2").stdout
    kept = sorted(p.name for p in tmp_path.glob("resource-centre-*.tar.gz"))
    assert len(kept) == 2 and "resource-centre-20240101-000000.tar.gz" not in kept
    assert "Removed resource-centre-20240101-000000.tar.gz" in out
    assert os.path.getsize(tmp_path / kept[-1]) > 1000
