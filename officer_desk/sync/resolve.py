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
  had seen the conflict's losing value: its author decided knowing it; if that change
  had not seen the kept value too, the two meet as a new conflict. It is closed too
  when the record holds the losing value again (made independently): nothing is
  lost. A delete conflict (a tombstone over an edit its author had not seen) closes
  when the record is live again (restored: the edit is in it) or the tombstone in
  force is a later one whose author had seen the edit.

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
from officer_desk.domain.stamps import CREATED, Stamp, as_json, context, key, knew, raw_of
from officer_desk.domain.validation import check_record, rule_fields
from officer_desk.storage.conflicts import (
    SAME_VALUE,
    SUPERSEDED,
    RecordedConflict,
    values_json,
)

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
    #: the loser had the winner's values: nothing to look at, but it is recorded
    #: (closed) so that what its author had seen is still known here
    settled: bool = False

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
    #: conflicts of this database to close: (conflict id, the raw stamp of the change
    #: that closed it, SUPERSEDED or SAME_VALUE)
    superseded: list[tuple[str, list[Any], str]] = field(default_factory=list)
    #: conflicts closed for holding the same value, whose value the record lost again
    reopened: list[str] = field(default_factory=list)


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
        added = Resolution("added", incoming)
        if incoming.deleted:  # it may carry an edit its tombstone had not seen
            added.conflicts = _delete_meets_edit(None, incoming, incoming)
        return added
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
        if (not knew(winner_raw, key(loser_raw), winner_seen)
                and not _dominated(loser_raw, unit, recorded)):
            result.conflicts.append(Conflict(
                unit, kept, lost, key(winner_raw), key(loser_raw),
                "ours" if take_theirs else "theirs", "edit", winner_raw, loser_raw,
                settled=kept == lost,
            ))
    if result.changed:
        _keep_rules(local, incoming, result)
    if merged.deleted:  # a restore that won leaves nothing hidden
        result.conflicts += _delete_meets_edit(local, incoming, merged)
    _superseded(incoming, merged, recorded, result)
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
    # a conflict is one per losing change; here several values share one stamp, so the
    # losing values' digest tells them apart (after the context: the stamp reads alike)
    digest = hashlib.sha256(_order(local if take_theirs else incoming, unit).encode())
    loser_raw = [*loser_raw[:2], dict(context(loser_raw) or {}),
                 {"value": digest.hexdigest()[:16]}]
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


def _superseded(incoming: Record, merged: Record, recorded: Sequence[RecordedConflict],
                result: Resolution) -> None:
    """The conflicts to close (or open again) now that ``incoming`` is known here.

    An edit conflict closes for good when a change of its field arrives whose author
    had seen the losing value; it closes as "same value" while the record holds the
    losing values (made independently: nothing is lost), and opens again if the
    record's value changes to another without anyone having seen the losing change.
    A delete conflict (a tombstone, kept, over an edit, lost) closes when the record is
    live again (restored: the edit is in it), when the tombstone in force is a later
    one whose author had seen the edit, or when the edit is no longer the record's
    value (a later edit replaced it: what became of it is that edit's business, an
    edit conflict of its own if it had not seen it).
    """
    for rc in recorded:
        if rc.reason != "edit":
            if rc.open:
                _delete_superseded(merged, rc, result)
            continue
        if not (rc.open or rc.resolution == SAME_VALUE):
            continue
        raw = raw_of(incoming.field_versions, rc.fields[0])
        now = raw_of(merged.field_versions, rc.fields[0])
        lost = key(rc.lost_stamp)
        if key(raw) not in (lost, key(rc.kept_stamp)) and knew(raw, lost):
            result.superseded.append((rc.id, raw, SUPERSEDED))
        elif _holds(merged, rc):
            if rc.open:
                result.superseded.append((rc.id, now, SAME_VALUE))
        elif not rc.open and not knew(now, lost) and not _dominated(
                rc.lost_stamp, rc.fields, recorded):
            result.reopened.append(rc.id)


def _delete_superseded(merged: Record, rc: RecordedConflict, result: Resolution) -> None:
    tomb = raw_of(merged.field_versions, DELETED)
    now = raw_of(merged.field_versions, rc.fields[0])
    lost = key(rc.lost_stamp)
    if not merged.deleted or (key(tomb) != key(rc.kept_stamp) and knew(tomb, lost)):
        result.superseded.append((rc.id, tomb, SUPERSEDED))
    elif key(now) != lost:
        result.superseded.append((rc.id, now, SUPERSEDED))


