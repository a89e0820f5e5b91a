"""Checking a backup before it is trusted: its manifest, then SQLite's own checks.

A backup with a manifest (``storage.backup_manifest``) must match it byte for byte
(size, sha256) and in what it holds (post, installation, schema, counts); one without
(written by an earlier version) is "unverified": only SQLite's checks vouch for it.
Both must be Officer Desk databases of a set-up case log, not newer than this program,
as long as the pages they count, and pass SQLite's integrity check. See
docs/backups.md.

A compressed backup (``….sqlite.gz``, ``storage.backup_file``) is compared with its
manifest as stored (size, sha256: a damaged one is refused without being decompressed),
then decompressed, bounded by the size its manifest states, into a temporary file
beside it (``.<backup>.unpack-<pid>.tmp``) on which the same checks run; a restore
copies from that file. It is removed when done, and by the next start when the reader
was killed.

Looking at a backup and then restoring it (the restore dialog's comparison, then
Restore; the ``restore`` command's summary, then the restore) would decompress it
twice, seconds each on a large log. ``checked_copy(..., keep=True)`` keeps the
decompressed copy of that one backup for the next check of it: that check uses it
when the backup and its manifest are as they were (size, modification time, file
number, the manifest's sha256) and the copy still has the size and sha256 it was
decompressed with (read again: what is restored is exactly what was checked), and
runs SQLite's checks on it again; otherwise it decompresses anew. One copy is kept at
a time (keeping another removes it, and a check of the same backup without ``keep``
uses it up); ``release_kept`` removes it (a dialog closed without restoring), and so
does the program's end.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from officer_desk.domain.errors import (
    DatabaseCorrupt,
    DatabaseProblem,
    DatabaseTooNew,
    NotADeskDatabase,
    OfficerDeskError,
)
from officer_desk.domain.kinds import USER_KINDS
from officer_desk.domain.messages import reason, say
from officer_desk.storage import backup_file, backup_manifest, cipher, temporaries
from officer_desk.storage.backup_manifest import Manifest, ManifestMismatch
from officer_desk.storage.migrations import LATEST
from officer_desk.storage.migrations.m0001_initial import APPLICATION_ID


def open_read_only(path: Path) -> sqlite3.Connection:
    """Plain or encrypted (``storage.cipher``: with the key this process knows)."""
    return cipher.open_read_only(path)



@dataclass(frozen=True)
class Checked:
    """What a backup that passed its checks holds."""

    counts: dict[str, int]
    schema: int
    post: str | None
    installation: str | None
    verified: bool


def backup_summary(conn: sqlite3.Connection) -> tuple[dict[str, int], int, str | None]:
    if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        raise NotADeskDatabase("not an Officer Desk database",
                               ko="Officer Desk 데이터베이스가 아닙니다")
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    row = conn.execute("SELECT value FROM meta WHERE key = 'post'").fetchone()
    counts = {
        kind.name: conn.execute(f"SELECT count(*) FROM {kind.name} WHERE deleted = 0"
                                ).fetchone()[0]
        for kind in USER_KINDS
    }
    return counts, version, row[0] if row else None


def _cut_short(conn: sqlite3.Connection, path: Path, plain: Path) -> OfficerDeskError | None:
    """A file whose length is not the pages its header counts was cut or added to."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])  # SQLCipher: text
    size = plain.stat().st_size
    if size == pages * page_size:
        return None
    return DatabaseCorrupt(
        f"the backup {path} is {size:,} bytes but holds {pages:,} pages of {page_size:,} "
        "bytes: it was cut short or added to; choose another backup",
        ko=f"백업 {path}은(는) {size:,}바이트인데 {page_size:,}바이트 페이지 {pages:,}개를 "
           "담고 있어야 합니다. 잘렸거나 덧붙여졌습니다. 다른 백업을 고르십시오.")


def check_backup(path: Path, *, integrity: bool = True) -> Checked:
    """Refuse a file that is not a usable backup of ours; say what it holds.

    A backup with a manifest must match it (size, sha256, post, installation, schema,
    counts: ``storage.backup_manifest``); one without (older) is ``verified=False``.
    Both must be Officer Desk databases of a set-up case log, not newer than this
    program, of the length their pages say, and pass SQLite's integrity check
    (``integrity``; a listing runs the quicker ``quick_check`` on unverified backups
    and trusts the hash of verified ones). Raises a ``DatabaseProblem``.
    """
    with checked_copy(path, integrity=integrity) as (checked, _):
        return checked


