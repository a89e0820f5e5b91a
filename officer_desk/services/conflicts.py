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

from officer_desk.domain.errors import NotFound, NotPermitted, OfficerDeskError
from officer_desk.domain.messages import CATALOGUE, Text, say
from officer_desk.domain.records import Change, Record, utc_now, value_to_json
from officer_desk.domain.stamps import key, raw_of
from officer_desk.domain.tidying import Tidied
from officer_desk.services import records
from officer_desk.services.desk import Desk
from officer_desk.storage.conflicts import SAME_VALUE, SUPERSEDED
from officer_desk.storage.connection import transaction

SIDES = ("ours", "theirs")
#: ``resolve_conflict(..., keep=EDITED, values=...)``: a value typed by the person.
EDITED = "edited"
#: How a conflict was settled (``Settled.how``): the record was changed; its value was
#: kept and stamped anew so that the decision travels; only marked resolved here.
CHANGED, CONFIRMED, MARKED = "changed", "confirmed", "marked"


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
    kept_stamp: list[Any] | None = None  # the stamps of the applied and the lost value
    lost_stamp: list[Any] | None = None
    superseded_stamp: list[Any] | None = None  # the change that superseded it, if one did
    superseded_package: str | None = None

    @property
    def open(self) -> bool:
        return self.resolved_at is None

    @property
    def unit(self) -> tuple[str, ...]:
        """The fields the merge decided on together (the tombstone for a delete)."""
        return ("deleted",) if self.reason == "delete" else tuple(self.fields)


@dataclass
class Settled(Change):
    """What settling a conflict changed, and how (``CHANGED``, ``CONFIRMED``, ``MARKED``)."""

    how: str = CHANGED


class ConflictMovedOn(OfficerDeskError):
    """The record changed after the conflict was found: settling it now would replace
    a later value. ``current`` holds the record's values of the conflict's fields."""

    def __init__(self, en: str, ko: str, current: dict[str, Any]) -> None:
        super().__init__(en, ko=ko)
        self.current = current


_COLUMNS = (
    "id, record_id, kind, fields, kept, lost, lost_side, reason, package_id, package_post, "
    "signer, detected_at, resolved_at, resolution, resolved_by, kept_stamp, lost_stamp, "
    "superseded_stamp, superseded_package"
)


