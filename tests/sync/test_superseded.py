"""Conflicts that close everywhere (issue 11, finding 4): a later change made after
seeing a conflict's values supersedes it on every computer that merges it; a change
made without seeing them does not; settling a conflict whose record moved on asks
first."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from computers import Computers, moved_on

from officer_desk.cli import cli
from officer_desk.services import records
from officer_desk.services.conflicts import list_conflicts, resolve_conflict


@pytest.fixture
def computers(desk, hq_desk, tmp_path, monkeypatch):
    c = Computers(tmp_path, monkeypatch)
    c.add("office", desk, tmp_path / "home")
    c.add("hq", hq_desk, tmp_path / "home")
    yield c
    c.close()


def summary(c: Computers, name: str, record_id: str) -> str:
    return records.get(c.desks[name], record_id)["summary"]


def lost_values(desk) -> set[str]:
    """The losing summaries of the open conflicts."""
    return {(e.theirs if e.kept == "ours" else e.ours)["summary"] for e in list_conflicts(desk)}


@pytest.fixture
def two_edits(computers, dispute):
    """The office PC and its laptop edited the same summary without seeing each other;
    HQ, the office and the laptop each merged the other side: a conflict on all three.
    The office's edit has the larger stamp (it applies everywhere)."""
    c = computers
    c.copy("office", "laptop")
    c.act("laptop")
    records.update(c.desks["laptop"], dispute.id, {"summary": "출장 중 요약"})
    office = c.act("office")
    for n in range(3):  # the office's counter runs ahead of the laptop's
        records.update(office, dispute.id, {"forum": f"법원 {n}"})
    records.update(office, dispute.id, {"summary": "사무실 요약"})
    laptop_pkg, office_pkg = c.package("laptop"), c.package("office")
    assert c.merge("hq", laptop_pkg).ok
    for target, path in (("hq", office_pkg), ("office", laptop_pkg), ("laptop", office_pkg)):
        assert c.merge(target, path).conflicts == 1
    for name in ("hq", "office", "laptop"):
        assert summary(c, name, dispute.id) == "사무실 요약"
        assert lost_values(c.desks[name]) == {"출장 중 요약"}
    return c, dispute.id, office_pkg


def test_a_resolution_closes_the_conflict_on_every_computer(two_edits):
    """The issue's case: the office PC keeps an edited value; when its package reaches
    HQ and the laptop, the conflict is closed there too, saying what closed it."""
    c, rid, _ = two_edits
    [entry] = list_conflicts(c.act("office"))
    resolve_conflict(c.desks["office"], entry.id, "edited", {"summary": "합친 요약"})
    resolution = c.package("office")
    for name in ("hq", "laptop"):
        report = c.merge(name, resolution)
        assert summary(c, name, rid) == "합친 요약"
        assert list_conflicts(c.desks[name]) == []
        assert report.ok and report.superseded == 1 and report.conflicts == 0
        [closed] = list_conflicts(c.desks[name], include_resolved=True)
        assert closed.resolution == "superseded"
        assert closed.superseded_package is not None
        assert closed.superseded_package == report.package_id
        assert closed.superseded_stamp[1] == c.desks["office"].repo.author.installation
        assert "package" in closed.resolved_by


def test_the_laptop_cannot_put_the_losing_value_back_afterwards(two_edits):
    """At the laptop, `resolve --keep ours` used to put the laptop's losing value back
    over the agreed one without a word; now the conflict is closed and says why."""
    c, rid, _ = two_edits
    [entry] = list_conflicts(c.act("office"))
    resolve_conflict(c.desks["office"], entry.id, "edited", {"summary": "합친 요약"})
    c.merge("laptop", c.package("office"))
    laptop = c.act("laptop")
    [closed] = list_conflicts(laptop, include_resolved=True)
    path = str(laptop.path)
    laptop.close()
    result = CliRunner().invoke(cli, ["conflicts", path, "resolve", closed.id[:8],
                                      "--keep", "ours"])
    assert result.exit_code == 1
    assert "already closed" in result.output and "superseded" in result.output
    from officer_desk.services.desk import open_desk

    again = open_desk(path)
    try:
        assert records.get(again, rid)["summary"] == "합친 요약"
    finally:
        again.close()


def test_keeping_the_applied_value_closes_it_elsewhere_too(two_edits):
    c, rid, _ = two_edits
    [entry] = list_conflicts(c.act("office"))
    settled = resolve_conflict(c.desks["office"], entry.id, entry.kept)
    confirmation = c.package("office")
    for name in ("hq", "laptop"):
        report = c.merge(name, confirmation)
        assert list_conflicts(c.desks[name]) == []
        assert summary(c, name, rid) == "사무실 요약"
        assert report.superseded == 1
    assert settled.how == "confirmed"


@pytest.fixture
def moved_on_unseen(computers, dispute):
    """As in the issue: HQ and the office hold a conflict (the laptop's summary lost to
    the office's), then a change that saw the office's summary but not the laptop's
    arrives, so the record holds a third value and the conflict is still open."""
    c = computers
    moved_on(c, dispute.id)
    for target in ("hq", "office"):
        assert summary(c, target, dispute.id) == "두 번째 노트북 요약"
        assert lost_values(c.desks[target]) == {"출장 중 요약"}
    return c, dispute.id


