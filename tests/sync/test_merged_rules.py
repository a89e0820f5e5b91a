"""Two computers' changes of different fields, each valid, that together would break a
rule (issue s27, 2): the merge never stores the mix.

The office PC closes the dispute on 2024-04-01 while its laptop, without seeing that,
moves the opening date to 2024-06-01: field by field, the merge would store a dispute
closed before it was opened. The fields a rule ties (the opening date; status with
closing date and outcome; the Korean and English titles) merge as one: they come
together from the copy holding the latest change of any of them — the same choice on
every computer, whatever the order — and the other copy's unseen values are kept as
conflicts for a person to settle. The property at the end checks, over generated
edits on three computers and packages merged in two orders, that no merged record
breaks a rule and both HQs hold the same record and the same open conflicts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from computers import Computers

from officer_desk.domain.errors import ValidationError
from officer_desk.domain.kinds import DISPUTES
from officer_desk.domain.validation import check_record
from officer_desk.services import records
from officer_desk.services.conflicts import list_conflicts, resolve_conflict


@pytest.fixture
def computers(desk, hq_desk, tmp_path, monkeypatch):
    c = Computers(tmp_path, monkeypatch)
    c.add("office", desk, tmp_path / "home")
    c.add("hq", hq_desk, tmp_path / "home")
    yield c
    c.close()


def _everywhere(c: Computers, record_id: str, laptop_pkg, office_pkg) -> None:
    """HQ merges laptop then office; the office merges the laptop's; the laptop the
    office's."""
    assert c.merge("hq", laptop_pkg).ok
    for target, path in (("hq", office_pkg), ("office", laptop_pkg), ("laptop", office_pkg)):
        report = c.merge(target, path)
        assert report.ok, report.reason
        assert report.conflicts == 1, (target, report)


def _values(c: Computers, name: str, record_id: str) -> dict:
    return dict(records.get(c.desks[name], record_id).values)


def test_a_closing_date_before_the_other_computers_opening_date_is_a_conflict(
        computers, dispute):
    c = computers
    c.copy("office", "laptop")
    records.update(c.act("laptop"), dispute.id, {"opened_on": dt.date(2024, 6, 1)})
    office = c.act("office")
    for n in range(3):  # the office's counter runs ahead: its change is the later
        records.update(office, dispute.id, {"forum": f"법원 {n}"})
    records.update(office, dispute.id, {"status": "closed", "closed_on": dt.date(2024, 4, 1),
                                        "outcome": "settled_licensed"})
    laptop_pkg, office_pkg = c.package("laptop"), c.package("office")
    _everywhere(c, dispute.id, laptop_pkg, office_pkg)
    seen = [_values(c, name, dispute.id) for name in ("hq", "office", "laptop")]
    assert seen[0] == seen[1] == seen[2]  # the same record on every computer
    merged = seen[0]
    assert check_record(DISPUTES, merged) == []
    assert merged["opened_on"] == dt.date(2024, 3, 1)  # the office's copy of it
    assert (merged["status"], merged["closed_on"]) == ("closed", dt.date(2024, 4, 1))
    for name in ("hq", "office", "laptop"):
        (conflict,) = [x for x in list_conflicts(c.desks[name]) if x.record_id == dispute.id]
        assert conflict.fields == ["opened_on"]
        lost = conflict.theirs if conflict.kept == "ours" else conflict.ours
        assert lost == {"opened_on": "2024-06-01"}, name
    # keeping the laptop's date alone would break the rule: the person is told so
    (conflict,) = list_conflicts(c.desks["office"])
    lost_side = "theirs" if conflict.kept == "ours" else "ours"
    with pytest.raises(ValidationError) as e:
        resolve_conflict(c.act("office"), conflict.id, lost_side)
    assert "Closed cannot be before Opened" in str(e.value)
    assert "종결일: 접수일보다 앞설 수 없습니다" in e.value.message("ko")
    # a date the person chooses that fits settles it, and it travels
    resolve_conflict(c.desks["office"], conflict.id, "edited",
                     {"opened_on": dt.date(2024, 2, 1)})
    assert c.merge("hq", c.package("office")).ok
    assert _values(c, "hq", dispute.id)["opened_on"] == dt.date(2024, 2, 1)
    assert not [x for x in list_conflicts(c.desks["hq"]) if x.record_id == dispute.id]


def test_both_titles_cleared_on_two_computers_keep_one(computers, dispute):
    """The laptop clears the Korean title, the office the English one: the record keeps
    the office's pair (its change is the later) and the laptop's clearing is a conflict."""
    c = computers
    c.copy("office", "laptop")
    records.update(c.act("laptop"), dispute.id, {"title_ko": None})
    office = c.act("office")
    for n in range(3):
        records.update(office, dispute.id, {"forum": f"법원 {n}"})
    records.update(office, dispute.id, {"title_en": None})
    laptop_pkg, office_pkg = c.package("laptop"), c.package("office")
    _everywhere(c, dispute.id, laptop_pkg, office_pkg)
    for name in ("hq", "office", "laptop"):
        values = _values(c, name, dispute.id)
        assert check_record(DISPUTES, values) == []
        assert values["title_ko"] == dispute.values["title_ko"]
        assert values["title_en"] is None
        (conflict,) = [x for x in list_conflicts(c.desks[name]) if x.record_id == dispute.id]
        assert conflict.fields == ["title_ko"]