def _entry(row: tuple) -> ConflictEntry:
    (cid, record_id, kind, fields, kept, lost, lost_side, reason, package_id, package_post,
     signer, detected_at, resolved_at, resolution, resolved_by, kept_stamp, lost_stamp,
     superseded_stamp, superseded_package) = row
    kept_values, lost_values = json.loads(kept), json.loads(lost)
    ours, theirs = (lost_values, kept_values) if lost_side == "ours" else (kept_values,
                                                                        lost_values)
    return ConflictEntry(
        cid, record_id, kind, json.loads(fields), ours, theirs,
        "theirs" if lost_side == "ours" else "ours", reason, package_id, package_post,
        signer, detected_at, resolved_at, resolution, resolved_by,
        json.loads(kept_stamp), json.loads(lost_stamp),
        json.loads(superseded_stamp) if superseded_stamp else None, superseded_package,
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
        raise NotFound(say("conflict.not_found", id=conflict_id) if not rows
                       else say("conflict.ambiguous", id=conflict_id, count=len(rows)))
    return _entry(rows[0])


def open_count(desk: Desk) -> int:
    return int(desk.conn.execute(
        "SELECT count(*) FROM conflicts WHERE resolved_at IS NULL").fetchone()[0])


def _shown(record: Record, name: str) -> Any:
    if name == "deleted":
        return record.deleted
    kind = record.kind
    value = record.values.get(name)
    if kind.has_field(name) and kind.field(name).type.value == "blob":
        return f"<{len(value or b'')} bytes>"
    return value_to_json(kind.field(name).type, value) if kind.has_field(name) else value


def _moved_on(entry: ConflictEntry, record: Record) -> dict[str, Any] | None:
    """The record's current values of the conflict's fields when a change made after
    the conflict was found holds them (None: the record still holds the kept value)."""
    if entry.kept_stamp is None:
        return None
    now = key(raw_of(record.field_versions, entry.unit[0]))
    if now == key(entry.kept_stamp):
        return None
    names = [*entry.unit] if entry.reason != "delete" else ["deleted", *entry.fields]
    return {n: _shown(record, n) for n in names}


def _text(values: Mapping[str, Any]) -> str:
    return "; ".join(f"{k}={json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v}"
                     for k, v in values.items())


def _refuse_moved_on(entry: ConflictEntry, keep: str, current: dict[str, Any],
                     wanted: Mapping[str, Any] | None) -> ConflictMovedOn:
    instead = (say("conflict.moved_on_back", keep=_keep_label(keep), wanted=_text(wanted))
               if wanted else say("conflict.moved_on_replace", keep=_keep_label(keep)))
    text = say("conflict.moved_on", id=entry.id[:8], record=entry.record_id,
               current=_text(current), instead=instead)
    return ConflictMovedOn(text.en, text.ko, current)


def _keep_label(keep: str | None) -> Text | str:
    """Which value a resolution kept, as a person reads it (``ours`` / ``우리 값``)."""
    key = f"conflict.keep_{keep}"
    return say(key) if key in CATALOGUE else str(keep)


#: the catalogue's word for each ``conflicts.resolution`` stored
_RESOLUTIONS = {"kept ours": "conflict.settled_ours", "kept theirs": "conflict.settled_theirs",
                EDITED: "conflict.keep_edited", SUPERSEDED: "conflict.keep_superseded",
                SAME_VALUE: "conflict.settled_same_value"}


def resolution_label(resolution: str | None) -> Text | str:
    """How a conflict was settled, as a person reads it (``kept theirs`` / ``상대 값
    유지``); "" for an open one, the stored text for one the catalogue does not know."""
    if not resolution:
        return ""
    key = _RESOLUTIONS.get(resolution)
    return say(key) if key is not None else resolution


def _already_resolved(entry: ConflictEntry) -> OfficerDeskError:
    short = entry.id[:8]
    if entry.resolution == SUPERSEDED:
        by = f" ({entry.resolved_by})" if entry.resolved_by else ""
        return OfficerDeskError(say("conflict.superseded", id=short, record=entry.record_id,
                                    when=entry.resolved_at, by=by))
    return OfficerDeskError(say("conflict.resolved", id=short, when=entry.resolved_at,
                                resolution=resolution_label(entry.resolution)))


def resolve_conflict(
    desk: Desk, conflict_id: str, keep: str, values: Mapping[str, Any] | None = None,
    *, force: bool = False, accept_changes: bool = True,
    tidied: list[Tidied] | None = None,
) -> Settled:
    """Settle a conflict by keeping ``ours``, ``theirs`` or ``edited`` values.

    ``edited`` stores ``values`` (field name -> value, e.g. both sides combined into one
    text) through the ordinary edit, so they are validated, in the record's history and
    in the next package; a record deleted on one side is restored first (whoever typed
    a value wants the record). Keeping the value the merge applied stamps it anew
    where this database may change the record, so that the decision reaches every
    copy that holds the conflict (HQ, which cannot change a post's record, only marks
    it resolved here).

    If the record changed after the conflict was found (a later change that had not
    seen the losing value), settling it would replace that change: refused with
    ``ConflictMovedOn`` naming the current values, unless ``force``. Edited values that
    would be stored otherwise than given go into ``tidied``, and are refused unless
    ``accept_changes`` (``records.update``).
    """
    if keep not in (*SIDES, EDITED):
        raise OfficerDeskError(say("conflict.bad_keep", keep=keep))
    if keep == EDITED and not values:
        raise OfficerDeskError(say("conflict.edited_needs_values"))
    if keep != EDITED and values:
        raise OfficerDeskError(say("conflict.values_only_edited"))
    entry = get_conflict(desk, conflict_id)
    if not entry.open:
        raise _already_resolved(entry)
    record = records.get(desk, entry.record_id)
    wanted = None if keep == EDITED else (entry.ours if keep == "ours" else entry.theirs)
    moved = _moved_on(entry, record)
    if moved is not None and not force:
        raise _refuse_moved_on(entry, keep, moved, wanted if keep != EDITED else values)
    settled = Settled()
    with transaction(desk.conn):
        if keep == EDITED:
            desk.check_can_edit(record)
            edited = {k: v for k, v in (values or {}).items() if k != "deleted"}
            if record.deleted:
                settled.merge(records.restore(desk, record.id))
            if edited:
                settled.merge(records.update(desk, record.id, edited,
                                             accept_changes=accept_changes, tidied=tidied))
        else:
            _keep_side(desk, entry, record, keep, wanted or {}, moved, settled)
        desk.conn.execute(
            "UPDATE conflicts SET resolved_at = ?, resolution = ?, resolved_by = ? "
            "WHERE id = ?",
            (utc_now(), EDITED if keep == EDITED else f"kept {keep}", desk.actor, entry.id),
        )
    return settled


def _keep_side(desk: Desk, entry: ConflictEntry, record: Record, keep: str,
               wanted: Mapping[str, Any], moved: dict[str, Any] | None,
               settled: Settled) -> None:
    if keep == entry.kept:
        # HQ acknowledges a post's conflict here only: it cannot change the record
        try:
            desk.check_can_edit(record)
        except NotPermitted:
            settled.how = MARKED
            return
    if keep == entry.kept and moved is None:
        # the record holds it: stamp it anew so the decision travels
        desk.repo.confirm(record, entry.unit)
        settled.merge(Change(updated=[record.id], kinds={record.kind.name}))
        settled.how = CONFIRMED
        return
    desk.check_can_edit(record)
    values = {k: v for k, v in wanted.items() if k != "deleted"}
    if entry.reason == "delete" and wanted.get("deleted") is True:
        settled.merge(records.delete(desk, record.id))
    else:
        if values:
            settled.merge(records.update(desk, record.id, values))
        if entry.reason == "delete" or wanted.get("deleted") is False:
            settled.merge(records.restore(desk, record.id))
    if settled.empty:  # it already held those values: the decision still travels
        desk.repo.confirm(records.get(desk, record.id), entry.unit)
        settled.merge(Change(updated=[record.id], kinds={record.kind.name}))
        settled.how = CONFIRMED
