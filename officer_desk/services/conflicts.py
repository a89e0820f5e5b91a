"""Conflicts the merge kept for a person: list them, and settle each one.

"Ours" is this database's value before the merge, "theirs" the package's. The merge
already applied the winner; keeping the other side is an ordinary edit here (or a
restore, for a record deleted on one side and edited on the other), so it is in the
record's history and travels in the next package like any edit.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from officer_desk.domain.errors import NotFound, OfficerDeskError
from officer_desk.domain.records import Change, utc_now
from officer_desk.services import records
from officer_desk.services.desk import Desk
from officer_desk.storage.connection import transaction

SIDES = ("ours", "theirs")
#: ``resolve_conflict(..., keep=EDITED, values=...)``: a value typed by the person.
EDITED = "edited"


@dataclass(frozen=True)
class ConflictEntry:
    id: str
    record_id: str
    kind: str
    fields: list[str]
    ours: dict[str, Any]  # this database's values before the merge
    theirs: dict[str, Any]  # the package's values
    kept: str  # which side the merge applied: ours or theirs
    reason: str  # edit, or delete (deleted on one side, edited on the other)
    package_id: str | None
    package_post: str | None
    signer: str | None
    detected_at: str
    resolved_at: str | None
    resolution: str | None
    resolved_by: str | None

    @property
    def open(self) -> bool:
        return self.resolved_at is None


_COLUMNS = (
    "id, record_id, kind, fields, kept, lost, lost_side, reason, package_id, package_post, "
    "signer, detected_at, resolved_at, resolution, resolved_by"
)


def _entry(row: tuple) -> ConflictEntry:
    (cid, record_id, kind, fields, kept, lost, lost_side, reason, package_id, package_post,
     signer, detected_at, resolved_at, resolution, resolved_by) = row
    kept_values, lost_values = json.loads(kept), json.loads(lost)
    ours, theirs = (lost_values, kept_values) if lost_side == "ours" else (kept_values,
                                                                        lost_values)
    return ConflictEntry(
        cid, record_id, kind, json.loads(fields), ours, theirs,
        "theirs" if lost_side == "ours" else "ours", reason, package_id, package_post,
        signer, detected_at, resolved_at, resolution, resolved_by,
    )


def list_conflicts(desk: Desk, *, include_resolved: bool = False) -> list[ConflictEntry]:
    where = "" if include_resolved else "WHERE resolved_at IS NULL"
    rows = desk.conn.execute(
        f"SELECT {_COLUMNS} FROM conflicts {where} ORDER BY detected_at, id"
    ).fetchall()
    return [_entry(r) for r in rows]


def get_conflict(desk: Desk, conflict_id: str) -> ConflictEntry:
    rows = desk.conn.execute(
        f"SELECT {_COLUMNS} FROM conflicts WHERE id = ? OR id LIKE ? || '%'",
        (conflict_id, conflict_id if len(conflict_id) >= 8 else "\x00"),
    ).fetchall()
    if len(rows) != 1:
        raise NotFound(f"no conflict with id {conflict_id}" if not rows
                       else f"{conflict_id} matches {len(rows)} conflicts; give more of the id")
    return _entry(rows[0])


def open_count(desk: Desk) -> int:
    return int(desk.conn.execute(
        "SELECT count(*) FROM conflicts WHERE resolved_at IS NULL").fetchone()[0])


def resolve_conflict(
    desk: Desk, conflict_id: str, keep: str, values: Mapping[str, Any] | None = None,
) -> Change:
    """Settle a conflict by keeping ``ours``, ``theirs`` or ``edited`` values.

    ``edited`` stores ``values`` (field name -> value, e.g. both sides combined into one
    text) through the ordinary edit, so they are validated, in the record's history and
    in the next package; a record deleted on one side is restored first (whoever typed
    a value wants the record). Returns what changed.
    """
    if keep not in (*SIDES, EDITED):
        raise OfficerDeskError(f"keep 'ours', 'theirs' or 'edited', not {keep!r}")
    if keep == EDITED and not values:
        raise OfficerDeskError("give the edited values to keep")
    if keep != EDITED and values:
        raise OfficerDeskError("values are given only with keep='edited'")
    entry = get_conflict(desk, conflict_id)
    if not entry.open:
        raise OfficerDeskError(f"conflict {entry.id[:8]} was already resolved "
                               f"({entry.resolution}, {entry.resolved_at})")
    change = Change()
    with transaction(desk.conn):
        if keep == EDITED:
            record = records.get(desk, entry.record_id)
            desk.check_can_edit(record)
            edited = {k: v for k, v in (values or {}).items() if k != "deleted"}
            if record.deleted:
                change.merge(records.restore(desk, record.id))
            if edited:
                change.merge(records.update(desk, record.id, edited))
        elif keep != entry.kept:
            wanted = entry.ours if keep == "ours" else entry.theirs
            record = records.get(desk, entry.record_id)
            desk.check_can_edit(record)
            if entry.reason == "delete":
                if wanted.get("deleted") is True:
                    change.merge(records.delete(desk, record.id))
                else:
                    change.merge(records.update(desk, record.id, wanted))
                    change.merge(records.restore(desk, record.id))
            else:
                change.merge(records.update(desk, record.id, wanted))
        desk.conn.execute(
            "UPDATE conflicts SET resolved_at = ?, resolution = ?, resolved_by = ? "
            "WHERE id = ?",
            (utc_now(), EDITED if keep == EDITED else f"kept {keep}", desk.actor, entry.id),
        )
    return change
