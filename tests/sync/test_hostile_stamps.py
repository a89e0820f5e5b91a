"""Signed packages whose stamps, counters or ids a correct program would never write
(issue 11, findings 1 and 2): each is refused with the record named, the target is
exactly as before, the counter can still advance, and the other packages of the same
command are merged."""

from __future__ import annotations

import json
import uuid

import pytest
from click.testing import CliRunner
from package_tools import resigned, state

from officer_desk.cli import cli
from officer_desk.domain.kinds import COMPANIES, DISPUTES
from officer_desk.services import records
from officer_desk.storage import meta
from officer_desk.sync.merge import merge_package, merge_packages
from officer_desk.sync.package import build_package, trust_package_key


@pytest.fixture
def good(desk, dispute, hq_desk, tmp_path):
    """A US package HQ trusts."""
    path = build_package(desk, tmp_path / "good.odpkg", plain=True).path
    trust_package_key(hq_desk, path, "본청 담당")
    return path


def _stamps(installation: str, counter: int) -> str:
    return (f"field_versions = '{{\"*\": [{counter}, \"{installation}\"]}}', "
            f"seen = '{{\"{installation}\": {counter}}}'")


HOSTILE = {
    "field stamp at 2**63-5": lambda i: f"UPDATE disputes SET {_stamps(i, 2**63 - 5)}",
    "field stamp at 10**30": lambda i: f"UPDATE disputes SET {_stamps(i, 10**30)}",
    "version at 10**30": lambda i: f"UPDATE disputes SET version = {10**30}",
    "version at 2**63-1": lambda i: f"UPDATE disputes SET version = {2**63 - 1}",
    "seen counter above the clock": lambda i: (
        f"UPDATE disputes SET seen = json_set(seen, '$.\"{i}\"', 1125899906842624)"),
    "stamp just above the clock": lambda i: (
        "UPDATE disputes SET field_versions = json_set(field_versions, '$.summary', "
        f"json_array((SELECT max(version) FROM companies) + 100000, '{i}', json('{{}}'))), "
        f"seen = json_set(seen, '$.\"{i}\"', (SELECT max(version) FROM companies) + 100000)"),
    "context counter above the clock": lambda i: (
        "UPDATE disputes SET field_versions = json_set(field_versions, '$.summary', "
        f"json_array(version, '{i}', json_object('other-installation', 1099511627776))), "
        "seen = json_set(seen, '$.\"other-installation\"', 1099511627776)"),
    "stamp of a non-installation": lambda i: (
        "UPDATE disputes SET field_versions = json_set(field_versions, '$.summary', "
        "json_array(1, 'not an installation!', json('{}'))), "
        "seen = json_set(seen, '$.\"not an installation!\"', 1)"),
    "negative counter": lambda i: (
        f"UPDATE disputes SET seen = json_set(seen, '$.\"{i}\"', -3)"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_out_of_range_stamps_are_refused_and_change_nothing(desk, dispute, hq_desk, good,
                                                            tmp_path, case):
    """Finding 1: a stamp a correct program never writes refuses the package as damaged,
    naming the record; HQ is exactly as before and its counter still advances."""
    path = resigned(desk, good, tmp_path / "hostile.odpkg",
                    HOSTILE[case](desk.repo.author.installation))
    before = state(hq_desk)
    report = merge_package(hq_desk, path)
    assert report.outcome == "refused", report
    assert "damaged record" in report.reason and dispute.id in report.reason
    assert dispute.id in report.reason_ko and "손상된 레코드" in report.reason_ko
    after = state(hq_desk)
    assert after[0] == before[0]
    assert {t: r for t, r in after[2].items() if t != "import_log"} == {
        t: r for t, r in before[2].items() if t != "import_log"}
    assert meta.clock(hq_desk.conn) <= meta.MAX_SEEN
    for n in range(6):  # the fifth change at HQ used to overflow
        records.create(hq_desk, COMPANIES, {"name_ko": f"본청 기록 {n}"})
    assert merge_package(hq_desk, good).ok


def test_a_package_clock_above_the_bound_is_refused(desk, hq_desk, good, tmp_path):
    path = resigned(desk, good, tmp_path / "big-clock.odpkg",
                    changes={"clock": meta.MAX_SEEN + 1})
    report = merge_package(hq_desk, path)
    assert report.outcome == "refused" and "clock or since_clock out of range" in report.reason


def test_the_command_line_says_refused_not_internal_error(desk, dispute, hq_desk, good,
                                                          tmp_path):
    path = resigned(desk, good, tmp_path / "hostile.odpkg",
                    HOSTILE["field stamp at 2**63-5"](desk.repo.author.installation))
    hq = str(hq_desk.path)
    hq_desk.close()
    result = CliRunner().invoke(cli, ["merge", hq, str(path), str(good)])
    assert result.exit_code == 1, result.output
    assert dispute.id in result.output and "damaged record" in result.output
    assert "merged" in result.output  # the good package after it was merged


def test_the_counter_refuses_clearly_instead_of_overflowing(hq_desk):
    """A database whose counter an earlier program let a package push to the top:
    a change is refused with a message, nothing is half-written."""
    with hq_desk.conn:
        meta.put(hq_desk.conn, "clock", str(meta.MAX_CLOCK))
    before = state(hq_desk)
    with pytest.raises(meta.CounterExhausted, match="Restore the backup") as caught:
        records.create(hq_desk, COMPANIES, {"name_ko": "새 기업"})
    assert "복원" in caught.value.message("ko")
    assert state(hq_desk)[0] == before[0]
    with pytest.raises(meta.CounterExhausted), hq_desk.conn:
        meta.observe(hq_desk.conn, meta.MAX_SEEN + 1)


def _cross_kind(desk, src, tmp_path, company_id):
    """A package whose dispute carries the id of a company the target already has."""
    return resigned(desk, src, tmp_path / "cross-kind.odpkg",
                    f"UPDATE disputes SET id = '{company_id}'")


def test_an_id_of_another_kind_is_refused_as_that_rows_problem(desk, company, dispute,
                                                               hq_desk, good, tmp_path):
    """Finding 2: the id of a record of another kind at the target refuses that row
    (named), not the command; the package's other rows and the next package merge."""
    assert merge_package(hq_desk, good).ok
    other, _ = records.create(desk, COMPANIES, {"name_ko": "두 번째 기업"})
    records.update(desk, dispute.id, {"summary": "갱신된 요약"})
    src = build_package(desk, tmp_path / "second.odpkg", plain=True).path
    hostile = _cross_kind(desk, src, tmp_path, company.id)
    later = build_package(desk, tmp_path / "third.odpkg", plain=True).path
    reports = merge_packages(hq_desk, [hostile, later])
    first, second = reports
    assert first.outcome == "merged" and not first.ok
    [why] = first.refused_rows
    assert company.id in why and "another kind" in why
    assert company.id in first.refused_rows_ko[0]
    assert records.get(hq_desk, company.id).kind is COMPANIES
    assert records.get(hq_desk, other.id)["name_ko"] == "두 번째 기업"  # the rest merged
    assert second.ok and records.get(hq_desk, dispute.id)["summary"] == "갱신된 요약"


def test_the_same_id_twice_in_one_package_under_two_kinds(desk, company, dispute, hq_desk,
                                                          good, tmp_path):
    """A company and a dispute sharing one id in the same package: the first is merged,
    the second refused; nothing raises."""
    path = resigned(desk, good, tmp_path / "twice.odpkg",
                    f"UPDATE disputes SET id = '{company.id}', company_id = NULL")
    report = merge_package(hq_desk, path)
    assert report.outcome == "merged" and report.refused_rows
    assert company.id in report.refused_rows[0]
    assert records.get(hq_desk, company.id).kind is COMPANIES


@pytest.mark.parametrize("table, where", [
    ("posts", "code = 'CN'"),
    ("vocab_terms", "rowid = (SELECT min(rowid) FROM vocab_terms)"),
])
def test_a_code_taken_by_another_record_is_refused(desk, hq_desk, tmp_path, table, where):
    """A post code, or a vocabulary's code, that another record here already has (two HQ
    computers each added it): that row is refused by name; the UNIQUE index used to end
    the command with exit 70."""
    path = build_package(hq_desk, tmp_path / "hq.odpkg", plain=True).path
    trust_package_key(desk, path, "김영희")
    other = str(uuid.uuid4())
    clash = resigned(hq_desk, path, tmp_path / "clash.odpkg",
                     f"UPDATE {table} SET id = '{other}' WHERE {where}")
    report = merge_package(desk, clash)
    assert report.outcome == "merged" and len(report.refused_rows) == 1, report
    assert other in report.refused_rows[0] and "already used here" in report.refused_rows[0]
    assert other in report.refused_rows_ko[0]
    assert desk.conn.execute(f"SELECT count(*) FROM {table} WHERE id = ?",
                             (other,)).fetchone()[0] == 0


def test_a_reference_to_a_record_the_target_lacks_is_refused_with_its_name(desk, hq_desk,
                                                                         tmp_path):
    """A --since-last package whose dispute refers to a company sent earlier: refused
    naming the dispute (the immediate foreign key used to raise IntegrityError)."""
    first = build_package(desk, tmp_path / "first.odpkg", plain=True).path
    company, _ = records.create(desk, COMPANIES, {"name_ko": "한빛"})
    build_package(desk, tmp_path / "second.odpkg", since_last=True, plain=True)
    dispute, _ = records.create(desk, DISPUTES, {
        "title_ko": "분쟁", "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "itc_337", "opened_on": "2025-01-01"})
    third = build_package(desk, tmp_path / "third.odpkg", since_last=True, plain=True).path
    trust_package_key(hq_desk, first, "본청")
    before = state(hq_desk)[0]
    report = merge_package(hq_desk, third)
    assert report.outcome == "refused" and dispute.id in report.reason
    assert "merge the earlier packages" in report.reason
    assert state(hq_desk)[0] == before


def test_an_unexpected_sqlite_error_refuses_only_that_package(desk, dispute, hq_desk, good,
                                                             tmp_path, monkeypatch):
    """The last resort: an SQLite error no check foresaw rolls its package back and is
    reported as a refusal (details logged); the next package still merges."""
    import sqlite3

    from officer_desk.sync import merge_writer

    real = merge_writer.Writer.apply
    calls = {"n": 0}

    def failing(self, kind, res, before):
        calls["n"] += 1
        if calls["n"] == 1:
            raise sqlite3.IntegrityError("CHECK constraint failed: planted")
        return real(self, kind, res, before)

    monkeypatch.setattr(merge_writer.Writer, "apply", failing)
    before = state(hq_desk)[0]
    bad, fine = merge_packages(hq_desk, [good, good])
    assert bad.outcome == "refused" and "no check foresaw" in bad.reason
    assert "CHECK constraint failed: planted" in bad.reason and "log" in bad.reason
    assert fine.outcome == "merged" and fine.ok
    assert before != state(hq_desk)[0]
    log = json.loads(hq_desk.conn.execute(
        "SELECT reasons FROM import_log WHERE outcome = 'refused'").fetchone()[0])
    assert "no check foresaw" in log[0]
