"""How two copies of one record become one: the merge rules, without any SQL.

Each merge unit (a field, or fields that change together, or the tombstone) keeps the
stamp ``(counter, installation)`` of its last change. Counters are Lamport clocks, so a
change made after seeing another always has the larger stamp: the value with the
larger stamp wins, whatever order copies arrive in, and merging the same copy twice
changes nothing.

Whether the losing value is a *conflict* depends on what its winner knew. A copy's
``seen`` vector says, per installation, the highest counter of that installation's
changes it has seen. If the winning copy had seen the losing change, the loser was
simply superseded; if not, both were made without knowing of each other, and the
loser is kept as a conflict for a person to look at. A tombstone that meets an edit
its author had not seen is a conflict too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from officer_desk.domain.kinds import RecordKind
from officer_desk.domain.records import Record

Stamp = tuple[int, str]
DELETED = "deleted"
CREATED = "*"


def stamp_of(record: Record, name: str) -> Stamp:
    raw = record.field_versions.get(name) or record.field_versions[CREATED]
    return int(raw[0]), str(raw[1])


def knows(seen: dict[str, int], stamp: Stamp) -> bool:
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


@dataclass
class Resolution:
    """What merging ``incoming`` into ``local`` does to the local record."""

    outcome: str  # added, updated, unchanged
    record: Record  # the merged record (the local one, changed in place, or incoming)
    changed: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # name -> (old, new)
    conflicts: list[Conflict] = field(default_factory=list)


def _merge_seen(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        if v > out.get(k, 0):
            out[k] = v
    return dict(sorted(out.items()))


def resolve(local: Record | None, incoming: Record) -> Resolution:
    """Merge ``incoming`` into ``local`` (None: the target does not have it yet).

    ``local`` is not modified; the merged record is ``Resolution.record``.
    """
    if local is None:
        return Resolution("added", incoming)
    if all(knows(local.seen, (c, i)) for i, c in incoming.seen.items()):
        return Resolution("unchanged", local)  # nothing in it that we have not seen
    merged = Record(
        kind=local.kind, id=local.id, post=local.post, values=dict(local.values),
        version=local.version, origin=local.origin, deleted=local.deleted,
        created_at=local.created_at, updated_at=local.updated_at,
        field_versions={k: list(v) for k, v in local.field_versions.items()},
        seen=_merge_seen(local.seen, incoming.seen),
    )
    result = Resolution("unchanged", merged)
    for unit in units(local.kind):
        ours, theirs = stamp_of(local, unit[0]), stamp_of(incoming, unit[0])
        if ours == theirs:
            continue
        take_theirs = theirs > ours
        if take_theirs:
            for n in unit:
                old, new = value(local, n), value(incoming, n)
                if old != new:
                    result.changed[n] = (old, new)
                _set(merged, n, new, theirs)
        if unit == (DELETED,):
            continue  # a tombstone's conflicts are the edits it met, below
        winner, loser = (theirs, ours) if take_theirs else (ours, theirs)
        winner_seen = incoming.seen if take_theirs else local.seen
        kept = {n: value(incoming if take_theirs else local, n) for n in unit}
        lost = {n: value(local if take_theirs else incoming, n) for n in unit}
        if not knows(winner_seen, loser) and kept != lost:
            result.conflicts.append(Conflict(
                unit, kept, lost, winner, loser, "ours" if take_theirs else "theirs", "edit",
            ))
    result.conflicts += _delete_meets_edit(local, incoming)
    # display only, but the same whatever the order: the later of the two times
    merged.updated_at = max(local.updated_at, incoming.updated_at)
    top = max(stamp_of(merged, n) for n in merged.field_versions)
    if (merged.version, merged.origin) < top:
        merged.version, merged.origin = top
    if result.changed:
        result.outcome = "updated"
    return result


def _set(record: Record, name: str, new: Any, stamp: Stamp) -> None:
    if name == DELETED:
        record.deleted = bool(new)
    else:
        record.values[name] = new
    record.field_versions[name] = [stamp[0], stamp[1]]


def _delete_meets_edit(local: Record, incoming: Record) -> list[Conflict]:
    """A tombstone made without seeing an edit of the other copy: a conflict to look at.

    The record stays deleted (tombstones win) and keeps the edited values, so restoring
    it brings them back.
    """
    out = []
    for deleter, editor, side in ((incoming, local, "ours"), (local, incoming, "theirs")):
        if not deleter.deleted:
            continue
        tomb = stamp_of(deleter, DELETED)
        if knows(editor.seen, tomb) or stamp_of(editor, DELETED) >= tomb:
            continue  # the editor had already seen this delete (it may have restored)
        unseen = [
            unit for unit in units(local.kind)[:-1]
            if stamp_of(editor, unit[0]) != stamp_of(deleter, unit[0])
            and not knows(deleter.seen, stamp_of(editor, unit[0]))
        ]
        if unseen:
            fields = tuple(n for unit in unseen for n in unit)
            out.append(Conflict(
                fields, {DELETED: True}, {n: value(editor, n) for n in fields}, tomb,
                max(stamp_of(editor, unit[0]) for unit in unseen), side, "delete",
            ))
    return out