def test_settling_a_moved_on_conflict_refuses_without_force(moved_on_unseen):
    """At HQ, `--keep ours` used to say "the record already had it" while the record
    held a third value; at the office, keeping the laptop's value would silently put
    it back over a later one. Both refuse, naming the current value; --force goes on."""
    c, rid = moved_on_unseen
    for name in ("hq", "office"):
        desk = c.act(name)
        [entry] = list_conflicts(desk)
        path = str(desk.path)
        desk.close()
        runner = CliRunner()
        for keep in ("ours", "theirs"):
            refused = runner.invoke(cli, ["conflicts", path, "resolve", entry.id[:8],
                                          "--keep", keep])
            assert refused.exit_code == 1, refused.output
            assert "두 번째 노트북 요약" in refused.output and "--force" in refused.output
            assert "already had it" not in refused.output
        lost_side = "theirs" if entry.kept == "ours" else "ours"
        forced = runner.invoke(cli, ["conflicts", path, "resolve", entry.id[:8],
                                     "--keep", lost_side if name == "office" else entry.kept,
                                     "--force"])
        assert forced.exit_code == 0, forced.output
        from officer_desk.services.desk import open_desk

        c.desks[name] = again = open_desk(path)
        expected = "출장 중 요약" if name == "office" else "두 번째 노트북 요약"
        assert records.get(again, rid)["summary"] == expected
        assert list_conflicts(again) == []
        if name == "hq":
            assert "marked resolved here only" in forced.output


def test_settling_a_moved_on_conflict_is_said_in_korean(moved_on_unseen):
    """The refusal and the settling, with --lang ko: one language on the screen."""
    c, _rid = moved_on_unseen
    desk = c.act("hq")
    [entry] = list_conflicts(desk)
    path = str(desk.path)
    desk.close()
    refused = CliRunner().invoke(cli, ["--lang", "ko", "conflicts", path, "resolve",
                                       entry.id[:8], "--keep", "ours"])
    assert refused.exit_code == 1, refused.output
    [line] = refused.output.splitlines()
    assert line.startswith("오류: ") and "두 번째 노트북 요약" in line
    assert line.endswith("그래도 정리하려면(지금 값을 바꿈) --force를 붙이십시오.")
    assert not re.search(r"\b(the|record|changed|value)\b", line), line
    listed = CliRunner(env={"COLUMNS": "300"}).invoke(
        cli, ["--lang", "ko", "conflicts", path, "list"]).output.splitlines()
    assert listed[0].split() == ["ID", "종류", "기록", "필드", "사유", "우리", "값", "상대", "값",
                                 "적용", "보낸", "곳", "해결"]
    row = listed[2]
    assert row.startswith(f"{entry.id[:8]}  분쟁  ") and "  수정  " in row
    assert ("  우리 값  " if entry.kept == "ours" else "  상대 값  ") in row
    forced = CliRunner().invoke(cli, ["--lang", "ko", "conflicts", path, "resolve",
                                      entry.id[:8], "--keep", entry.kept, "--force"])
    assert forced.exit_code == 0, forced.output
    assert forced.output.splitlines() == [
        f"{entry.id[:8]} 충돌을 해결했습니다: "
        f"{'우리 값' if entry.kept == 'ours' else '상대 값'}을(를) 유지"
        "(이곳에서만 해결로 표시했습니다)",
        "  이 데이터베이스가 바꿀 수 있는 기록이 아닙니다"]


def test_the_service_names_the_current_value(moved_on_unseen):
    from officer_desk.services.conflicts import ConflictMovedOn

    c, rid = moved_on_unseen
    office = c.act("office")
    [entry] = list_conflicts(office)
    lost_side = "theirs" if entry.kept == "ours" else "ours"
    with pytest.raises(ConflictMovedOn) as caught:
        resolve_conflict(office, entry.id, lost_side)
    assert caught.value.current == {"summary": "두 번째 노트북 요약"}
    assert "두 번째 노트북 요약" in caught.value.message("ko")
    assert "출장 중 요약" in str(caught.value)  # what keeping it would put back
    assert summary(c, "office", rid) == "두 번째 노트북 요약"
    assert len(list_conflicts(office)) == 1


def test_a_change_made_before_seeing_the_values_does_not_supersede(computers, dispute):
    """Precision: a second laptop edited the summary before it had seen either side,
    and only merged both sides afterwards (so its record-wide `seen` knows them). Its
    edit has the largest stamp, but it does not close HQ's conflict: it is one more
    concurrent value, and HQ and that laptop show the same open conflicts."""
    c = computers
    c.copy("office", "laptop")
    c.copy("office", "laptop2")
    c.act("laptop")
    records.update(c.desks["laptop"], dispute.id, {"summary": "출장 중 요약"})
    c.act("office")
    records.update(c.desks["office"], dispute.id, {"summary": "사무실 요약"})
    laptop2 = c.act("laptop2")
    for n in range(5):  # its counter runs ahead: its edit has the largest stamp
        records.update(laptop2, dispute.id, {"forum": f"법원 {n}"})
    records.update(laptop2, dispute.id, {"summary": "두 번째 노트북 요약"})
    laptop_pkg, office_pkg = c.package("laptop"), c.package("office")
    assert c.merge("hq", laptop_pkg).ok and c.merge("hq", office_pkg).conflicts == 1
    assert c.merge("laptop2", laptop_pkg).conflicts == 1
    assert c.merge("laptop2", office_pkg).conflicts == 1
    report = c.merge("hq", c.package("laptop2"))
    assert summary(c, "hq", dispute.id) == "두 번째 노트북 요약"
    expected = {"출장 중 요약", "사무실 요약"}
    assert lost_values(c.desks["hq"]) == expected == lost_values(c.desks["laptop2"])
    assert report.ok and report.superseded == 0 and report.conflicts == 1
