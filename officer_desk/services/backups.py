"""Backups of a case log, and putting one back.

A backup is a complete copy made with SQLite's online backup API (consistent even
while the desk is open), stored gzip-compressed (``storage.backup_file``) in a folder
next to the database::

    us.sqlite
    us-backups/us-20261121T071500123456Z-merge.sqlite.gz

(earlier versions stored them uncompressed, ``….sqlite``: those are listed, checked and
restored as before).

The name carries the time (UTC) and the reason: ``start`` (the first write of a
session), ``daily`` (while the window stays open), ``migration`` (before the schema is
upgraded), ``merge``, ``import``, ``before-restore`` (the current file, just before a
restore replaces it) and ``manual`` (``officer-desk backup``, "Back up now").

Rolling: for each automatic reason the newest ``backups_to_keep`` (a setting,
default 10) are kept and older ones deleted, so a burst of merges never pushes out
the daily backups that guard against a bad week. Manual backups are never deleted.
A backup is written under a temporary name and renamed when complete, so a backup cut
short by a crash or a full disk is never listed or restored; before the rename it gets
its manifest (``storage.backup_manifest``), against which it is checked when listed
and before it is restored (``services.backup_check``; docs/backups.md).

Putting a backup back is ``services.restore``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from officer_desk import settings
from officer_desk.domain.errors import (
    Cancelled,
    DatabaseCorrupt,
    DatabaseProblem,
    OfficerDeskError,
)
from officer_desk.domain.messages import reason as cause
from officer_desk.domain.messages import say
from officer_desk.services.backup_cache import CheckCache
from officer_desk.services.backup_cache import key as cache_key
from officer_desk.services.backup_check import check_backup, open_read_only
from officer_desk.services.desk import Desk
from officer_desk.storage import cipher
from officer_desk.storage.backup_file import COMPRESSED, PLAIN, is_compressed
from officer_desk.storage.backup_manifest import ManifestMismatch, fingerprint, manifest_path
from officer_desk.storage.backup_manifest import read as read_manifest
from officer_desk.storage.connection import BACKUP_STAMP as STAMP
from officer_desk.storage.connection import backup as copy_database
from officer_desk.storage.connection import (
    backup_dir_for,
    backup_path_for,
    remove_left_overs,
    translate,
)

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
    #: why the backup cannot be restored (English), or None; ``issue`` says it in both
    problem: str | None = None
    #: True when the file matches the manifest written with it; False for an older
    #: backup without one ("unverified": only SQLite's checks vouch for it)
    verified: bool = False
    installation: str | None = None
    issue: OfficerDeskError | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def other_passphrase(self) -> bool:
        """Encrypted with a key this process does not know: made before the log's
        passphrase was changed (``restore`` asks that passphrase), not damaged."""
        return isinstance(self.issue, (cipher.WrongPassphrase, cipher.PassphraseNeeded))


# -- names ----------------------------------------------------------------------------

def _parse_name(path: Path, stem: str) -> tuple[dt.datetime, str] | None:
    name = path.name
    legacy = _LEGACY.search(name)
    if legacy and name.startswith(stem + "."):
        when = dt.datetime.strptime(legacy.group(2), "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
        return when, "migration"
    prefix = stem + "-"
    suffix = next((s for s in (COMPRESSED, PLAIN) if name.endswith(s)), None)
    if not name.startswith(prefix) or suffix is None:
        return None
    stamp, _, reason = name[len(prefix):-len(suffix)].partition("-")
    if not _REASON.fullmatch(reason):
        return None
    try:
        when = dt.datetime.strptime(stamp, STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return when, reason


def new_backup_path(folder: Path, db_path: Path, reason: str, *,
                    compressed: bool = True) -> Path:
    if not _REASON.fullmatch(reason):
        raise ValueError(f"not a backup reason: {reason!r}")
    return backup_path_for(db_path, reason, folder, compressed=compressed)


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
        # an encrypted log's backup is its encrypted copy as it is: encrypted pages do
        # not compress, and it is never decompressed to a plain file
        path = copy_database(conn, new_backup_path(folder, db_path, reason,
                                                   compressed=cipher.key_of(conn) is None),
                             manifest_of=db_path)
        fsync_dir(folder)
    except cipher.ERRORS as e:
        raise translate(e, folder) from e
    except OSError as e:
        raise os_problem(e, folder) from e
    return path


def os_problem(error: OSError, where: Path) -> OfficerDeskError:
    if error.errno not in (1, 13, 28, 30):
        return DatabaseProblem(say("desk.sqlite_problem", path=where, detail=cause(error)))
    return translate(sqlite3.OperationalError(
        "database or disk is full" if error.errno == 28 else
        "attempt to write a readonly database"), where)


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

    A backup's age is the time in its name, except that one named later than this
    computer's clock says now was made before now whatever its name says (the clock was
    ahead then, or has been set back since): it counts as older than every backup named
    up to now. So the backup just made (before a restore, a merge) is never the one
    pruned because older ones carry later names.
    Also removes temporary files of backups that were cut short more than a day ago.
    """
    keep = keep_count() if keep is None else keep
    _remove_stale_temporaries(backup_dir_for(db_path))
    remove_left_overs(db_path)
    if keep <= 0:
        return []
    now = dt.datetime.now(dt.UTC)
    by_reason: dict[str, list[tuple[bool, dt.datetime, Path]]] = {}
    for path, when, reason in _named_backups(db_path):
        if reason != MANUAL:
            by_reason.setdefault(reason, []).append((when <= now, when, path))
    removed = []
    for items in by_reason.values():
        items.sort(reverse=True)
        for _, _, path in items[keep:]:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
                manifest_path(path).unlink(missing_ok=True)
    return removed


