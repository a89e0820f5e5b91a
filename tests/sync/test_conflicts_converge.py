"""Conflicts converge, as a property of the merge rules (issue 11, item 6).

Three computers of one post edit, delete and restore one record and sync among
themselves in random order, taking snapshots (their packages) as they go; a local
change closes the conflicts of what it changed, as the repository does. Then two HQs
merge the same snapshots in two different orders, keeping conflicts as the database
does (one per losing change, closed when superseded). Afterwards both hold the same
record and the same open conflicts: a conflict open on one is open on the other.
The code under test is ``sync.resolve`` itself, without SQL, so this runs hundreds of
cases; ``test_merge_properties.py`` does the same through real packages.
"""

from __future__ import annotations

import copy
import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from officer_desk.domain.kinds import DISPUTES
from officer_desk.domain.records import Record
from officer_desk.domain.stamps import as_json, key, new_stamp
from officer_desk.storage.conflicts import (
    SAME_VALUE,
    SUPERSEDED,
    RecordedConflict,
    values_json,
)
from officer_desk.sync.resolve import DELETED, resolve, units

NAMES = ("office", "laptop", "laptop2")
EDITABLE = [u for u in units(DISPUTES) if u[0] in ("title_ko", "summary", "stage", "status")]
VALUES = {
    "title_ko": ["특허 분쟁", "상표 분쟁", "C++ <b>&</b>"],
    "summary": ["요약 A", "요약 B", None],
    "stage": ["filed", "hearing", "decision"],
    "stage_date": [dt.date(2025, 1, 1), dt.date(2025, 2, 1)],
    "status": ["open", "closed"],
    "closed_on": [None, dt.date(2025, 3, 1)],
    "outcome": ["pending", "damages"],
}


