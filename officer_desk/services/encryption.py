"""Turning a plain case log into an encrypted one and back, and changing its passphrase.

Each conversion holds the file's lock for writing (no other program has it open), backs
the file up first (``before-encrypt``, ``before-decrypt``, ``before-passphrase``: the
file as it was, in its own form), writes the converted copy under a temporary name
beside it with SQLCipher's ``sqlcipher_export`` (every table, index, trigger and the
search index, then the schema version and application id, which it does not copy),
checks the copy (SQLite's integrity check, the search index's own check, and the same
records per kind as the original) and only then puts it in place with ``os.replace``.
A copy that does not check out is removed and the file is left as it was.

The backups made before a log was encrypted hold its data unencrypted: they are named
(``plain_backups``) and removed only when asked (``remove_plain_backups``).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from officer_desk.domain.errors import DatabaseProblem, OfficerDeskError
from officer_desk.domain.messages import reason, say
from officer_desk.services import backups
from officer_desk.storage import backup_manifest, cipher, lock, temporaries
from officer_desk.storage.backup_file import COMPRESSED, PLAIN
from officer_desk.storage.connection import (
    backup_dir_for,
    check_file,
    open_database,
    translate,
)
from officer_desk.storage.migrations.m0001_initial import APPLICATION_ID


@dataclass(frozen=True)
class Converted:
    path: Path
    #: the file as it was, just before (None: backups are turned off)
    backup: Path | None


def check_new_passphrase(passphrase: str) -> str:
    if not passphrase:
        raise OfficerDeskError(say("cipher.empty_passphrase"))
    return passphrase


def export(source: Any, dest: Path, key_spec: str) -> None:
    """``sqlcipher_export`` of the open ``source`` (an SQLCipher connection) into a new
    file ``dest`` encrypted with ``key_spec`` (``""``: plain)."""
    source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(dest), key_spec))
    try:
        source.execute("SELECT sqlcipher_export('converted')")
        version = int(source.execute("PRAGMA main.user_version").fetchone()[0])
        source.execute(f"PRAGMA converted.user_version = {version}")
        source.execute(f"PRAGMA converted.application_id = {APPLICATION_ID}")
    finally:
        source.execute("DETACH DATABASE converted")


def _facts(conn: Any) -> dict[str, object]:
    found = backup_manifest.facts(conn)
    found["installation"] = None  # equal anyway; not part of what is compared
    return found


def _check_copy(path: Path, copy: Path, key_spec: str | None, expected: dict[str, object]
                ) -> None:
    conn = cipher.connect(copy, key_spec=key_spec, isolation_level=None)
    try:
        lines = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        detail = "; ".join(lines[:3]) if lines != ["ok"] else ""
        if not detail:
            for table in ("search_index", "short_index"):
                conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
            found = _facts(conn)
            if found != expected:
                detail = f"{found} != {expected}"
        conn.execute("PRAGMA journal_mode = DELETE")
    except cipher.ERRORS as e:
        detail = reason(e)
    finally:
        conn.close()
    if detail:
        raise DatabaseProblem(say("cipher.copy_differs", path=path, detail=detail))
    cipher.sync(copy)


def _swap(path: Path, source: Any, copy: Path) -> None:
    """Close ``source`` with its write-ahead log folded in and removed (beside the new
    file it would be replayed onto the wrong pages), then put ``copy`` in its place."""
    source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    source.close()
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(copy, path)
    backups.fsync_dir(path.parent)


def _convert(path: Path, reason: str, key_for_copy: Any) -> Converted:
    path = Path(path)
    check_file(path)
    real = lock.real_path(path)
    with lock.acquire(real, exclusive=True):
        conn = open_database(real)  # migrated; the key is the one this process knows
        source = None
        copy = temporaries.temporary_path(real, "convert")
        try:
            kept = backups.backup_before(_Held(conn, path), reason)
            expected = _facts(conn)
            source_key = cipher.key_of(conn)
            conn.close()
            source = cipher.connect(real, key_spec=source_key or "", isolation_level=None)
            new_key = key_for_copy(source_key)
            export(source, copy, new_key or "")
            _check_copy(path, copy, new_key, expected)
            _swap(real, source, copy)
            source = None
        except cipher.ERRORS as e:
            raise translate(e, path) from e
        except OSError as e:
            raise backups.os_problem(e, path) from e
        finally:
            if source is not None:
                cipher.close_quietly(source)
            with contextlib.suppress(*cipher.ERRORS):
                conn.close()
            for leftover in (copy, Path(f"{copy}-journal")):
                leftover.unlink(missing_ok=True)
    return Converted(path, kept)


@dataclass
class _Held:
    """What ``backups.backup_before`` needs of a desk: the open connection, the path."""

    conn: Any
    path: Path
    readonly: bool = False


def encrypt(path: Path, passphrase: str) -> Converted:
    """Encrypt the plain case log at ``path`` with ``passphrase``."""
    check_new_passphrase(passphrase)
    if cipher.is_encrypted_file(Path(path)):
        raise OfficerDeskError(say("cipher.already_encrypted", path=path))
    cipher.remember(passphrase)
    return _convert(path, "before-encrypt", lambda _: cipher.new_spec(passphrase))


def decrypt(path: Path) -> Converted:
    """Turn the encrypted log at ``path`` (its passphrase known: ``cipher.remember``)
    into a plain SQLite file."""
    if not cipher.is_encrypted_file(Path(path)):
        raise OfficerDeskError(say("cipher.not_encrypted", path=path))
    return _convert(path, "before-decrypt", lambda _: None)


def change_passphrase(path: Path, new: str) -> Converted:
    """Give the encrypted log at ``path`` a new passphrase (``PRAGMA rekey``); its
    current passphrase must be known (``cipher.remember``). Backups made before keep
    the old one."""
    check_new_passphrase(new)
    path = Path(path)
    if not cipher.is_encrypted_file(path):
        raise OfficerDeskError(say("cipher.not_encrypted", path=path))
    real = lock.real_path(path)
    with lock.acquire(real, exclusive=True):
        conn = open_database(real)
        try:
            kept = backups.backup_before(_Held(conn, path), "before-passphrase")
            conn.execute(f"PRAGMA rekey = {cipher.quote(new)}")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except cipher.ERRORS as e:
            raise translate(e, path) from e
        finally:
            conn.close()
    cipher.forget_all()
    cipher.remember(new)
    cipher.check_passphrase(real, new)
    return Converted(path, kept)


def plain_backups(path: Path) -> list[Path]:
    """The backups of ``path`` that are plain SQLite (compressed or not): made before the
    log was encrypted, they hold its data unencrypted."""
    folder = backup_dir_for(Path(path))
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*" + COMPRESSED) if p.is_file()]
    found += [p for p in folder.glob("*" + PLAIN)
              if p.is_file() and cipher.head(p) == cipher.SQLITE_MAGIC]
    return sorted(found)


def remove_plain_backups(path: Path) -> list[Path]:
    """Delete ``plain_backups`` (and their manifests); returns them."""
    removed = []
    for backup in plain_backups(path):
        backups.discard(backup)
        removed.append(backup)
    return removed
