"""The merge rules, tested on copies of one record kept by several installations.

Installations edit, delete, restore and pass their copies to each other in random
order; afterwards every copy must be the same whatever the order of the final
exchange, merging twice must change nothing, and every value that lost without its
winner having seen it must have been reported as a conflict somewhere.
"""

from __future__ import annotations

import copy
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from officer_desk.domain.kinds import DISPUTES
from officer_desk.domain.records import Record
from officer_desk.sync.resolve import DELETED, knows, resolve, stamp_of, units

INSTALLATIONS = ("office-pc", "laptop", "hq")
EDITABLE = [u for u in units(DISPUTES) if u[0] in ("title_ko", "summary", "stage", "status")]
VALUES = {
    "title_ko": ["특허 분쟁", "상표 분쟁", "C++ <b>&</b>", ""],
    "summary": ["요약 A", "요약 B", None],
    "stage": ["filed", "hearing", "decision"],
    "stage_date": [dt.date(2025, 1, 1), dt.date(2025, 2, 1)],
    "status": ["open", "closed"],
    "closed_on": [None, dt.date(2025, 3, 1)],
    "outcome": ["pending", "damages"],
}


class Copy:
    def __init__(self, name: str) -> None:
        self.name = name
        self.record: Record | None = None
        self.clock = 0

    def stamp(self) -> int:
        self.clock += 1
        return self.clock

    def observe(self, record: Record) -> None:
        self.clock = max([self.clock, *record.seen.values()])


def create(owner: Copy) -> Record:
    counter = owner.stamp()
    values = {f.name: None for f in DISPUTES.fields}
    values.update(title_ko="원래 제목", stage="intake", status="open", outcome="pending")
    return Record(
        kind=DISPUTES, id="00000000-0000-4000-8000-00000000000a", post="US", values=values,
        version=counter, origin=owner.name, field_versions={"*": [counter, owner.name]},
        seen={owner.name: counter},
    )


def local_change(copy_: Copy, unit: tuple[str, ...], new: dict, writes: list) -> None:
    record = copy_.record
    knowledge = dict(record.seen)
    counter = copy_.stamp()
    for name in unit:
        if name == DELETED:
            record.deleted = new[name]
        else:
            record.values[name] = new[name]
        record.field_versions[name] = [counter, copy_.name]
    record.seen[copy_.name] = counter
    record.version, record.origin = counter, copy_.name
    writes.append((unit, (counter, copy_.name), dict(new), knowledge))


def merge_into(target: Copy, source: Copy, conflicts: list) -> None:
    if source.record is None:
        return
    incoming = copy.deepcopy(source.record)
    result = resolve(target.record, incoming)
    conflicts.extend(result.conflicts)
    target.record = result.record
    target.observe(target.record)


def state(record: Record) -> tuple:
    return (
        record.deleted, tuple(sorted((k, str(v)) for k, v in record.values.items())),
        tuple(sorted((k, tuple(v)) for k, v in record.field_versions.items())),
        tuple(sorted(record.seen.items())), record.version,
    )


op = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, len(EDITABLE) - 1),
              st.integers(0, 3)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.just(0), st.just(0)),
    st.tuples(st.just("restore"), st.integers(0, 2), st.just(0), st.just(0)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2), st.just(0)),
)


def run(ops):
    copies = [Copy(n) for n in INSTALLATIONS]
    copies[0].record = create(copies[0])
    writes: list = []
    conflicts: list = []
    for kind_of_op, i, j, k in ops:
        c = copies[i]
        if kind_of_op == "sync":
            merge_into(copies[j], c, conflicts)
            continue
        if c.record is None:
            continue
        if kind_of_op == "edit" and not c.record.deleted:
            unit = EDITABLE[j]
            local_change(c, unit, {n: VALUES[n][k % len(VALUES[n])] for n in unit}, writes)
        elif kind_of_op == "delete" and not c.record.deleted:
            local_change(c, (DELETED,), {DELETED: True}, writes)
        elif kind_of_op == "restore" and c.record.deleted:
            local_change(c, (DELETED,), {DELETED: False}, writes)
    return copies, writes, conflicts


def exchange_all(copies, order, conflicts):
    for _ in range(2):
        for i in order:
            for j in order:
                if i != j:
                    merge_into(copies[j], copies[i], conflicts)


@settings(max_examples=400, deadline=None)
@given(st.lists(op, max_size=40), st.permutations([0, 1, 2]))
def test_copies_converge_whatever_the_order(ops, order):
    first, _, _ = run(ops)
    second = copy.deepcopy(first)
    exchange_all(first, [0, 1, 2], [])
    exchange_all(second, order, [])
    states = {state(c.record) for c in first + second}
    assert len(states) == 1


