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
from typing import Any

from officer_desk import config
from officer_desk.domain.errors import (
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseProblem,
    DiskFull,
    FolderReadOnly,
    NotADeskDatabase,
    OfficerDeskError,
)
from officer_desk.domain.kinds import HQ
from officer_desk.domain.messages import say
from officer_desk.services import backup_check, backups, encryption
from officer_desk.storage import cipher, lock, temporaries
from officer_desk.storage.connection import backup_dir_for, translate
from officer_desk.sync.authority import own_installations


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
    return backup_check.check_backup(Path(path)).counts


class OtherPost(OfficerDeskError):
    """The backup is of another post's (or HQ's) database: restoring needs ``force``."""


def current_post(db_path: Path) -> str | None:
    """The post the file at ``db_path`` belongs to (None: no file, or not readable)."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        with contextlib.closing(backup_check.open_read_only(db_path)) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'post'").fetchone()
    except (*cipher.ERRORS, cipher.WrongPassphrase, cipher.PassphraseNeeded):
        return None
    return row[0] if row else None


@dataclass(frozen=True)
class Current:
    """What the file a restore replaces holds now: ``counts`` (None: no file yet, or
    it cannot be read, ``problem`` saying why)."""

    counts: dict[str, int] | None
    problem: OfficerDeskError | None = None


def current_holdings(db_path: Path) -> Current:
    """The records the file at ``db_path`` holds now, to say before a restore what it
    replaces; an encrypted log is read with the key this process knows (its passphrase
    is asked before the command runs). A file that cannot be read (damaged, a key not
    known) gives the reason instead, for the person to be told why no count is given."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return Current(None)
    try:
        with contextlib.closing(backup_check.open_read_only(db_path)) as conn:
            return Current(backup_check.backup_summary(conn)[0])
    except cipher.ERRORS as e:
        return Current(None, translate(e, db_path))
    except OfficerDeskError as e:  # a wrong passphrase, not ours, …
        return Current(None, e)


def current_counts(db_path: Path) -> dict[str, int] | None:
    """``current_holdings``' counts (None: no file, or one that cannot be read)."""
    return current_holdings(db_path).counts


def other_post(db_path: Path, post: str | None) -> OtherPost | None:
    """Why putting a backup of ``post`` over ``db_path`` is not like for like, or None."""
    here = current_post(Path(db_path))
    if here is None or here == post:
        return None
    theirs_en = "HQ's" if post == HQ else f"post {post}'s"
    theirs_ko = "본청" if post == HQ else f"{post} 공관"
    here_en = "HQ's" if here == HQ else f"post {here}'s"
    here_ko = "본청" if here == HQ else f"{here} 공관"
    return OtherPost(
        f"the backup is of {theirs_en} database, and {db_path} is {here_en}: restoring it "
        "would make this file another office's case log",
        ko=f"이 백업은 {theirs_ko}의 데이터베이스이고 {db_path}은(는) {here_ko}의 것입니다. "
           "복원하면 이 파일이 다른 기관의 업무 기록이 됩니다")


def _safety_copy(db_path: Path) -> Path | None:
    """The current file as it is, before a restore replaces it; works on a damaged file
    too (then the raw files are copied)."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        conn = backup_check.open_read_only(db_path)
    except (*cipher.ERRORS, cipher.WrongPassphrase, cipher.PassphraseNeeded):
        conn = None  # damaged, or encrypted with a key not known here: copied as it is
    if conn is not None:
        try:
            return backups.write_backup(conn, db_path, "before-restore")
        except (DatabaseCorrupt, NotADeskDatabase):
            pass
        except DatabaseProblem as e:
            # a damaged page of an encrypted log fails SQLCipher's check as "SQL logic
            # error", not as "malformed": copied as it is, as a damaged plain file is
            if not cipher.is_encrypted_file(db_path) or isinstance(
                    e, (DiskFull, FolderReadOnly, DatabaseBusy)):
                raise
        finally:
            conn.close()
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    dest = backups.new_backup_path(folder, db_path, "before-restore", compressed=False)
    tmp = temporaries.temporary_path(dest, "backup")
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        if wal.exists():  # first: the file is named only when both are there
            shutil.copy2(wal, dest.with_name(dest.name + "-wal"))
        shutil.copy2(db_path, tmp)
        os.replace(tmp, dest)
    except OSError:
        for leftover in (tmp, dest.with_name(dest.name + "-wal")):
            leftover.unlink(missing_ok=True)
        raise
    return dest


def _file_installations(db_path: Path, post: str | None) -> list[str]:
    """The installation ids the file a restore replaces has had (its own and earlier
    ones) when it is a case log of ``post``, the backup's; none when it cannot be read
    or is another post's (restored with ``force``: an installation belongs to one
    post)."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return []
    try:
        with contextlib.closing(backup_check.open_read_only(db_path)) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'post'").fetchone()
            return own_installations(conn) if row and row[0] == post else []
    except (*cipher.ERRORS, cipher.WrongPassphrase, cipher.PassphraseNeeded):
        return []


