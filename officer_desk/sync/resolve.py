"""How two copies of one record become one: the merge rules, without any SQL.

Each merge unit (a field, or fields that change together, or the tombstone) keeps the
stamp ``(counter, installation)`` of its last change. Counters are Lamport clocks, so a
change made after seeing another always has the larger stamp: the value with the
larger stamp wins, whatever order copies arrive in, and merging the same copy twice
changes nothing.

Whether the losing value is a *conflict* depends on what its winner's author knew.
A stamp made by this program carries that knowledge (``domain.stamps``): if the
winner's author had seen the losing change, the loser was simply superseded; if
not, both were made without knowing of each other, and the loser is kept as a
conflict for a person to look at. (For a stamp of an earlier program, without that
knowledge, the winning copy's record-wide ``seen`` vector decides, as it did then.)
A tombstone that meets an edit its author had not seen is a conflict too.

Two more rules make conflicts the same on every copy, whatever order packages
arrive in:

- A conflict is not raised again for a losing change that a change this database
  already knows of (a side of a conflict it holds) had seen: someone decided after
  seeing it.
- An open conflict is *superseded* when a change of its field arrives whose author
  had seen the conflict's losing value (for a delete conflict: a delete or restore
  that had seen both the delete and the edits). Its author decided knowing it; if
  that change had not seen the kept value too, the two meet as a new conflict.

The same stamp on two different values is never "unchanged": it happens only when a
file was copied back over a newer one (or with a forged package). The larger value
(in a fixed order, so every copy picks the same) is applied, a tombstone wins, and the
other is kept as a conflict.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from officer_desk.domain.kinds import RecordKind
from officer_desk.domain.records import Record
from officer_desk.domain.stamps import CREATED, Stamp, as_json, key, knew, raw_of
from officer_desk.storage.conflicts import RecordedConflict

__all__ = ["CREATED", "DELETED", "Conflict", "Resolution", "resolve", "stamp_of", "units"]

DELETED = "deleted"


def stamp_of(record: Record, name: str) -> Stamp:
    return key(raw_of(record.field_versions, name))


def knows(seen: Mapping[str, int], stamp: Stamp) -> bool:
    """Has the copy with this ``seen`` vector seen the change stamped ``stamp``?"""
    return seen.get(stamp[1], 0) >= stamp[0]


def units(kind: RecordKind) -> list[tuple[str, ...]]:
    """Every merge unit of a kind: declared units, single fields, and the tombstone."""
    grouped = {name for unit in kind.units for name in unit}
    out = list(kind.units)
    out += [(f.name,) for f in kind.fields if f.name not in grouped]
    out.append((DELETED,))
    return out


def value(record: Record, name: str) -> Any:
    return record.deleted if name == DELETED else record.values.get(name)


@dataclass(frozen=True)
class Conflict:
    """A value that lost to a change made without knowledge of it."""

    fields: tuple[str, ...]
    kept: dict[str, Any]  # the winning values, now in the record
    lost: dict[str, Any]  # the losing values
    kept_stamp: Stamp
    lost_stamp: Stamp
    lost_side: str  # "ours" (the target's value lost) or "theirs" (the package's)
    reason: str  # "edit" (both edited) or "delete" (deleted while edited)
    #: the stamps as stored, with what each author had seen (``domain.stamps``)
    kept_raw: list[Any] | None = None
    lost_raw: list[Any] | None = None

    def stamp_json(self, side: str) -> str:
        raw = self.kept_raw if side == "kept" else self.lost_raw
        fallback = self.kept_stamp if side == "kept" else self.lost_stamp
        return as_json(raw if raw is not None else list(fallback))


@dataclass
class Resolution:
    """What merging ``incoming`` into ``local`` does to the local record."""

    outcome: str  # added, updated, unchanged
    record: Record  # the merged record (the local one, changed in place, or incoming)
    changed: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # name -> (old, new)
    conflicts: list[Conflict] = field(default_factory=list)
    #: open conflicts of this database that the incoming copy supersedes:
    #: (conflict id, the raw stamp of the change that superseded it)
    superseded: list[tuple[str, list[Any]]] = field(default_factory=list)


def _merge_seen(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        if v > out.get(k, 0):
            out[k] = v
    return dict(sorted(out.items()))


def _same_copy(local: Record, incoming: Record) -> bool:
    """Nothing in ``incoming`` that ``local`` does not already hold exactly."""
    return (
        local.deleted == incoming.deleted
        and local.field_versions == incoming.field_versions
        and local.values == incoming.values
        and all(knows(local.seen, (c, i)) for i, c in incoming.seen.items())
    )


def resolve(local: Record | None, incoming: Record,
            recorded: Sequence[RecordedConflict] = ()) -> Resolution:
    """Merge ``incoming`` into ``local`` (None: the target does not have it yet).

    ``recorded`` are the conflicts the target already holds for this record (open or
    closed). ``local`` is not modified; the merged record is ``Resolution.record``.
    """
    if local is None:
        return Resolution("added", incoming)
    if _same_copy(local, incoming):
        return Resolution("unchanged", local)
    merged = Record(
        kind=local.kind, id=local.id, post=local.post, values=dict(local.values),
        version=local.version, origin=local.origin, deleted=local.deleted,
        created_at=local.created_at, updated_at=local.updated_at,
        field_versions={k: _copy(v) for k, v in local.field_versions.items()},
        seen=_merge_seen(local.seen, incoming.seen),
    )
    result = Resolution("unchanged", merged)
    for unit in units(local.kind):
        ours_raw = raw_of(local.field_versions, unit[0])
        theirs_raw = raw_of(incoming.field_versions, unit[0])
        ours, theirs = key(ours_raw), key(theirs_raw)
        if ours == theirs:
            _same_stamp(local, incoming, unit, ours_raw, theirs_raw, result)
            continue
        take_theirs = theirs > ours
        if take_theirs:
            _take(local, incoming, unit, theirs_raw, result)
        if unit == (DELETED,):
            continue  # a tombstone's conflicts are the edits it met, below
        winner_raw, loser_raw = (theirs_raw, ours_raw) if take_theirs else (ours_raw, theirs_raw)
        winner_seen = incoming.seen if take_theirs else local.seen
        kept = {n: value(incoming if take_theirs else local, n) for n in unit}
        lost = {n: value(local if take_theirs else incoming, n) for n in unit}
        if (kept != lost and not knew(winner_raw, key(loser_raw), winner_seen)
                and not _dominated(loser_raw, unit, recorded)):
            result.conflicts.append(Conflict(
                unit, kept, lost, key(winner_raw), key(loser_raw),
                "ours" if take_theirs else "theirs", "edit", winner_raw, loser_raw,
            ))
    result.conflicts += _delete_meets_edit(local, incoming)
    result.superseded = _superseded(incoming, recorded)
    # display only, but the same whatever the order: the later of the two times
    merged.updated_at = max(local.updated_at, incoming.updated_at)
    top = max(stamp_of(merged, n) for n in merged.field_versions)
    if (merged.version, merged.origin) < top:
        merged.version, merged.origin = top
    if result.changed:
        result.outcome = "updated"
    return result


def _copy(raw: list[Any]) -> list[Any]:
    return [*raw[:2], dict(raw[2])] if len(raw) > 2 and isinstance(raw[2], dict) else list(raw)


def _take(local: Record, incoming: Record, unit: tuple[str, ...], raw: list[Any],
          result: Resolution) -> None:
    """Apply the incoming values of a unit, with its stamp, to the merged record."""
    merged = result.record
    for n in unit:
        old, new = value(local, n), value(incoming, n)
        if old != new:
            result.changed[n] = (old, new)
        if n == DELETED:
            merged.deleted = bool(new)
        else:
            merged.values[n] = new
        merged.field_versions[n] = _copy(raw)


def _order(record: Record, unit: tuple[str, ...]) -> str:
    """A unit's values as text in a fixed form: the same order on every computer."""
    shown = []
    for n in unit:
        v = value(record, n)
        shown.append(hashlib.sha256(v).hexdigest() if isinstance(v, bytes) else v)
    return json.dumps(shown, ensure_ascii=False, sort_keys=True, default=str)


