"""Backups of a case log, and putting one back.

A backup is a complete copy made with SQLite's online backup API (consistent even
while the desk is open), kept in a folder next to the database::

    us.sqlite
    us-backups/us-20261121T071500123456Z-merge.sqlite

The name carries the time (UTC) and the reason: ``start`` (the first write of a
session), ``daily`` (while the window stays open), ``migration`` (before the schema is
upgraded), ``merge``, ``import``, ``before-restore`` (the current file, just before a
restore replaces it) and ``manual`` (``officer-desk backup``, "Back up now").

Rolling: for each automatic reason the newest ``backups_to_keep`` (a setting,
default 10) are kept and older ones deleted, so a burst of merges never pushes out
the daily backups that guard against a bad week. Manual backups are never deleted.
A backup is written under a temporary name and renamed when complete, so a backup cut
short by a crash or a full disk is never listed or restored.

Restoring checks the backup first (ours, undamaged, not newer than this program),
backs up the current file, then swaps the file in atomically. The restored database
gets a new installation id: its change counter went back in time, and reusing the
old id could give two different changes the same stamp (see docs/data-model.md).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from officer_desk import config, settings
from officer_desk.domain.errors import (
    DatabaseCorrupt,
    DatabaseProblem,
    DatabaseTooNew,
    NotADeskDatabase,
    OfficerDeskError,
)
from officer_desk.domain.kinds import USER_KINDS
from officer_desk.services.desk import Desk
from officer_desk.storage import lock
from officer_desk.storage.connection import BACKUP_STAMP as STAMP
from officer_desk.storage.connection import backup as copy_database
from officer_desk.storage.connection import backup_dir_for, backup_path_for, translate
from officer_desk.storage.migrations import LATEST
from officer_desk.storage.migrations.m0001_initial import APPLICATION_ID

MANUAL = "manual"
_REASON = re.compile(r"[a-z][a-z0-9-]{0,39}")
#: Names written by earlier versions before a migration: ``us.before-schema-3.<stamp>``.
_LEGACY = re.compile(r"\.before-schema-(\d+)\.(\d{8}-\d{6})\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    time: dt.datetime  # UTC
    reason: str
    size: int
    #: live records per kind (table name); empty when the file could not be read
    counts: dict[str, int] = field(default_factory=dict)
    schema: int = 0
    post: str | None = None
    #: why the backup cannot be restored, or None
    problem: str | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class RestoreReport:
    db_path: Path
    restored_from: Path
    #: the copy of the file as it was just before the restore (None: there was none)
    safety_backup: Path | None
    installation: str
    counts: dict[str, int]


# -- names ----------------------------------------------------------------------------

def _parse_name(path: Path, stem: str) -> tuple[dt.datetime, str] | None:
    name = path.name
    legacy = _LEGACY.search(name)
    if legacy and name.startswith(stem + "."):
        when = dt.datetime.strptime(legacy.group(2), "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
        return when, "migration"
    prefix = stem + "-"
    if not (name.startswith(prefix) and name.endswith(".sqlite")):
        return None
    stamp, _, reason = name[len(prefix):-len(".sqlite")].partition("-")
    if not _REASON.fullmatch(reason):
        return None
    try:
        when = dt.datetime.strptime(stamp, STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return when, reason


def _new_path(folder: Path, db_path: Path, reason: str) -> Path:
    if not _REASON.fullmatch(reason):
        raise ValueError(f"not a backup reason: {reason!r}")
    return backup_path_for(db_path, reason, folder)


def keep_count() -> int:
    return settings.load().backups_to_keep


# -- writing --------------------------------------------------------------------------

def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - directories cannot be opened on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_backup(conn: sqlite3.Connection, db_path: Path, reason: str,
                 to_dir: Path | None = None) -> Path:
    """Copy the open database to a new backup file; returns its path.

    A full disk or a read-only folder raises a ``DatabaseProblem`` and leaves no
    partial backup (see ``storage.connection.backup``).
    """
    folder = to_dir if to_dir is not None else backup_dir_for(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = copy_database(conn, _new_path(folder, db_path, reason))
        _fsync_dir(folder)
    except sqlite3.Error as e:
        raise translate(e, folder) from e
    except OSError as e:
        raise _os_problem(e, folder) from e
    return path


def _os_problem(error: OSError, where: Path) -> OfficerDeskError:
    return translate(sqlite3.OperationalError(
        "database or disk is full" if error.errno == 28 else
        "attempt to write a readonly database" if error.errno in (1, 13, 30) else
        f"{error.strerror or error}"), where)


#: A backup's temporary file older than this was left by a program that was killed
#: or lost power while writing it.
STALE_TEMPORARY = dt.timedelta(days=1)


def _remove_stale_temporaries(folder: Path) -> None:
    if not folder.is_dir():
        return
    cutoff = (dt.datetime.now(dt.UTC) - STALE_TEMPORARY).timestamp()
    for path in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()


def prune(db_path: Path, keep: int | None = None) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep`` per reason; returns them.

    Also removes temporary files of backups that were cut short more than a day ago.
    """
    keep = keep_count() if keep is None else keep
    _remove_stale_temporaries(backup_dir_for(db_path))
    if keep <= 0:
        return []
    by_reason: dict[str, list[tuple[dt.datetime, Path]]] = {}
    for path, when, reason in _named_backups(db_path):
        if reason != MANUAL:
            by_reason.setdefault(reason, []).append((when, path))
    removed = []
    for items in by_reason.values():
        items.sort(reverse=True)
        for _, path in items[keep:]:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def backup_before(desk: Desk, reason: str) -> Path | None:
    """An automatic backup before a change of the given kind (merge, import, …).

    None when nothing is backed up: the desk is read-only, or backups are turned off
    (``backups_to_keep`` is 0). Older backups of the same reason are pruned.
    """
    if desk.readonly:
        return None
    keep = keep_count()
    if keep <= 0:
        return None
    path = write_backup(desk.conn, desk.path, reason)
    prune(desk.path, keep)
    return path