@settings(max_examples=300, deadline=None)
@given(st.lists(op, max_size=40))
def test_merging_the_same_copy_twice_changes_nothing(ops):
    copies, _, _ = run(ops)
    target, source = copies[2], copies[0]
    merge_into(target, source, [])
    before = state(target.record)
    again: list = []
    merge_into(target, source, again)
    assert state(target.record) == before and again == []


@settings(max_examples=400, deadline=None)
@given(st.lists(op, max_size=40), st.permutations([0, 1, 2]))
def test_no_value_is_lost_silently(ops, order):
    copies, writes, conflicts = run(ops)
    exchange_all(copies, order, conflicts)
    final = copies[0].record
    lost_stamps = {c.lost_stamp for c in conflicts}
    for unit, stamp, values, _knowledge in writes:
        if unit == (DELETED,) or stamp == stamp_of(final, unit[0]):
            continue
        superseded = any(
            other_unit == unit and other_stamp != stamp and knows(other_knowledge, stamp)
            for other_unit, other_stamp, _v, other_knowledge in writes
        )
        same_as_final = all(values[n] == final.values.get(n) for n in unit)
        assert superseded or same_as_final or stamp in lost_stamps, (unit, stamp, values)


@settings(max_examples=300, deadline=None)
@given(st.lists(op, max_size=30))
def test_a_stale_copy_never_brings_a_deleted_record_back(ops):
    copies, _, _ = run(ops)
    stale = copy.deepcopy(copies[1])
    exchange_all(copies, [0, 1, 2], [])
    holder = copies[0]
    if holder.record.deleted:
        merge_into(holder, stale, [])
        assert holder.record.deleted


def test_different_fields_edited_on_two_computers_both_survive():
    office, laptop = Copy("office-pc"), Copy("laptop")
    office.record = create(office)
    merge_into(laptop, office, [])
    writes: list = []
    local_change(office, ("summary",), {"summary": "사무실에서 작성"}, writes)
    local_change(laptop, ("stage", "stage_date"),
                 {"stage": "hearing", "stage_date": dt.date(2025, 2, 1)}, writes)
    conflicts: list = []
    merge_into(office, laptop, conflicts)
    assert office.record.values["summary"] == "사무실에서 작성"
    assert office.record.values["stage"] == "hearing"
    assert conflicts == []


def test_same_field_edited_on_two_computers_is_a_conflict_with_both_values():
    office, laptop = Copy("office-pc"), Copy("laptop")
    office.record = create(office)
    merge_into(laptop, office, [])
    writes: list = []
    local_change(office, ("summary",), {"summary": "사무실 요약"}, writes)
    local_change(laptop, ("summary",), {"summary": "출장 중 요약"}, writes)
    conflicts: list = []
    merge_into(office, laptop, conflicts)
    [conflict] = conflicts
    assert {conflict.kept["summary"], conflict.lost["summary"]} == {"사무실 요약", "출장 중 요약"}
    assert conflict.reason == "edit"


def test_delete_meeting_an_unseen_edit_is_a_conflict_and_stays_deleted():
    office, laptop = Copy("office-pc"), Copy("laptop")
    office.record = create(office)
    merge_into(laptop, office, [])
    writes: list = []
    local_change(office, (DELETED,), {DELETED: True}, writes)
    local_change(laptop, ("summary",), {"summary": "삭제된 줄 모르고 수정"}, writes)
    conflicts: list = []
    merge_into(office, laptop, conflicts)
    assert office.record.deleted
    assert office.record.values["summary"] == "삭제된 줄 모르고 수정"
    assert [c.reason for c in conflicts] == ["delete"]


def _shift(record: Record, years: int) -> Record:
    shifted = copy.deepcopy(record)
    for attr in ("created_at", "updated_at"):
        value = getattr(shifted, attr) or "2025-01-01T00:00:00.000000Z"
        setattr(shifted, attr, f"{int(value[:4]) + years:04d}{value[4:]}")
    return shifted


@settings(max_examples=300, deadline=None)
@given(st.lists(op, max_size=30), st.integers(-30, 30))
def test_shifting_a_computers_clock_changes_nothing(ops, years):
    copies, _, _ = run(ops)
    a, b = copies[0].record, copies[1].record
    if a is None or b is None:
        return
    plain = resolve(copy.deepcopy(a), copy.deepcopy(b))
    shifted = resolve(copy.deepcopy(a), _shift(b, years))
    assert plain.outcome == shifted.outcome
    assert plain.record.values == shifted.record.values
    assert plain.record.deleted == shifted.record.deleted
    assert plain.record.field_versions == shifted.record.field_versions
    assert [c.lost_stamp for c in plain.conflicts] == [c.lost_stamp for c in shifted.conflicts]