def _new_installation(conn: sqlite3.Connection, replaced: list[str]) -> str:
    """Give the restored copy an installation id of its own (see the module doc). Its
    earlier ids are the backup's and those of the file it replaces (``replaced``): an
    id the file had after the backup was made (an earlier restore, an older copy) still
    stamped this post's records and was sent packages, and stays its own."""
    rows = dict(conn.execute(
        "SELECT key, value FROM meta WHERE key IN ('installation', 'earlier_installations')"
    ).fetchall())
    earlier = json.loads(rows.get("earlier_installations") or "[]")
    if rows.get("installation"):
        earlier.append(rows["installation"])
    earlier += [i for i in replaced if i not in earlier]
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
    file: left next to the restored file, SQLite would replay it onto the wrong data.

    The file stays in WAL mode: switching it to a rollback journal first (as this once
    did) writes a journal of its own, and a program killed in that switch left that
    journal beside the file, still in WAL mode, where SQLite never removes it (the next
    start does: ``storage.connection.remove_left_overs``).
    """
    if not db_path.exists():
        return
    # a file that does not open (damaged, or a key this process does not know): its
    # log cannot be folded in, only removed with it
    with contextlib.suppress(*cipher.ERRORS, cipher.WrongPassphrase,
                             cipher.PassphraseNeeded):
        conn = cipher.connect_file(db_path, isolation_level=None, timeout=5.0)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    for suffix in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)


def restore(db_path: str | Path, backup_path: str | Path, *,
            force: bool = False) -> RestoreReport:
    """Put a backup in place of the database file (which must not be open anywhere).

    Order matters for a crash at any point: the backup is checked, the file's lock is
    taken (and held to the end: no other program can write the file meanwhile, through
    whatever name), the current file is copied into the backup folder, the restored
    copy is completed under a temporary name in the same folder (and synced), and only
    then swapped in with ``os.replace``. A link is followed: the file it points to is
    replaced, never the link. A backup of another post (or HQ) is refused unless
    ``force`` (``OtherPost``).
    """
    named, db_path = Path(db_path), lock.real_path(Path(db_path))
    backup_path = Path(backup_path)
    refuse_itself(named, backup_path)
    with backup_check.checked_copy(backup_path) as (checked, plain):
        safety, installation = _replace(named, db_path, plain, checked.post, force=force)
    backups.prune(named)
    return RestoreReport(named, backup_path, safety, installation, checked.counts)


def passphrase_change(db_path: Path, plain: Path) -> str | None:
    """How restoring the backup whose SQLite file is ``plain`` (checked:
    ``backup_check.checked_copy``) changes what the log at ``db_path`` opens with:
    ``"changed"`` (an encrypted backup of another key than the log's: made before the
    passphrase was changed), ``"encrypted"`` (an encrypted backup over a plain log), or
    None (it opens as before). A plain backup over an encrypted log is encrypted with
    the log's key (``_restored_copy``): None."""
    db_path = Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        with contextlib.closing(backup_check.open_read_only(Path(plain))) as conn:
            theirs = cipher.key_of(conn)
    except (*cipher.ERRORS, cipher.WrongPassphrase, cipher.PassphraseNeeded):
        return None
    if theirs is None:
        return None
    if not cipher.is_encrypted_file(db_path):
        return "encrypted"
    return None if _log_key(db_path) == theirs else "changed"


def refuse_itself(db_path: Path, backup_path: Path) -> None:
    """The case log named as its own backup (by its name or through a link): restoring
    it would change nothing but its installation id, and so its signing key."""
    with contextlib.suppress(OSError):
        if db_path.exists() and backup_path.exists() and db_path.samefile(backup_path):
            raise OfficerDeskError(say("restore.itself", backup=backup_path, db=db_path))


def _log_key(db_path: Path) -> str | None:
    """The key of the encrypted log at ``db_path`` when this process knows it (None: a
    plain log, or no key known)."""
    if not cipher.is_encrypted_file(db_path):
        return None
    try:
        with contextlib.closing(cipher.open_read_only(db_path)) as conn:
            return cipher.key_of(conn)
    except (*cipher.ERRORS, cipher.WrongPassphrase, cipher.PassphraseNeeded):
        return None


def _restored_copy(plain: Path, tmp: Path, log_key: str | None) -> Any:
    """The backup copied to ``tmp``, open: an encrypted backup as it is (its own key);
    a plain backup over an encrypted log (``log_key``) encrypted with the log's key, so
    that restoring never leaves the log decrypted on disk."""
    with contextlib.closing(backup_check.open_read_only(plain)) as source:
        key = cipher.key_of(source)
        if key is None and log_key is not None:
            exporter = cipher.connect(f"{plain.resolve().as_uri()}?mode=ro", key_spec="",
                                      uri=True, isolation_level=None)
            try:
                encryption.export(exporter, tmp, log_key)
            finally:
                exporter.close()
            return cipher.connect(tmp, key_spec=log_key, isolation_level=None)
        conn = cipher.connect(tmp, key_spec=key, isolation_level=None)
        try:
            source.backup(conn)
        except BaseException:
            conn.close()
            raise
        return conn


def _replace(named: Path, db_path: Path, plain: Path, post: str | None, *,
             force: bool) -> tuple[Path | None, str]:
    """The swap of ``restore``: ``plain`` is the checked backup as an SQLite file (a
    compressed one decompressed); returns the safety copy and the new installation."""
    with lock.acquire(db_path, exclusive=True):
        mismatch = other_post(db_path, post)
        if mismatch is not None and not force:
            raise mismatch
        tmp = temporaries.temporary_path(db_path, "restore")
        try:
            log_key = _log_key(db_path)
            replaced = _file_installations(db_path, post)
            safety = _safety_copy(named)  # into the backup folder of the name used
            conn = _restored_copy(plain, tmp, log_key)
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
                installation = _new_installation(conn, replaced)
            finally:
                conn.close()
            with tmp.open("rb+") as f:
                os.fsync(f.fileno())
            _remove_journal(db_path)
            os.replace(tmp, db_path)
            backups.fsync_dir(db_path.parent)
        except cipher.ERRORS as e:
            raise translate(e, named) from e
        except OSError as e:
            raise backups.os_problem(e, named) from e
        finally:
            for leftover in (tmp, Path(f"{tmp}-journal")):
                leftover.unlink(missing_ok=True)
    return safety, installation
