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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import RecordKind
from officer_desk.domain.records import value_to_json
from officer_desk.storage.codec import history_text

#: ``conflicts.resolution`` of a conflict closed by a later change that had seen it.
SUPERSEDED = "superseded"
#: ... of one whose losing values the record holds (an equal value made elsewhere):
#: nothing to look at while that lasts; opened again if the record's value changes
#: to another without anyone having seen the losing change.
SAME_VALUE = "same value"


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
    #: the losing values as stored (``values_json``), parsed
    lost_values: dict[str, Any] = field(default_factory=dict)
    resolution: str | None = None


def fields_json(fields: Sequence[str]) -> str:
    return json.dumps(list(fields), ensure_ascii=False, separators=(",", ":"))


def values_json(kind: RecordKind, values: Mapping[str, Any]) -> str:
    """A conflict's values as stored: JSON values, file contents by their size."""
    out = {}
    for name, v in values.items():
        if name == "deleted":
            out[name] = bool(v)
        else:
            f = kind.field(name)
            out[name] = history_text(f, v) if f.type is FieldType.BLOB else \
                value_to_json(f.type, v)
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def for_records(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, list[RecordedConflict]]:
    """Every conflict held for these records, by record id (one query)."""
    out: dict[str, list[RecordedConflict]] = {}
    if not ids:
        return out
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(
        "SELECT id, record_id, fields, kept_stamp, lost_stamp, reason, resolved_at, lost, "
        f"resolution FROM conflicts WHERE record_id IN ({marks})", list(ids),
    ).fetchall()
    for cid, rid, fields, kept, lost, reason, resolved_at, lost_values, resolution in rows:
        out.setdefault(rid, []).append(RecordedConflict(
            cid, rid, tuple(json.loads(fields)), json.loads(kept), json.loads(lost), reason,
            resolved_at is None, json.loads(lost_values), resolution,
        ))
    return out


def close_superseded(
    conn: sqlite3.Connection, ids: Iterable[str], *, at: str, by: str, stamp: str,
    package_id: str | None, resolution: str = SUPERSEDED,
) -> int:
    """Close conflicts (open, or closed for holding the same value) as superseded by the
    change stamped ``stamp``, or as ``SAME_VALUE``."""
    closed = 0
    for cid in ids:
        closed += conn.execute(
            "UPDATE conflicts SET resolved_at = ?, resolution = ?, resolved_by = ?, "
            "superseded_stamp = ?, superseded_package = ? WHERE id = ? "
            "AND (resolved_at IS NULL OR resolution = ?) AND resolution IS NOT ?",
            (at, resolution, by, stamp, package_id, cid, SAME_VALUE, resolution),
        ).rowcount
    return closed


def reopen(conn: sqlite3.Connection, ids: Iterable[str]) -> int:
    """Open again conflicts closed because the record held their value, which it no
    longer does."""
    opened = 0
    for cid in ids:
        opened += conn.execute(
            "UPDATE conflicts SET resolved_at = NULL, resolution = NULL, resolved_by = NULL, "
            "superseded_stamp = NULL, superseded_package = NULL WHERE id = ? "
            "AND resolution = ?", (cid, SAME_VALUE),
        ).rowcount
    return opened


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
            "superseded_stamp = ? WHERE record_id = ? AND (resolved_at IS NULL "
            "OR resolution = ?) AND reason = 'edit' AND fields = ?",
            (at, SUPERSEDED, by, stamp, record_id, SAME_VALUE, fields_json(unit)),
        ).rowcount
    if deleted_changed:
        closed += conn.execute(
            "UPDATE conflicts SET resolved_at = ?, resolution = ?, resolved_by = ?, "
            "superseded_stamp = ? WHERE record_id = ? AND resolved_at IS NULL "
            "AND reason = 'delete'",
            (at, SUPERSEDED, by, stamp, record_id),
        ).rowcount
    return closed