@contextlib.contextmanager
def checked_copy(path: Path, *, integrity: bool = True,
                 keep: bool = False) -> Iterator[tuple[Checked, Path]]:
    """``check_backup``, and an SQLite file of the backup while the block runs: the
    backup itself, or a compressed one's decompressed copy (removed afterwards, unless
    ``keep``: kept for the next check of the same backup, see the module doc)."""
    if not path.is_file():
        if path.exists():  # a link to /dev/zero: "no backup at" it was not true
            raise DatabaseProblem(say("restore.not_a_file", path=path))
        raise DatabaseProblem(f"no backup at {path}", ko=f"{path}에 백업이 없습니다")
    if not backup_file.is_compressed(path):
        if not cipher.is_encrypted_file(path):  # an encrypted one: its key checks it
            _check_magic(path, b"SQLite format 3\x00", "not SQLite", "SQLite 아님")
        manifest = backup_manifest.verify(path)  # raises ManifestMismatch naming what differs
        yield _check_sqlite(path, path, manifest, integrity), path
        return
    key = _backup_key(path)  # before reading: a backup changed meanwhile is not reused
    found = _take_kept(path, key)
    try:
        manifest = backup_manifest.read(path)
        if manifest is not None:
            differences = backup_manifest.stored_differences(path, manifest)
            if differences:  # refused before a byte of it is decompressed
                raise ManifestMismatch(path, differences)
        _check_magic(path, backup_file.MAGIC, "not gzip-compressed", "gzip 압축 아님")
    except BaseException:
        if found is not None:
            _remove_plain(found[0])
        raise
    with _unpacked(path, manifest, key, found, keep=keep) as (plain, size, sha256):
        if manifest is not None:
            differences = backup_manifest.content_differences(manifest, size, sha256)
            if not differences:
                differences = backup_manifest.compare(path, manifest, content=plain,
                                                      stored_checked=True)
            if differences:
                raise ManifestMismatch(path, differences)
        _check_magic(plain, b"SQLite format 3\x00", "not SQLite", "SQLite 아님", shown=path)
        yield _check_sqlite(path, plain, manifest, integrity), plain


def _check_magic(path: Path, magic: bytes, en: str, ko: str, *,
                 shown: Path | None = None) -> None:
    with path.open("rb") as f:
        if f.read(len(magic)) != magic:
            shown = shown or path
            raise NotADeskDatabase(f"{shown} is not an Officer Desk backup ({en})",
                                   ko=f"{shown}은(는) Officer Desk 백업이 아닙니다({ko})")


def _unpack_target(path: Path) -> Path:
    """Where a compressed backup is decompressed: beside it, where the next start
    cleans up; in the system's temporary folder when its folder cannot be written (a
    backup on a read-only medium)."""
    beside = temporaries.temporary_path(path, "unpack")
    try:
        beside.touch()
    except OSError:
        return temporaries.temporary_path(Path(tempfile.gettempdir()) / path.name, "unpack")
    return beside


@dataclass(frozen=True)
class _Kept:
    """A compressed backup's decompressed copy kept for its next check."""

    backup: Path
    key: tuple[object, ...]
    plain: Path
    size: int
    sha256: str


_kept: _Kept | None = None
_kept_guard = threading.Lock()


def _backup_key(path: Path) -> tuple[object, ...] | None:
    """What must stay the same for a kept copy of ``path`` to be used (None: unreadable)."""
    try:
        stat = path.stat()
        manifest = backup_manifest.manifest_path(path)
        written = hashlib.sha256(manifest.read_bytes()).hexdigest() if manifest.is_file() \
            else None
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_dev, written)


def _remove_plain(plain: Path) -> None:
    for leftover in (plain, Path(f"{plain}-journal")):
        leftover.unlink(missing_ok=True)


def release_kept() -> None:
    """Remove the decompressed copy kept by ``checked_copy(..., keep=True)``, if any."""
    global _kept
    with _kept_guard:
        kept, _kept = _kept, None
    if kept is not None:
        _remove_plain(kept.plain)


atexit.register(release_kept)


def _take_kept(path: Path, key: tuple[object, ...] | None) -> tuple[Path, int, str] | None:
    """The kept copy of ``path`` when it still holds what was checked (it is no longer
    kept: the caller removes it when done); one that does not is removed. A kept copy
    of another backup stays kept."""
    global _kept
    with _kept_guard:
        if _kept is None or _kept.backup != path.resolve():
            return None
        kept, _kept = _kept, None
    try:
        if key is not None and kept.key == key and kept.plain.stat().st_size == kept.size:
            with kept.plain.open("rb") as f:
                if hashlib.file_digest(f, "sha256").hexdigest() == kept.sha256:
                    return kept.plain, kept.size, kept.sha256
    except OSError:
        pass
    _remove_plain(kept.plain)
    return None