class Site:
    """One database's copy of the record and its conflicts table."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.clock = 0
        self.record: Record | None = None
        self.conflicts: dict[tuple[str, str], dict] = {}  # (fields, lost stamp) -> row

    def recorded(self) -> list[RecordedConflict]:
        return [RecordedConflict(row["id"], "r", fields, json.loads(row["kept"]),
                                 json.loads(lost), reason, row["resolution"] is None,
                                 json.loads(row["lost"]), row["resolution"])
                for (reason, fields, lost), row in self.conflicts.items()]

    def merge(self, incoming: Record) -> None:
        """As ``sync.merge_writer`` keeps conflicts (one per record, reason, fields and
        losing change; a delete conflict opened again by another tombstone)."""
        incoming = copy.deepcopy(incoming)
        result = resolve(self.record, incoming, self.recorded())
        for c in result.conflicts:
            row = self.conflicts.setdefault((c.reason, c.fields, c.stamp_json("lost")), {
                "id": f"{self.name}-{len(self.conflicts)}", "kept": c.stamp_json("kept"),
                "lost": values_json(DISPUTES, c.lost),
                "resolution": SAME_VALUE if c.settled else None})
            if (c.reason == "delete" and row["resolution"] is not None
                    and row["kept"] != c.stamp_json("kept")):
                row.update(kept=c.stamp_json("kept"), resolution=None)
        by_id = {row["id"]: row for row in self.conflicts.values()}
        for conflict_id, _stamp, how in result.superseded:
            row = by_id[conflict_id]
            if row["resolution"] in (None, SAME_VALUE) and row["resolution"] != how:
                row["resolution"] = how
        for conflict_id in result.reopened:
            if by_id[conflict_id]["resolution"] == SAME_VALUE:
                by_id[conflict_id]["resolution"] = None
        self.record = result.record
        self.clock = max([self.clock, *self.record.seen.values()])

    def change(self, unit: tuple[str, ...], new: dict) -> None:
        record = self.record
        self.clock += 1
        stamp = new_stamp(self.clock, self.name, record.seen)
        for name in unit:
            if name == DELETED:
                record.deleted = new[name]
            else:
                record.values[name] = new[name]
            record.field_versions[name] = stamp
        record.seen[self.name] = self.clock
        record.version, record.origin = self.clock, self.name
        for (reason, fields, _lost), row in self.conflicts.items():  # as the repository
            closes = (reason == "edit" and fields == unit
                      and row["resolution"] in (None, SAME_VALUE)) or (
                unit == (DELETED,) and reason == "delete" and row["resolution"] is None)
            if closes:
                row["resolution"] = SUPERSEDED

    def open_conflicts(self) -> set[tuple[str, str]]:
        """What a person sees: each field's losing values in open conflicts (two
        changes that wrote the same values independently are one value to look at; a
        delete met by edits of two fields is one conflict or two, as they arrived)."""
        return {(name, json.dumps(value)) for row in self.conflicts.values()
                if row["resolution"] is None for name, value in json.loads(row["lost"]).items()}


def created(site: Site) -> Record:
    site.clock += 1
    values = {f.name: None for f in DISPUTES.fields}
    values.update(title_ko="원래 제목", stage="intake", status="open", outcome="pending")
    return Record(
        kind=DISPUTES, id="00000000-0000-4000-8000-00000000000a", post="US", values=values,
        version=site.clock, origin=site.name,
        field_versions={"*": new_stamp(site.clock, site.name, {})},
        seen={site.name: site.clock},
    )


op = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, len(EDITABLE) - 1),
              st.integers(0, 2)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.just(0), st.just(0)),
    st.tuples(st.just("restore"), st.integers(0, 2), st.just(0), st.just(0)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2), st.just(0)),
    st.tuples(st.just("package"), st.integers(0, 2), st.just(0), st.just(0)),
)


def run(ops: list) -> list[Record]:
    sites = [Site(n) for n in NAMES]
    sites[0].record = created(sites[0])
    for other in sites[1:]:
        other.merge(sites[0].record)
    packages = [copy.deepcopy(sites[0].record)]
    for what, i, j, k in ops:
        site = sites[i]
        if what == "sync":
            if i != j:
                sites[j].merge(site.record)
        elif what == "package":
            packages.append(copy.deepcopy(site.record))
        elif what == "edit" and not site.record.deleted:
            unit = EDITABLE[j]
            site.change(unit, {n: VALUES[n][k % len(VALUES[n])] for n in unit})
        elif what == "delete" and not site.record.deleted:
            site.change((DELETED,), {DELETED: True})
        elif what == "restore" and site.record.deleted:
            site.change((DELETED,), {DELETED: False})
    return packages + [copy.deepcopy(s.record) for s in sites]


def state(record: Record) -> tuple:
    return (record.deleted, json.dumps(record.values, sort_keys=True, default=str),
            as_json([record.field_versions[k] for k in sorted(record.field_versions)]),
            tuple(sorted(record.seen.items())))


@settings(max_examples=int(__import__("os").environ.get("CONVERGE_EXAMPLES", 150)), deadline=None)
@given(st.lists(op, max_size=40), st.randoms(use_true_random=False))
def test_two_hqs_merging_the_same_packages_hold_the_same_open_conflicts(ops, rnd):
    packages = run(ops)
    shuffled = list(packages)
    rnd.shuffle(shuffled)
    first, second = Site("hq-1"), Site("hq-2")
    for p in packages:
        first.merge(p)
    for p in shuffled:
        second.merge(p)
    assert state(first.record) == state(second.record)
    assert first.open_conflicts() == second.open_conflicts()
    # merging everything again changes nothing, and raises nothing again
    before = (state(first.record), dict(first.conflicts))
    for p in packages:
        first.merge(p)
    assert (state(first.record), first.conflicts) == before


@settings(max_examples=200, deadline=None)
@given(st.lists(op, max_size=40))
def test_an_open_conflict_is_about_a_value_no_known_change_had_seen(ops):
    """What "open" means: its losing change is not the record's value, and neither the
    record's value nor any other value of the field HQ holds an edit conflict about was
    made after seeing it (a delete conflict is about the tombstone and the edits)."""
    from officer_desk.domain.stamps import knew, raw_of

    hq = Site("hq")
    for p in run(ops):
        hq.merge(p)
    for (reason, fields, lost_json), row in hq.conflicts.items():
        if row["resolution"] is not None or reason != "edit":
            continue
        sides = [json.loads(side) for (r, f, lo), other in hq.conflicts.items()
                 if f == fields and r == "edit" for side in (other["kept"], lo)]
        lost = key(json.loads(lost_json))
        current = raw_of(hq.record.field_versions, fields[0])
        assert key(current) != lost
        assert not knew(current, lost)
        assert not any(key(s) != lost and knew(s, lost) for s in sides)
