"""What a restore would change: the file open now against a chosen backup.

Before a person puts a backup in place of the case log they are told, for each record
kind, how many records each file holds and when a record of that kind last changed,
and how many records of the current file the backup does not hold (they would leave
the case log; the restore keeps them in its before-restore copy, ``restore.restore``).
The window's restore dialog shows it; the counting is here, for the CLI and the window
alike. Encrypted files are read with the key this process knows (the log's, asked for
when it was opened).
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import USER_KINDS
from officer_desk.services import backup_check
from officer_desk.storage import cipher
from officer_desk.storage.connection import translate


@dataclass(frozen=True)
class KindHoldings:
    """One kind's records in one file: ``count`` not deleted, ``latest`` the newest
    ``updated_at`` of any of its records (a deletion is a change too; None: none ever)."""

    count: int
    latest: str | None


@dataclass(frozen=True)
class Comparison:
    """The current file (``current``; None when it cannot be read, ``problem`` says
    why) against a backup (``backup``), kind by kind in ``USER_KINDS`` order.

    ``lost``: per kind, the records of the current file that the backup does not hold
    (or holds deleted): a restore takes them out of the case log. ``older``: those the
    backup holds in an earlier state (changed since): a restore puts them back as they
    were then."""

    current: dict[str, KindHoldings] | None
    backup: dict[str, KindHoldings]
    lost: dict[str, int]
    older: dict[str, int]
    problem: OfficerDeskError | None = None

    @property
    def lost_total(self) -> int:
        return sum(self.lost.values())

    @property
    def older_total(self) -> int:
        return sum(self.older.values())


def _holdings(conn: sqlite3.Connection) -> tuple[dict[str, KindHoldings],
                                                  dict[str, dict[str, str]]]:
    """Each kind's counts and latest change, and its live records' ``updated_at`` by id."""
    kinds: dict[str, KindHoldings] = {}
    live: dict[str, dict[str, str]] = {}
    for kind in USER_KINDS:
        count, latest = conn.execute(
            f"SELECT coalesce(sum(deleted = 0), 0), max(updated_at) FROM {kind.name}"
        ).fetchone()
        kinds[kind.name] = KindHoldings(int(count), latest)
        live[kind.name] = dict(conn.execute(
            f"SELECT id, updated_at FROM {kind.name} WHERE deleted = 0"))
    return kinds, live


def file_holdings(path: Path) -> dict[str, KindHoldings]:
    """What the database at ``path`` holds (read only; plain or encrypted with the key
    this process knows). Raises ``OfficerDeskError`` when it cannot be read."""
    return _read(Path(path))[0]


def _read(path: Path) -> tuple[dict[str, KindHoldings], dict[str, dict[str, str]]]:
    try:
        with contextlib.closing(backup_check.open_read_only(path)) as conn:
            backup_check.backup_summary(conn)  # ours, or refused with why
            return _holdings(conn)
    except cipher.ERRORS as e:
        raise translate(e, path) from e


def compare(db_path: Path, backup_path: Path, *, keep: bool = False) -> Comparison:
    """The file at ``db_path`` against the backup at ``backup_path``.

    The backup is checked as the dialog's listing checks it (its manifest, or SQLite's
    quick check; a compressed one is decompressed to a temporary file beside it, and
    removed, or with ``keep`` kept for the restore that may follow:
    ``backup_check.checked_copy``): a backup that fails raises its ``DatabaseProblem``.
    A current file that cannot be read is not an error: ``current`` is None and
    ``problem`` says why, and everything in it is then said to be replaced."""
    with backup_check.checked_copy(Path(backup_path), integrity=False,
                                   keep=keep) as (_, plain):
        return compare_checked(db_path, plain)


def compare_checked(db_path: Path, plain: Path) -> Comparison:
    """``compare`` with a backup already checked: ``plain`` is its SQLite file (a
    compressed one decompressed, ``backup_check.checked_copy``)."""
    theirs, their_live = _read(Path(plain))
    db_path = Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return Comparison(None, theirs, {}, {})
    try:
        ours, our_live = _read(db_path)
    except OfficerDeskError as e:
        return Comparison(None, theirs, {}, {}, e)
    lost: dict[str, int] = {}
    older: dict[str, int] = {}
    for name, records in our_live.items():
        kept = their_live[name]
        lost[name] = sum(1 for rid in records if rid not in kept)
        older[name] = sum(1 for rid, at in records.items() if rid in kept and kept[rid] < at)
    return Comparison(ours, theirs, lost, older)