def _keep(path: Path, key: tuple[object, ...] | None, plain: Path, size: int,
          sha256: str) -> bool:
    global _kept
    if key is None:
        return False
    with _kept_guard:
        earlier, _kept = _kept, _Kept(path.resolve(), key, plain, size, sha256)
    if earlier is not None and earlier.plain != plain:
        _remove_plain(earlier.plain)
    return True


@contextlib.contextmanager
def _unpacked(path: Path, manifest: Manifest | None, key: tuple[object, ...] | None,
              found: tuple[Path, int, str] | None, *,
              keep: bool = False) -> Iterator[tuple[Path, int, str]]:
    """Decompress ``path`` into a temporary file, at most the size its manifest states
    (without a manifest: ``backup_file.ceiling``); yields it, its size and sha256.
    ``found``: the copy kept by an earlier ``keep`` that still holds what was checked
    (``_take_kept``), used instead; ``keep``: the copy is kept after the block, with
    ``key`` (see the module doc)."""
    if found is not None:
        kept = False
        try:
            yield found
            kept = keep and _keep(path, key, *found)
        finally:
            if not kept:
                _remove_plain(found[0])
        return
    plain = _unpack_target(path)
    kept = False
    try:
        free = backup_file.free_space(plain.parent)
        if manifest is not None and manifest.content_size:
            limit = manifest.content_size
            if limit > free:  # refused before the disk is filled
                raise DatabaseProblem(
                    f"the backup {path} needs {limit:,} bytes of disk to be checked "
                    f"(decompressed), and {plain.parent} has {free:,} to spare; free some "
                    "space and try again; nothing was changed",
                    ko=f"백업 {path}을(를) 확인하려면(압축 해제) 디스크 {limit:,}바이트가 "
                       f"필요한데 {plain.parent}에는 {free:,}바이트만 남길 수 있습니다. 공간을 "
                       "확보한 뒤 다시 시도하십시오. 아무것도 바뀌지 않았습니다.")
        else:
            limit = min(backup_file.ceiling(path), free)
        try:
            size, sha256 = backup_file.decompress(path, plain, limit=limit)
        except OSError as e:  # a full disk or an unreadable file: not the backup's fault
            raise DatabaseProblem(
                f"the backup {path} could not be decompressed to check it "
                f"({reason(e)}); nothing was changed",
                ko=f"백업 {path}을(를) 확인하려고 압축을 풀 수 없었습니다"
                   f"({reason(e).message('ko')}). 아무것도 바뀌지 않았습니다.") from e
        yield plain, size, sha256
        kept = keep and _keep(path, key, plain, size, sha256)
    finally:
        if not kept:
            _remove_plain(plain)


def _check_sqlite(path: Path, plain: Path, manifest: Manifest | None,
                  integrity: bool) -> Checked:
    """SQLite's checks on ``plain``, the SQLite file of the backup ``path`` (named in
    every message)."""
    try:
        with contextlib.closing(open_read_only(plain)) as conn:
            counts, version, post = backup_summary(conn)
            problem = _cut_short(conn, path, plain)
            if problem is not None:
                raise problem
            pragma = "integrity_check" if integrity else (
                "quick_check" if manifest is None else None)
            lines = [r[0] for r in conn.execute(f"PRAGMA {pragma}")] if pragma else ["ok"]
            row = conn.execute("SELECT value FROM meta WHERE key = 'installation'").fetchone()
    except NotADeskDatabase:
        raise NotADeskDatabase(f"{path} is not an Officer Desk backup",
                               ko=f"{path}은(는) Officer Desk 백업이 아닙니다") from None
    except cipher.DATABASE_ERRORS as e:
        raise DatabaseCorrupt(
            f"the backup {path} cannot be read ({reason(e)}); choose another backup",
            ko=f"백업 {path}을(를) 읽을 수 없습니다({reason(e).message('ko')}). 다른 백업을 "
               "고르십시오.") from e
    if lines != ["ok"]:
        found = "; ".join(lines[:3])
        raise DatabaseCorrupt(f"the backup {path} is damaged ({found}); choose another backup",
                              ko=f"백업 {path}이(가) 손상되었습니다({found}). 다른 백업을 "
                                 "고르십시오.")
    if version > LATEST:
        raise DatabaseTooNew(f"the backup {path} was written by a newer version of "
                             f"Officer Desk (schema {version}); update the program",
                             ko=f"백업 {path}은(는) 더 새로운 Officer Desk가 썼습니다"
                                f"(스키마 {version}). 프로그램을 업데이트하십시오.")
    if not post:
        raise NotADeskDatabase(f"the backup {path} is not of a set-up case log",
                               ko=f"백업 {path}은(는) 설정된 업무 기록의 백업이 아닙니다")
    return Checked(counts, version, post, row[0] if row else None, manifest is not None)
