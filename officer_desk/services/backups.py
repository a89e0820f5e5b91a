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

Putting a backup back is ``services.restore``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from officer_desk import settings
from officer_desk.domain.errors import (
    DatabaseProblem,
    NotADeskDatabase,
    OfficerDeskError,
)
from officer_desk.domain.kinds import USER_KINDS
from officer_desk.domain.messages import say
from officer_desk.services.desk import Desk
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


def new_backup_path(folder: Path, db_path: Path, reason: str) -> Path:
    if not _REASON.fullmatch(reason):
        raise ValueError(f"not a backup reason: {reason!r}")
    return backup_path_for(db_path, reason, folder)


def keep_count() -> int:
    return settings.load().backups_to_keep


# -- writing --------------------------------------------------------------------------

def fsync_dir(folder: Path) -> None:
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
        path = copy_database(conn, new_backup_path(folder, db_path, reason))
        fsync_dir(folder)
    except sqlite3.Error as e:
        raise translate(e, folder) from e
    except OSError as e:
        raise os_problem(e, folder) from e
    return path


def os_problem(error: OSError, where: Path) -> OfficerDeskError:
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
        with contextlib.closing(open_read_only(newest[0])) as conn:
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
        conn = open_read_only(db_path)
    except sqlite3.Error as e:
        raise translate(e, db_path) from e
    try:
        return write_backup(conn, db_path, MANUAL, Path(to_dir) if to_dir else None)
    finally:
        conn.close()


def _check_backup_source(db_path: Path) -> None:
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise DatabaseProblem(say("backup.no_database", path=db_path))


# -- reading --------------------------------------------------------------------------

def open_read_only(path: Path) -> sqlite3.Connection:
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


def backup_summary(conn: sqlite3.Connection) -> tuple[dict[str, int], int, str | None]:
    if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        raise NotADeskDatabase(say("backup.not_desk"))
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
        with contextlib.closing(open_read_only(path)) as conn:
            counts, version, post = backup_summary(conn)
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