def test_the_same_packages_in_the_other_order_give_the_same_record(computers, dispute):
    c = computers
    c.copy("office", "laptop")
    records.update(c.act("laptop"), dispute.id, {"opened_on": dt.date(2024, 6, 1)})
    office = c.act("office")
    for n in range(3):
        records.update(office, dispute.id, {"forum": f"법원 {n}"})
    records.update(office, dispute.id, {"status": "closed", "closed_on": dt.date(2024, 4, 1),
                                        "outcome": "settled_licensed"})
    laptop_pkg, office_pkg = c.package("laptop"), c.package("office")
    assert c.merge("hq", office_pkg).ok
    assert c.merge("hq", laptop_pkg).conflicts == 1
    assert c.merge("hq", laptop_pkg).outcome == "already merged"
    values = _values(c, "hq", dispute.id)
    assert values["opened_on"] == dt.date(2024, 3, 1)
    assert values["closed_on"] == dt.date(2024, 4, 1)
    assert len(list_conflicts(c.desks["hq"])) == 1


# -- as a property of the merge rules (sync.resolve, without SQL) -------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from test_conflicts_converge import Site, created, state  # noqa: E402

from officer_desk.sync.resolve import units  # noqa: E402

#: Units whose values, each valid on its own computer, can break a rule together.
RULE_UNITS = [u for u in units(DISPUTES) if u[0] in ("opened_on", "status", "title_ko",
                                                      "title_en")]
RULE_VALUES = {
    "opened_on": [dt.date(2024, 1, 1), dt.date(2024, 6, 1), dt.date(2024, 9, 1)],
    "status": ["open", "closed", "closed"],
    "closed_on": [None, dt.date(2024, 4, 1), dt.date(2024, 8, 1)],
    "outcome": ["pending", "settled_licensed", "damages"],
    "title_ko": ["한국어 제목", None, "다른 제목"],
    "title_en": ["English title", None, "Another title"],
}

SITES = int(__import__("os").environ.get("RULE_SITES", 3))
rule_op = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, SITES - 1),
              st.integers(0, len(RULE_UNITS) - 1), st.integers(0, 2)),
    st.tuples(st.just("sync"), st.integers(0, SITES - 1), st.integers(0, SITES - 1),
              st.just(0)),
    st.tuples(st.just("package"), st.integers(0, SITES - 1), st.just(0), st.just(0)),
)


def _rule_run(ops: list) -> list:
    import copy

    sites = [Site(n) for n in ("office", "laptop", "laptop2")[:SITES]]
    sites[0].record = created(sites[0])
    sites[0].record.values.update(
        opened_on=dt.date(2024, 3, 1), title_en="Original", ip_type="patent",
        dispute_kind="infringement_suit", company_id="00000000-0000-4000-8000-0000000000c0",
        sensitivity="internal")
    assert check_record(DISPUTES, sites[0].record.values) == []
    for other in sites[1:]:
        other.merge(sites[0].record)
    packages = [copy.deepcopy(sites[0].record)]
    for what, i, j, k in ops:
        site = sites[i]
        if what == "sync" and i != j:
            sites[j].merge(site.record)
        elif what == "package":
            packages.append(copy.deepcopy(site.record))
        elif what == "edit":
            unit = RULE_UNITS[j]
            new = {n: RULE_VALUES[n][k] for n in unit}
            if not check_record(DISPUTES, {**site.record.values, **new}):  # as the editor
                site.change(unit, new)
    return packages + [copy.deepcopy(s.record) for s in sites]


@settings(max_examples=int(__import__("os").environ.get("CONVERGE_EXAMPLES", 150)),
          deadline=None)
@given(st.lists(rule_op, max_size=30), st.randoms(use_true_random=False))
def test_merged_records_break_no_rule_and_converge_in_any_order(ops, rnd):
    packages = _rule_run(ops)
    shuffled = list(packages)
    rnd.shuffle(shuffled)
    first, second = Site("hq-1"), Site("hq-2")
    for p in packages:
        first.merge(p)
        assert check_record(DISPUTES, first.record.values) == []
    for p in shuffled:
        second.merge(p)
        assert check_record(DISPUTES, second.record.values) == []
    assert state(first.record) == state(second.record)
    assert first.open_conflicts() == second.open_conflicts()
    before = (state(first.record), dict(first.conflicts))
    for p in packages:
        first.merge(p)
    assert (state(first.record), first.conflicts) == before


def test_a_later_change_of_a_tied_field_closes_the_conflict_here_and_at_hq(computers,
                                                                          dispute):
    """The office, having seen the laptop's opening date (in its conflict), moves the
    closing date instead: that decision closes the conflict at the office and, through
    its package, at HQ."""
    c = computers
    c.copy("office", "laptop")
    records.update(c.act("laptop"), dispute.id, {"opened_on": dt.date(2024, 6, 1)})
    office = c.act("office")
    for n in range(3):
        records.update(office, dispute.id, {"forum": f"법원 {n}"})
    records.update(office, dispute.id, {"status": "closed", "closed_on": dt.date(2024, 4, 1),
                                        "outcome": "settled_licensed"})
    laptop_pkg, office_pkg = c.package("laptop"), c.package("office")
    _everywhere(c, dispute.id, laptop_pkg, office_pkg)
    records.update(c.act("office"), dispute.id, {"closed_on": dt.date(2024, 7, 1)})
    assert list_conflicts(c.desks["office"]) == []
    assert c.merge("hq", c.package("office")).ok
    assert [x for x in list_conflicts(c.desks["hq"]) if x.record_id == dispute.id] == []
    assert _values(c, "hq", dispute.id)["closed_on"] == dt.date(2024, 7, 1)