def _same_stamp(local: Record, incoming: Record, unit: tuple[str, ...],
                ours_raw: list[Any], theirs_raw: list[Any], result: Resolution) -> None:
    """Both copies stamp the unit alike: normally the same change, nothing to do."""
    ours = {n: value(local, n) for n in unit}
    theirs = {n: value(incoming, n) for n in unit}
    if ours == theirs:
        if as_json(theirs_raw) > as_json(ours_raw):  # the same change, told apart only
            for n in unit:                          # by context: one fixed choice
                result.record.field_versions[n] = _copy(theirs_raw)
        return
    # One stamp, two values: a file copied back over a newer one reused its counter.
    if unit == (DELETED,):
        take_theirs = bool(incoming.deleted)  # the tombstone wins, keeping the values
    else:
        take_theirs = _order(incoming, unit) > _order(local, unit)
    if take_theirs:
        _take(local, incoming, unit, theirs_raw, result)
    kept, lost = (theirs, ours) if take_theirs else (ours, theirs)
    winner_raw, loser_raw = (theirs_raw, ours_raw) if take_theirs else (ours_raw, theirs_raw)
    result.conflicts.append(Conflict(
        unit, kept, lost, key(winner_raw), key(loser_raw), "ours" if take_theirs else "theirs",
        "delete" if unit == (DELETED,) else "edit", winner_raw, loser_raw,
    ))


