"""The conflicts table: values a merge kept for a person, and how each was closed.

A conflict is *superseded* when a later change of its field was made by someone who
had seen its losing value (``sync.resolve`` decides that for a merged change). A
change made here is such a change: this copy has seen every value it holds a
conflict about. So a local edit of a field closes that field's open conflicts here,
as the same edit will close them wherever it is merged.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

#: ``conflicts.resolution`` of a conflict closed by a later change that had seen it.
SUPERSEDED = "superseded"


@dataclass(frozen=True)
class RecordedConflict:
    """A conflict this database holds for a record (open or closed)."""

    id: str
    record_id: str
    fields: tuple[str, ...]
    kept_stamp: list[Any]
    lost_stamp: list[Any]
    reason: str  # edit, delete
    open: bool


def fields_json(fields: Sequence[str]) -> str:
    return json.dumps(list(fields), ensure_ascii=False, separators=(",", ":"))


def for_records(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, list[RecordedConflict]]:
    """Every conflict held for these records, by record id (one query)."""
    out: dict[str, list[RecordedConflict]] = {}
    if not ids:
        return out
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(
        "SELECT id, record_id, fields, kept_stamp, lost_stamp, reason, resolved_at "
        f"FROM conflicts WHERE record_id IN ({marks})", list(ids),
    ).fetchall()
    for cid, rid, fields, kept, lost, reason, resolved_at in rows:
        out.setdefault(rid, []).append(RecordedConflict(
            cid, rid, tuple(json.loads(fields)), json.loads(kept), json.loads(lost), reason,
            resolved_at is None,
        ))
    return out


def close_superseded(
    conn: sqlite3.Connection, ids: Iterable[str], *, at: str, by: str, stamp: str,
    package_id: str | None,
) -> int:
    """Mark open conflicts closed as superseded by the change stamped ``stamp``."""
    closed = 0
    for cid in ids:
        closed += conn.execute(
            "UPDATE conflicts SET resolved_at = ?, resolution = ?, resolved_by = ?, "
            "superseded_stamp = ?, superseded_package = ? WHERE id = ? AND resolved_at IS NULL",
            (at, SUPERSEDED, by, stamp, package_id, cid),
        ).rowcount
    return closed


def close_on_local_change(
    conn: sqlite3.Connection, record_id: str, units: Iterable[Sequence[str]], *,
    deleted_changed: bool, at: str, by: str, stamp: str,
) -> int:
    """A change made here closes the open conflicts of the units it changed: edit
    conflicts of those fields, and, when it deleted or restored the record, its
    delete conflicts."""
    closed = 0
    for unit in units:
        closed += conn.execute(
            "UPDATE conflicts SET resolved_at = ?, resolution = ?, resolved_by = ?, "
            "superseded_stamp = ? WHERE record_id = ? AND resolved_at IS NULL "
            "AND reason = 'edit' AND fields = ?",
            (at, SUPERSEDED, by, stamp, record_id, fields_json(unit)),
        ).rowcount
    if deleted_changed:
        closed += conn.execute(
            "UPDATE conflicts SET resolved_at = ?, resolution = ?, resolved_by = ?, "
            "superseded_stamp = ? WHERE record_id = ? AND resolved_at IS NULL "
            "AND reason = 'delete'",
            (at, SUPERSEDED, by, stamp, record_id),
        ).rowcount
    return closed