def backup_before(desk: Desk, reason: str, *, prune_now: bool = True) -> Path | None:
    """An automatic backup before a change of the given kind (merge, import, …).

    None when nothing is backed up: the desk is read-only, or backups are turned off
    (``backups_to_keep`` is 0). Older backups of the same reason are pruned, unless
    ``prune_now`` is false: then the caller prunes once the change succeeded, or
    ``discard``s the backup when it did not happen (an older backup is never pushed
    out by one of a change that was never made).
    """
    if desk.readonly:
        return None
    keep = keep_count()
    if keep <= 0:
        return None
    path = write_backup(desk.conn, desk.path, reason)
    if prune_now:
        prune(desk.path, keep)
    return path


def discard(path: Path) -> None:
    """Remove a backup (and its manifest) taken for a change that did not happen: it
    holds exactly what the database still holds, and on a full disk it is in the way."""
    path.unlink(missing_ok=True)
    manifest_path(path).unlink(missing_ok=True)


def _their_fingerprint(path: Path) -> list[object] | None:
    """The fingerprint of a backup: its manifest's for a compressed one (not worth
    decompressing for), read from the file for a plain one; None when unknown."""
    if is_compressed(path):
        try:
            manifest = read_manifest(path)
        except ManifestMismatch:
            return None
        return manifest.fingerprint if manifest is not None and manifest.fingerprint else None
    try:
        with contextlib.closing(open_read_only(path)) as conn:
            return fingerprint(conn)
    except (*cipher.ERRORS, OSError):
        return None


def changed_since_last_backup(desk: Desk) -> bool:
    """False when the newest backup already holds exactly what the file holds."""
    newest = max(_named_backups(desk.path), key=lambda b: b[1], default=None)
    if newest is None:
        return True
    theirs = _their_fingerprint(newest[0])
    return theirs is None or theirs != fingerprint(desk.conn)