def _dominated(loser_raw: list[Any], unit: tuple[str, ...],
               recorded: Sequence[RecordedConflict]) -> bool:
    """Had a change this database already holds a conflict about seen the loser?"""
    lost = key(loser_raw)
    for rc in recorded:
        if rc.reason != "edit" or rc.fields != unit:
            continue
        for side in (rc.kept_stamp, rc.lost_stamp):
            if key(side) != lost and knew(side, lost):
                return True
    return False


def _superseded(incoming: Record, recorded: Sequence[RecordedConflict]
                ) -> list[tuple[str, list[Any]]]:
    """The open conflicts that the incoming copy's changes were made in knowledge of."""
    out = []
    for rc in recorded:
        if not rc.open:
            continue
        edit = rc.reason == "edit"
        raw = raw_of(incoming.field_versions, rc.fields[0] if edit else DELETED)
        stamp, lost, kept = key(raw), key(rc.lost_stamp), key(rc.kept_stamp)
        if stamp in (lost, kept) or not knew(raw, lost):
            continue
        if edit or knew(raw, kept):
            out.append((rc.id, raw))
    return out


def _delete_meets_edit(local: Record, incoming: Record) -> list[Conflict]:
    """A tombstone made without seeing an edit of the other copy: a conflict to look at.

    The record stays deleted (tombstones win) and keeps the edited values, so restoring
    it brings them back.
    """
    out = []
    for deleter, editor, side in ((incoming, local, "ours"), (local, incoming, "theirs")):
        if not deleter.deleted:
            continue
        tomb_raw = raw_of(deleter.field_versions, DELETED)
        tomb = key(tomb_raw)
        if knows(editor.seen, tomb) or stamp_of(editor, DELETED) >= tomb:
            continue  # the editor had already seen this delete (it may have restored)
        unseen = [
            unit for unit in units(local.kind)[:-1]
            if stamp_of(editor, unit[0]) != stamp_of(deleter, unit[0])
            and not knew(tomb_raw, stamp_of(editor, unit[0]), deleter.seen)
        ]
        if unseen:
            fields = tuple(n for unit in unseen for n in unit)
            last = max(unseen, key=lambda u: stamp_of(editor, u[0]))
            lost_raw = raw_of(editor.field_versions, last[0])
            out.append(Conflict(
                fields, {DELETED: True}, {n: value(editor, n) for n in fields}, tomb,
                key(lost_raw), side, "delete", tomb_raw, lost_raw,
            ))
    return out
