"""Putting a backup back in place of a case log.

Restoring checks the backup first (ours, undamaged, not newer than this program),
backs up the current file, then swaps the file in atomically. The restored database
gets a new installation id: its change counter went back in time, and reusing the
old id could give two different changes the same stamp (see docs/data-model.md).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from officer_desk import config
from officer_desk.domain.errors import (
    DatabaseCorrupt,
    DatabaseProblem,
    DatabaseTooNew,
    NotADeskDatabase,
)
from officer_desk.domain.messages import say
from officer_desk.services import backups
from officer_desk.storage import lock
from officer_desk.storage.connection import backup as copy_database
from officer_desk.storage.connection import backup_dir_for, translate
from officer_desk.storage.migrations import LATEST


@dataclass(frozen=True)
class RestoreReport:
    db_path: Path
    restored_from: Path
    #: the copy of the file as it was just before the restore (None: there was none)
    safety_backup: Path | None
    installation: str
    counts: dict[str, int]


def verify_backup(path: Path) -> dict[str, int]:
    """Refuse a file that is not a usable backup of ours; returns its record counts."""
    if not path.is_file():
        raise DatabaseProblem(say("restore.no_backup", path=path))
    with path.open("rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise NotADeskDatabase(say("restore.not_sqlite", path=path))
    try:
        with contextlib.closing(backups.open_read_only(path)) as conn:
            counts, version, post = backups.backup_summary(conn)
            lines = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except NotADeskDatabase:
        raise NotADeskDatabase(say("restore.not_backup", path=path)) from None
    except sqlite3.DatabaseError as e:
        raise DatabaseCorrupt(say("restore.unreadable", path=path, detail=e)) from e
    if lines != ["ok"]:
        raise DatabaseCorrupt(say("restore.damaged", path=path, detail="; ".join(lines[:3])))
    if version > LATEST:
        raise DatabaseTooNew(say("restore.too_new", path=path, schema=version))
    if not post:
        raise NotADeskDatabase(say("restore.not_set_up", path=path))
    return counts


def _safety_copy(db_path: Path) -> Path | None:
    """The current file as it is, before a restore replaces it; works on a damaged file
    too (then the raw files are copied)."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        conn = backups.open_read_only(db_path)
    except sqlite3.Error:
        conn = None
    if conn is not None:
        try:
            return backups.write_backup(conn, db_path, "before-restore")
        except (DatabaseCorrupt, NotADeskDatabase):
            pass
        finally:
            conn.close()
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    dest = backups.new_backup_path(folder, db_path, "before-restore")
    shutil.copy2(db_path, dest)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, dest.with_name(dest.name + "-wal"))
    return dest


def _new_installation(conn: sqlite3.Connection) -> str:
    """Give the restored copy an installation id of its own (see the module doc)."""
    rows = dict(conn.execute(
        "SELECT key, value FROM meta WHERE key IN ('installation', 'earlier_installations')"
    ).fetchall())
    earlier = json.loads(rows.get("earlier_installations") or "[]")
    if rows.get("installation"):
        earlier.append(rows["installation"])
    new = str(uuid.uuid4())
    conn.execute("BEGIN IMMEDIATE")
    for key, value in (("installation", new), ("machine", config.machine_id()),
                       ("earlier_installations", json.dumps(earlier))):
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                     "UPDATE SET value = excluded.value", (key, value))
    conn.execute("COMMIT")
    return new


def _remove_journal(db_path: Path) -> None:
    """Fold the current file's write-ahead log in and remove it and the shared-memory
    file: left next to the restored file, SQLite would replay it onto the wrong data."""
    if not db_path.exists():
        return
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(db_path, isolation_level=None, timeout=5.0)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    for suffix in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)


def restore(db_path: str | Path, backup_path: str | Path) -> RestoreReport:
    """Put a backup in place of the database file (which must not be open anywhere).

    Order matters for a crash at any point: the backup is checked, the current file is
    copied into the backup folder, the restored copy is completed under a temporary
    name in the same folder (and synced), and only then swapped in with ``os.replace``.
    """
    db_path, backup_path = Path(db_path), Path(backup_path)
    counts = verify_backup(backup_path)
    with lock.acquire(db_path, exclusive=True):
        safety = _safety_copy(db_path)
        tmp = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}.tmp")
        try:
            with contextlib.closing(backups.open_read_only(backup_path)) as source:
                copy_database(source, tmp)
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                installation = _new_installation(conn)
            finally:
                conn.close()
            _remove_journal(db_path)
            os.replace(tmp, db_path)
            backups.fsync_dir(db_path.parent)
        except sqlite3.Error as e:
            raise translate(e, db_path) from e
        except OSError as e:
            raise backups.os_problem(e, db_path) from e
        finally:
            tmp.unlink(missing_ok=True)
    backups.prune(db_path)
    return RestoreReport(db_path, backup_path, safety, installation, counts)
