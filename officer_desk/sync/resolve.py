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
from officer_desk.domain.validation import rule_groups
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
    groups = tied_units(local.kind)
    for unit in units(local.kind):
        group = groups.get(unit)
        if group is None:
            _merge_unit(local, incoming, unit, recorded, result)
        elif unit == group[0]:
            _merge_group(local, incoming, group, recorded, result)
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


Tied = dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
_TIED: dict[str, Tied] = {}


def tied_units(kind: RecordKind) -> Tied:
    """``_tied_units`` of a kind, worked out once (asked for every record merged)."""
    found = _TIED.get(kind.name)
    if found is None:
        found = _TIED[kind.name] = _tied_units(kind)
    return found


def _tied_units(kind: RecordKind) -> Tied:
    """Merge units whose fields a rule of ``check_record`` ties together (a closing date
    and the opening date it may not precede, with the status that needs it; the Korean
    and English titles of which one is required), each mapped to its whole group.

    Such units merge as one: changes of them on two computers, each valid, could
    otherwise make a record no one made and no check allows (closed on 1 April by the
    office PC, opened on 1 June by the laptop; both titles cleared)."""
    unit_of = {n: u for u in units(kind) for n in u if u != (DELETED,)}
    groups: list[set[tuple[str, ...]]] = []
    for names in rule_groups(kind):
        found = {unit_of[n] for n in names if n in unit_of}
        for g in [g for g in groups if g & found]:
            groups.remove(g)
            found |= g
        groups.append(found)
    order = {u: i for i, u in enumerate(units(kind))}
    out: Tied = {}
    for g in groups:
        if len(g) > 1:
            ordered = tuple(sorted(g, key=order.__getitem__))
            out.update({u: ordered for u in ordered})
    return out


def _merge_group(local: Record, incoming: Record, group: tuple[tuple[str, ...], ...],
                 recorded: Sequence[RecordedConflict], result: Resolution) -> None:
    """Tied units (``tied_units``) come together from the copy holding the latest change
    of any of them: a larger stamp, as for one unit, so the result is the same in any
    order. A value of the other copy that its winner's author had not seen is kept as
    a conflict, as for one unit."""
    ours = max(stamp_of(local, u[0]) for u in group)
    theirs = max(stamp_of(incoming, u[0]) for u in group)
    if ours == theirs:  # the same latest change: unit by unit, as ever
        for unit in group:
            _merge_unit(local, incoming, unit, recorded, result)
        return
    winner = incoming if theirs > ours else local
    loser = local if winner is incoming else incoming
    top = next(raw_of(winner.field_versions, u[0]) for u in group
               if stamp_of(winner, u[0]) == max(ours, theirs))
    loser_top = next(raw_of(loser.field_versions, u[0]) for u in group
                     if stamp_of(loser, u[0]) == min(ours, theirs))
    for unit in group:
        _merge_unit(local, incoming, unit, recorded, result, take_theirs=theirs > ours,
                    top=top, loser_top=loser_top)


def _merge_unit(local: Record, incoming: Record, unit: tuple[str, ...],
                recorded: Sequence[RecordedConflict], result: Resolution, *,
                take_theirs: bool | None = None, top: list[Any] | None = None,
                loser_top: list[Any] | None = None) -> None:
    """One unit: the larger stamp wins (or the side ``take_theirs`` says, for a group
    whose latest changes are ``top`` and, on the losing copy, ``loser_top``), the loser
    kept as a conflict when the winner's author had not seen it."""
    ours_raw = raw_of(local.field_versions, unit[0])
    theirs_raw = raw_of(incoming.field_versions, unit[0])
    ours, theirs = key(ours_raw), key(theirs_raw)
    if ours == theirs:
        _same_stamp(local, incoming, unit, ours_raw, theirs_raw, result)
        return
    if take_theirs is None:
        take_theirs = theirs > ours
    if take_theirs:
        _take(local, incoming, unit, theirs_raw, result)
    if unit == (DELETED,):
        return  # a tombstone's conflicts are the edits it met (_delete_meets_edit)
    winner_raw, loser_raw = (theirs_raw, ours_raw) if take_theirs else (ours_raw, theirs_raw)
    winner_seen = incoming.seen if take_theirs else local.seen
    kept = {n: value(incoming if take_theirs else local, n) for n in unit}
    lost = {n: value(local if take_theirs else incoming, n) for n in unit}
    loser_seen = local.seen if take_theirs else incoming.seen
    seen = knew(winner_raw, key(loser_raw), winner_seen) or (
        top is not None and knew(top, key(loser_raw), winner_seen)) or (
        # the losing copy's own later change of the group was made knowing this value:
        # that decision is the conflict (about its unit), this value one step of it
        loser_top is not None and key(loser_top) != key(loser_raw)
        and knew(loser_top, key(loser_raw), loser_seen))
    if not seen and not _dominated(loser_raw, unit, recorded,
                                   tied_units(local.kind).get(unit)):
        result.conflicts.append(Conflict(
            unit, kept, lost, key(winner_raw), key(loser_raw),
            "ours" if take_theirs else "theirs", "edit", winner_raw, loser_raw,
            settled=kept == lost,
        ))


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
        if raw == merged.field_versions.get(CREATED):
            # a tied unit taken back to its creation (``_merge_group``): stored as every
            # copy that never changed it stores it
            merged.field_versions.pop(n, None)
        else:
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
               recorded: Sequence[RecordedConflict],
               group: tuple[tuple[str, ...], ...] | None = None) -> bool:
    """Had a change this database already holds a conflict about seen the loser? (For
    tied units, a conflict about any unit of the group counts: they merge as one.)"""
    lost = key(loser_raw)
    for rc in recorded:
        if rc.reason != "edit" or (rc.fields != unit and (
                group is None or tuple(rc.fields) not in group)):
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
        group = tied_units(merged.kind).get(tuple(rc.fields))
        if group is not None:  # tied units: the latest change of any of them decides
            raw = max((raw_of(incoming.field_versions, u[0]) for u in group), key=key)
        if key(raw) not in (lost, key(rc.kept_stamp)) and knew(raw, lost):
            result.superseded.append((rc.id, raw, SUPERSEDED))
        elif _holds(merged, rc):
            if rc.open:
                result.superseded.append((rc.id, now, SAME_VALUE))
        elif not rc.open and not knew(now, lost) and not _dominated(
                rc.lost_stamp, rc.fields, recorded, group):
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

