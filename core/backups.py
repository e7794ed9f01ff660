"""Backups: the PostgreSQL database and the media folder in one dated archive, and back.

`manage.py backup` (`make backup`) writes `backups/aandeslag-YYYYMMDD-HHMMSS.tar.gz` holding

- `database.dump`: `pg_dump --format=custom` of the configured database (DATABASE_URL),
  without owners or privileges, so it restores into a database owned by any user;
- `media/`: everything under MEDIA_ROOT (original images and documents, renditions);
- `manifest.json`: when, of which database, with which pg_dump.

`manage.py restore ARCHIVE` (`make restore ARCHIVE=...`) puts both back: pg_restore --clean
--if-exists in one transaction into the configured database (replacing what is there; an
empty new database works too), the media folder's contents replaced by the archive's, then
every cache cleared (pages and menus of the database before must not be served).

PostgreSQL only: SQLite (development) has no pg_dump; copy `db.sqlite3` and `media/` instead.
pg_dump must be of the server's major version or newer (Debian: postgresql-client-<version>).
Media in object storage (S3) is not in the archive: back the bucket up with its own tools.
"""

import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import connection

ARCHIVE_PREFIX = "aandeslag-"
ARCHIVE_SUFFIX = ".tar.gz"
DUMP = "database.dump"
MEDIA = "media"
MANIFEST = "manifest.json"


class BackupError(Exception):
    """What an operator is told, without a traceback."""


def default_directory():
    return Path(getattr(settings, "BACKUP_DIR", settings.BASE_DIR / "backups"))


def _database():
    if connection.vendor != "postgresql":
        raise BackupError(
            "Backups need PostgreSQL (DATABASE_URL=postgres://...); with SQLite copy "
            "db.sqlite3 and the media folder instead."
        )
    return connection.settings_dict


def _client_environment(database):
    """libpq's own variables: the password never appears on a command line."""
    environment = dict(os.environ)
    values = {
        "PGHOST": database.get("HOST"),
        "PGPORT": str(database.get("PORT") or ""),
        "PGUSER": database.get("USER"),
        "PGPASSWORD": database.get("PASSWORD"),
        "PGDATABASE": database.get("NAME"),
        "PGSSLMODE": (database.get("OPTIONS") or {}).get("sslmode"),
    }
    environment.update({name: value for name, value in values.items() if value})
    return environment


def _run(command, database):
    try:
        result = subprocess.run(
            command, env=_client_environment(database), capture_output=True, text=True
        )
    except FileNotFoundError as error:
        raise BackupError(
            f"{command[0]} not found: install the PostgreSQL client of the server's version."
        ) from error
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed:\n{result.stderr.strip()}")
    return result


def _archives(directory):
    return sorted(Path(directory).glob(f"{ARCHIVE_PREFIX}*{ARCHIVE_SUFFIX}"))


def backup(directory=None, *, keep=None):
    """Write a new archive into `directory` and return its path; with `keep`, delete all but
    the `keep` newest archives there afterwards."""
    database = _database()
    directory = Path(directory or default_directory())
    directory.mkdir(parents=True, exist_ok=True)
    now = datetime.now()
    target = directory / f"{ARCHIVE_PREFIX}{now:%Y%m%d-%H%M%S}{ARCHIVE_SUFFIX}"
    if target.exists():
        raise BackupError(f"{target} exists already.")
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(prefix="aandeslag-backup-", dir=directory) as work:
        dump = Path(work) / DUMP
        _run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={dump}"],
            database,
        )
        version = _run(["pg_dump", "--version"], database).stdout.strip()
        manifest = {
            "created": now.isoformat(timespec="seconds"),
            "database": database["NAME"],
            "pg_dump": version,
        }
        partial = Path(work) / target.name
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(dump, arcname=DUMP)
            if media_root.is_dir():
                archive.add(media_root, arcname=MEDIA)
            info = tarfile.TarInfo(MANIFEST)
            data = json.dumps(manifest, indent=2).encode()
            info.size = len(data)
            info.mtime = int(now.timestamp())
            with tempfile.TemporaryFile() as buffer:
                buffer.write(data)
                buffer.seek(0)
                archive.addfile(info, buffer)
        # Whole or not at all: a backup cut off halfway never carries the archive's name.
        partial.rename(target)
    if keep:
        for old in _archives(directory)[:-keep]:
            old.unlink()
    return target


def restore(archive_path):
    """Replace the configured database and the media folder with the archive's; return its
    manifest."""
    database = _database()
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise BackupError(f"{archive_path} not found.")
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="aandeslag-restore-", dir=media_root.parent) as work:
        work = Path(work)
        try:
            with tarfile.open(archive_path, "r:gz") as archive:
                names = archive.getnames()
                if DUMP not in names:
                    raise BackupError(f"{archive_path} holds no {DUMP}: not one of our backups.")
                # The "data" filter refuses absolute paths, links out of the folder, devices.
                archive.extractall(work, filter="data")
        except (tarfile.TarError, OSError) as error:
            raise BackupError(f"{archive_path} cannot be read: {error}") from error
        manifest_file = work / MANIFEST
        manifest = json.loads(manifest_file.read_text()) if manifest_file.exists() else {}

        connection.close()  # pg_restore drops the tables; hold no connection to them
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={database['NAME']}",
                str(work / DUMP),
            ],
            database,
        )

        # The media folder's contents (the folder itself may be a mount point).
        for child in media_root.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
        restored_media = work / MEDIA
        if restored_media.is_dir():
            for child in restored_media.iterdir():
                shutil.move(str(child), media_root / child.name)

    # Nothing cached from the database before may be served from the one restored.
    for alias in settings.CACHES:
        caches[alias].clear()
    return manifest
