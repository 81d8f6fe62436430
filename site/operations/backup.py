"""Backup archives: the database (pg_dump's custom format, or SQLite's online backup), the media files, a manifest.

An archive is a .tar.gz named resource-centre-YYYYmmdd-HHMMSS.tar.gz holding manifest.json, database.dump or
database.sqlite3, and media/. restore_archive() loads it into an empty database and checks the manifest's counts.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.utils import timezone

from operations.manifest import manifest_counts

ARCHIVE_FORMAT = 1
PG_DUMP = "database.dump"
SQLITE_FILE = "database.sqlite3"


class BackupError(Exception):
    """A backup or restore that cannot go on; its message says why and what to do."""


def _pg_command(program, *args):
    db = settings.DATABASES["default"]
    command = [program, "--no-password", *args]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            command += [flag, str(db[key])]
    command += ["--dbname", db["NAME"]]
    env = {**os.environ, "PGPASSWORD": str(db.get("PASSWORD") or "")}
    if shutil.which(program) is None:
        raise BackupError(f"{program} is needed (apt-get install postgresql-client).")
    completed = subprocess.run(command, env=env, capture_output=True, text=True)
    if completed.returncode:
        raise BackupError(f"{program} failed: {completed.stderr.strip()}")


def _dump_database(folder):
    if connection.vendor == "postgresql":
        _pg_command("pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(folder / PG_DUMP))
        return PG_DUMP
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(folder / SQLITE_FILE)
        with target:
            connection.connection.backup(target)  # consistent while the site keeps writing
        target.close()
        return SQLITE_FILE
    raise BackupError(f"No backup method for the {connection.vendor} database.")


def _media_files(path=""):
    """Every file of the media storage, through the storage API (a file system here, any storage in production)."""
    try:
        folders, files = default_storage.listdir(path)
    except (FileNotFoundError, NotImplementedError):
        return
    for name in files:
        yield f"{path}/{name}" if path else name
    for name in folders:
        yield from _media_files(f"{path}/{name}" if path else name)


def write_archive(destination):
    """Write a dated archive into the folder `destination`; return its path."""
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=True)
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    archive = destination / f"resource-centre-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        database_file = _dump_database(work)
        manifest = {
            "format": ARCHIVE_FORMAT,
            "created_at": timezone.now().isoformat(),
            "database": {"vendor": connection.vendor, "file": database_file},
            "counts": manifest_counts(),
            "media_files": 0,
        }
        partial = archive.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(work / database_file, arcname=database_file)
            for name in _media_files():
                with default_storage.open(name, "rb") as handle:
                    data = handle.read()
                info = tarfile.TarInfo(f"media/{name}")
                info.size = len(data)
                tar.addfile(info, fileobj=_BytesReader(data))
                manifest["media_files"] += 1
            payload = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(payload)
            tar.addfile(info, fileobj=_BytesReader(payload))
        partial.rename(archive)  # never leave a half-written archive under the final name
    return archive, manifest


class _BytesReader:
    def __init__(self, data):
        self.data, self.offset = data, 0

    def read(self, size=-1):
        end = len(self.data) if size < 0 else self.offset + size
        chunk = self.data[self.offset : end]
        self.offset += len(chunk)
        return chunk


def read_manifest(archive):
    with tarfile.open(archive, "r:gz") as tar:
        try:
            return json.load(tar.extractfile("manifest.json"))
        except KeyError as error:
            raise BackupError(
                f"{archive} has no manifest.json: not an archive written by `manage.py backup`."
            ) from error


def _database_is_empty():
    return not connection.introspection.table_names()


def restore_archive(archive):
    """Load `archive` into the (empty) configured database and media storage; return (manifest, restored counts)."""
    manifest = read_manifest(archive)
    vendor = manifest["database"]["vendor"]
    if vendor != connection.vendor:
        raise BackupError(f"The archive holds a {vendor} database; the configured database is {connection.vendor}.")
    if not _database_is_empty():
        raise BackupError("The configured database is not empty: restore into a new, empty database.")
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive, "r:gz") as tar:
        work = Path(work)
        database_file = manifest["database"]["file"]
        tar.extract(database_file, work, filter="data")
        _load_database(work / database_file)
        for member in tar.getmembers():
            if member.isfile() and member.name.startswith("media/"):
                name = member.name.removeprefix("media/")
                if default_storage.exists(name):
                    default_storage.delete(name)
                default_storage.save(name, ContentFile(tar.extractfile(member).read()))
    restored = manifest_counts()
    if restored != manifest["counts"]:
        differences = {
            key: (manifest["counts"].get(key), restored.get(key))
            for key in set(restored) | set(manifest["counts"])
            if restored.get(key) != manifest["counts"].get(key)
        }
        raise BackupError(f"The restored counts differ from the manifest: {differences}")
    return manifest, restored


def _load_database(path):
    if connection.vendor == "postgresql":
        connection.close()
        _pg_command("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", str(path))
    else:
        connection.ensure_connection()
        source = sqlite3.connect(path)
        with source:
            source.backup(connection.connection)
        source.close()
    connection.close()  # the next query sees the restored schema
