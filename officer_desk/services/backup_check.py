"""Checking a backup before it is trusted: its manifest, then SQLite's own checks.

A backup with a manifest (``storage.backup_manifest``) must match it byte for byte
(size, sha256) and in what it holds (post, installation, schema, counts); one without
(written by an earlier version) is "unverified": only SQLite's checks vouch for it.
Both must be Officer Desk databases of a set-up case log, not newer than this program,
as long as the pages they count, and pass SQLite's integrity check. See
docs/backups.md.
"""

from __future__ import annotations

import contextlib
import sqlite3
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
from officer_desk.storage.backup_manifest import verify as verify_manifest
from officer_desk.storage.migrations import LATEST
from officer_desk.storage.migrations.m0001_initial import APPLICATION_ID


def open_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           isolation_level=None, timeout=5.0)
    conn.execute("PRAGMA query_only = ON")
    return conn



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


def _cut_short(conn: sqlite3.Connection, path: Path) -> OfficerDeskError | None:
    """A file whose length is not the pages its header counts was cut or added to."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    size = path.stat().st_size
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
    if not path.is_file():
        raise DatabaseProblem(f"no backup at {path}", ko=f"{path}에 백업이 없습니다")
    with path.open("rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise NotADeskDatabase(f"{path} is not an Officer Desk backup (not SQLite)",
                                   ko=f"{path}은(는) Officer Desk 백업이 아닙니다(SQLite 아님)")
    manifest = verify_manifest(path)  # raises ManifestMismatch naming what differs
    try:
        with contextlib.closing(open_read_only(path)) as conn:
            counts, version, post = backup_summary(conn)
            problem = _cut_short(conn, path)
            if problem is not None:
                raise problem
            pragma = "integrity_check" if integrity else (
                "quick_check" if manifest is None else None)
            lines = [r[0] for r in conn.execute(f"PRAGMA {pragma}")] if pragma else ["ok"]
            row = conn.execute("SELECT value FROM meta WHERE key = 'installation'").fetchone()
    except NotADeskDatabase:
        raise NotADeskDatabase(f"{path} is not an Officer Desk backup",
                               ko=f"{path}은(는) Officer Desk 백업이 아닙니다") from None
    except sqlite3.DatabaseError as e:
        raise DatabaseCorrupt(f"the backup {path} cannot be read ({e}); choose another backup",
                              ko=f"백업 {path}을(를) 읽을 수 없습니다({e}). 다른 백업을 "
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