def _holds(record: Record, rc: RecordedConflict) -> bool:
    """Does the record hold the conflict's losing values (file contents aside)?"""
    kind = record.kind
    if not rc.lost_values or any(
            kind.has_field(n) and kind.field(n).type.value == "blob" for n in rc.fields):
        return False
    now = json.loads(values_json(kind, {n: value(record, n) for n in rc.fields}))
    return bool(now == rc.lost_values)


def _delete_meets_edit(local: Record | None, incoming: Record, merged: Record
                       ) -> list[Conflict]:
    """Edits that the tombstone in force was made without seeing: conflicts to look at.

    The record stays deleted (tombstones win) and keeps the edited values, so restoring
    it brings them back. One conflict per merge unit, raised where the tombstone and
    the edit first meet in this database (a later merge of the same pair adds none).
    """
    tomb_raw = raw_of(merged.field_versions, DELETED)
    tomb = key(tomb_raw)
    mine = local if local is not None else incoming
    tomb_seen = incoming.seen if stamp_of(incoming, DELETED) == tomb else mine.seen
    was_hidden = local is not None and local.deleted and stamp_of(local, DELETED) == tomb
    out = []
    for unit in units(merged.kind)[:-1]:
        edit_raw = raw_of(merged.field_versions, unit[0])
        edit = key(edit_raw)
        if knew(tomb_raw, edit, tomb_seen):
            continue
        if was_hidden and stamp_of(local, unit[0]) == edit:
            continue  # this tombstone already met this edit here
        side = "theirs" if local is None or (
            stamp_of(incoming, unit[0]) == edit != stamp_of(local, unit[0])) else "ours"
        out.append(Conflict(
            unit, {DELETED: True}, {n: value(merged, n) for n in unit}, tomb, edit, side,
            "delete", tomb_raw, edit_raw,
        ))
    return out


def _broken(record: Record, local: Record, incoming: Record) -> list[Any]:
    """The rules of ``check_record`` the merged record breaks and neither copy did."""
    kind = record.kind
    had = {(e.field, e.code) for side in (local, incoming)
           for e in check_record(kind, side.values)}
    return [e for e in check_record(kind, record.values) if (e.field, e.code) not in had]


def _keep_rules(local: Record, incoming: Record, result: Resolution) -> None:
    """Changes of different units, each valid, may together break a rule neither copy
    broke (a closing date from one computer before an opening date from the other; a
    Korean title cleared on one and the English one on the other). The record stored
    is never such a mix: the units the broken rules depend on are taken together from
    one copy — the one whose latest change of them is the later (stamps, so every
    database picks the same) — and each of the other copy's values they replace is
    kept as a conflict for a person to settle. Repeated while a rule is still broken,
    with the units that rule depends on added (at most every unit: the chosen copy's
    own record, which passed the checks).
    """
    merged, kind = result.record, local.kind
    involved: set[tuple[str, ...]] = set()
    while broken := _broken(merged, local, incoming):
        names = {n for e in broken for n in rule_fields(kind, e)}
        grown = involved | {u for u in units(kind) if u != (DELETED,) and set(u) & names}
        if grown == involved:
            return  # cannot happen: every unit is then one copy's (kept as found)
        involved = grown
        ours = max(stamp_of(local, u[0]) for u in involved)
        theirs = max(stamp_of(incoming, u[0]) for u in involved)
        winner, loser = (incoming, local) if theirs > ours else (local, incoming)
        for unit in sorted(involved):
            _unit_from(winner, loser, unit, local, result)


def _unit_from(winner: Record, loser: Record, unit: tuple[str, ...], local: Record,
               result: Resolution) -> None:
    """Set ``unit`` of the merged record to ``winner``'s, and keep ``loser``'s value of
    it as a conflict when the two differ (replacing the unit's usual conflict)."""
    merged = result.record
    raw = raw_of(winner.field_versions, unit[0])
    if key(raw_of(merged.field_versions, unit[0])) == key(raw) and all(
            value(merged, n) == value(winner, n) for n in unit):
        return  # the unit is the winner's already, with its usual conflict if any
    for n in unit:
        new = value(winner, n)
        merged.values[n] = new
        merged.field_versions[n] = _copy(raw)
        if new != value(local, n):
            result.changed[n] = (value(local, n), new)
        else:
            result.changed.pop(n, None)
    result.conflicts = [c for c in result.conflicts if c.fields != unit]
    kept = {n: value(winner, n) for n in unit}
    lost = {n: value(loser, n) for n in unit}
    loser_raw = raw_of(loser.field_versions, unit[0])
    if kept != lost and not knew(raw, key(loser_raw), winner.seen):
        result.conflicts.append(Conflict(
            unit, kept, lost, key(raw), key(loser_raw),
            "ours" if loser is local else "theirs", "edit", raw, loser_raw,
        ))