def _fingerprint(conn: sqlite3.Connection) -> tuple[object, ...]:
    """What changes whenever anything is written: the counter and the history."""
    clock = conn.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
    history = conn.execute("SELECT max(rowid), count(*) FROM history").fetchone()
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return (clock[0] if clock else None, *history, version)


def changed_since_last_backup(desk: Desk) -> bool:
    """False when the newest backup already holds exactly what the file holds."""
    newest = max(_named_backups(desk.path), key=lambda b: b[1], default=None)
    if newest is None:
        return True
    try:
        with contextlib.closing(_open_read_only(newest[0])) as conn:
            theirs = _fingerprint(conn)
    except (sqlite3.Error, OSError):
        return True
    return theirs != _fingerprint(desk.conn)


def backup_if_due(desk: Desk, reason: str, *, older_than: dt.timedelta | None = None
                  ) -> Path | None:
    """A ``start`` or ``daily`` backup, skipped when it would add nothing.

    Skipped when the newest backup already holds the same data, or (``older_than``)
    when the newest backup of this reason is more recent than that.
    """
    if desk.readonly or keep_count() <= 0:
        return None
    if older_than is not None:
        now = dt.datetime.now(dt.UTC)
        recent = [when for _, when, r in _named_backups(desk.path) if r == reason]
        if recent and now - max(recent) < older_than:
            return None
    if not changed_since_last_backup(desk):
        return None
    return backup_before(desk, reason)


#: The command line backs up at start at most this often (scripts run many commands).
START_INTERVAL = dt.timedelta(hours=1)


def start_backup(desk: Desk, *, interval: dt.timedelta | None = START_INTERVAL
                 ) -> Path | None:
    """The backup when a program opens the desk: only when the data changed since the
    newest backup and (``interval``) the last start backup is older than that."""
    return backup_if_due(desk, "start", older_than=interval)


def backup(db_path: str | Path, to_dir: str | Path | None = None) -> Path:
    """A manual backup of the file (into ``to_dir``, or the backup folder)."""
    db_path = Path(db_path)
    _check_backup_source(db_path)
    try:
        conn = _open_read_only(db_path)
    except sqlite3.Error as e:
        raise translate(e, db_path) from e
    try:
        return write_backup(conn, db_path, MANUAL, Path(to_dir) if to_dir else None)
    finally:
        conn.close()