def backup_if_due(desk: Desk, reason: str, *, older_than: dt.timedelta | None = None
                  ) -> Path | None:
    """A ``start`` or ``daily`` backup, skipped when it would add nothing.

    Skipped when the newest backup already holds the same data, or (``older_than``)
    when the newest backup of this reason is more recent than that (one named later
    than the clock says now does not count: see ``prune``).
    """
    if desk.readonly or keep_count() <= 0:
        return None
    if older_than is not None:
        now = dt.datetime.now(dt.UTC)
        # one named later than now was made at some time before now, unknown (the
        # clock was ahead, or was set back since): it does not make this one due later
        recent = [when for _, when, r in _named_backups(desk.path)
                  if r == reason and when <= now]
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
    except cipher.ERRORS as e:
        raise translate(e, db_path) from e
    try:
        return write_backup(conn, db_path, MANUAL, Path(to_dir) if to_dir else None)
    finally:
        conn.close()


def _check_backup_source(db_path: Path) -> None:
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise DatabaseProblem(say("backup.no_database", path=db_path))


# -- reading --------------------------------------------------------------------------

def _named_backups(db_path: Path) -> Iterable[tuple[Path, dt.datetime, str]]:
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in [*folder.glob("*" + PLAIN), *folder.glob("*" + COMPRESSED)]:
        parsed = _parse_name(path, db_path.stem)
        if parsed and path.is_file():
            found.append((path, *parsed))
    return found


def describe_backup(path: Path, *, when: dt.datetime | None = None,
                    reason: str = MANUAL, cache: CheckCache | None = None) -> BackupInfo:
    """What a backup file holds (read-only); ``problem`` says why it is unusable.

    With ``cache``, a backup verified before and unchanged since is not read again
    (``services.backup_cache``).
    """
    size = path.stat().st_size
    if when is None:
        when = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    found_key = cache_key(path) if cache is not None else None
    remembered = cache.get(path, found_key) if cache is not None else None
    try:
        found = remembered or check_backup(path, integrity=False)
    except ManifestMismatch as e:
        issue = OfficerDeskError(
            "does not match its manifest: " + "; ".join(d.en for d in e.differences),
            ko="매니페스트와 일치하지 않음: " + "; ".join(d.ko for d in e.differences))
        return BackupInfo(path, when, reason, size, problem=str(issue), issue=issue)
    except OfficerDeskError as e:
        return BackupInfo(path, when, reason, size, problem=str(e), issue=e)
    except cipher.ERRORS as e:
        issue = DatabaseCorrupt(f"cannot be read: {cause(e)}",
                                ko=f"읽을 수 없습니다: {cause(e).message('ko')}")
        return BackupInfo(path, when, reason, size, problem=str(issue), issue=issue)
    if cache is not None and remembered is None:
        cache.put(path, found_key, found)
    return BackupInfo(path, when, reason, size, found.counts, found.schema, found.post,
                      verified=found.verified, installation=found.installation)


def list_backups(db_path: str | Path, *, progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], bool] | None = None) -> list[BackupInfo]:
    """The backups in the database's backup folder, newest first, each checked.

    Checking reads every byte of every backup (its hash; a compressed one is also
    decompressed), so it takes a while for many large backups: ``progress(done,
    total)`` after each, and ``cancel()`` between them (raises ``Cancelled``). A
    backup verified at an earlier listing and unchanged since (size, modification
    time, manifest) is not read again (``services.backup_cache``).
    """
    db_path = Path(db_path)
    remove_left_overs(db_path)
    named = list(_named_backups(db_path))
    cache = CheckCache(backup_dir_for(db_path))
    items = []
    try:
        for done, (path, when, reason) in enumerate(named, start=1):
            if cancel is not None and cancel():
                raise Cancelled("listing the backups was cancelled",
                                ko="백업 목록 확인을 취소했습니다")
            items.append(describe_backup(path, when=when, reason=reason, cache=cache))
            if progress is not None:
                progress(done, len(named))
        cache.keep_only({path.name for path, _, _ in named})
    finally:
        cache.save()  # what was checked before a cancel is kept too
    return sorted(items, key=lambda b: b.time, reverse=True)