def _check_backup_source(db_path: Path) -> None:
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise DatabaseProblem(f"no database at {db_path}")


# -- reading --------------------------------------------------------------------------

def _open_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           isolation_level=None, timeout=5.0)
    conn.execute("PRAGMA query_only = ON")
    return conn


def _named_backups(db_path: Path) -> Iterable[tuple[Path, dt.datetime, str]]:
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        parsed = _parse_name(path, db_path.stem)
        if parsed and path.is_file():
            found.append((path, *parsed))
    return found


def _summary(conn: sqlite3.Connection) -> tuple[dict[str, int], int, str | None]:
    if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        raise NotADeskDatabase("not an Officer Desk database")
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    row = conn.execute("SELECT value FROM meta WHERE key = 'post'").fetchone()
    counts = {
        kind.name: conn.execute(f"SELECT count(*) FROM {kind.name} WHERE deleted = 0"
                                ).fetchone()[0]
        for kind in USER_KINDS
    }
    return counts, version, row[0] if row else None


def describe_backup(path: Path, *, when: dt.datetime | None = None,
                    reason: str = MANUAL) -> BackupInfo:
    """What a backup file holds (read-only); ``problem`` says why it is unusable."""
    size = path.stat().st_size
    if when is None:
        when = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    try:
        with contextlib.closing(_open_read_only(path)) as conn:
            counts, version, post = _summary(conn)
    except (sqlite3.Error, OfficerDeskError) as e:
        return BackupInfo(path, when, reason, size, problem=f"cannot be read: {e}")
    problem = None
    if version > LATEST:
        problem = f"written by a newer version of Officer Desk (schema {version})"
    return BackupInfo(path, when, reason, size, counts, version, post, problem)


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    """The backups in the database's backup folder, newest first."""
    db_path = Path(db_path)
    items = [describe_backup(path, when=when, reason=reason)
             for path, when, reason in _named_backups(db_path)]
    return sorted(items, key=lambda b: b.time, reverse=True)


# -- restoring ------------------------------------------------------------------------

def verify_backup(path: Path) -> dict[str, int]:
    """Refuse a file that is not a usable backup of ours; returns its record counts."""
    if not path.is_file():
        raise DatabaseProblem(f"no backup at {path}")
    with path.open("rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise NotADeskDatabase(f"{path} is not an Officer Desk backup (not SQLite)")
    try:
        with contextlib.closing(_open_read_only(path)) as conn:
            counts, version, post = _summary(conn)
            lines = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except NotADeskDatabase:
        raise NotADeskDatabase(f"{path} is not an Officer Desk backup") from None
    except sqlite3.DatabaseError as e:
        raise DatabaseCorrupt(f"the backup {path} cannot be read ({e}); "
                              "choose another backup") from e
    if lines != ["ok"]:
        raise DatabaseCorrupt(f"the backup {path} is damaged ({'; '.join(lines[:3])}); "
                              "choose another backup")
    if version > LATEST:
        raise DatabaseTooNew(f"the backup {path} was written by a newer version of "
                             f"Officer Desk (schema {version}); update the program")
    if not post:
        raise NotADeskDatabase(f"the backup {path} is not of a set-up case log")
    return counts


def _safety_copy(db_path: Path) -> Path | None:
    """The current file as it is, before a restore replaces it; works on a damaged file
    too (then the raw files are copied)."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        conn = _open_read_only(db_path)
    except sqlite3.Error:
        conn = None
    if conn is not None:
        try:
            return write_backup(conn, db_path, "before-restore")
        except (DatabaseCorrupt, NotADeskDatabase):
            pass
        finally:
            conn.close()
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    dest = _new_path(folder, db_path, "before-restore")
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
            with contextlib.closing(_open_read_only(backup_path)) as source:
                copy_database(source, tmp)
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                installation = _new_installation(conn)
            finally:
                conn.close()
            _remove_journal(db_path)
            os.replace(tmp, db_path)
            _fsync_dir(db_path.parent)
        except sqlite3.Error as e:
            raise translate(e, db_path) from e
        except OSError as e:
            raise _os_problem(e, db_path) from e
        finally:
            tmp.unlink(missing_ok=True)
    prune(db_path)
    return RestoreReport(db_path, backup_path, safety, installation, counts)
