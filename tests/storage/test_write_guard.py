"""Writes that do not go through Officer Desk are refused, and `check` finds records
whose stored values are not what their last stamped change set."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import raw_sqlite
from click.testing import CliRunner

from officer_desk.cli import cli
from officer_desk.domain.kinds import ATTACHMENTS, DISPUTES
from officer_desk.services import checks, records
from officer_desk.storage.write_guard import UNSTAMPED

COMMAND = "officer-desk update DB ID --json FILE"


def _outside(path: Path) -> Any:
    """Another program's connection: plain SQLite (SQLCipher with the passphrase for an
    encrypted log), none of Officer Desk's functions."""
    return raw_sqlite.connect(path, isolation_level=None, timeout=5)


def _row(path: Path, dispute_id: str) -> tuple:
    conn = _outside(path)
    try:
        return conn.execute("SELECT stage, summary, version, changed FROM disputes "
                            "WHERE id = ?", (dispute_id,)).fetchone()
    finally:
        conn.close()


@pytest.mark.parametrize("sql", [
    "UPDATE disputes SET stage = 'closed' WHERE id = ?",  # a column no index reads
    "UPDATE disputes SET summary = 'closed quietly' WHERE id = ?",  # a searched column
    "UPDATE disputes SET stage = 'closed', changed = changed + 1 WHERE id = ?",
])
def test_another_program_cannot_change_a_record(desk, dispute, sql):
    before = _row(desk.path, dispute.id)
    conn = _outside(desk.path)
    try:
        with pytest.raises(raw_sqlite.OperationalError) as caught:
            conn.execute(sql, (dispute.id,))
    finally:
        conn.close()
    assert COMMAND in str(caught.value)
    assert _row(desk.path, dispute.id) == before


def test_another_program_cannot_add_a_record(desk, company):
    conn = _outside(desk.path)
    try:
        with pytest.raises(raw_sqlite.OperationalError, match="officer-desk update"):
            conn.execute(
                "INSERT INTO companies (id, post, name_ko, version, origin, created_at, "
                "updated_at, changed) VALUES ('00000000-0000-4000-8000-0000000000aa', 'US', "
                "'몰래', 1, 'x', '2026', '2026', 1)")
    finally:
        conn.close()
    assert records.get(desk, company.id)  # still there, nothing else
    assert desk.conn.execute("SELECT count(*) FROM companies").fetchone()[0] == 1


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3 command here")
@pytest.mark.skipif(raw_sqlite.ENCRYPTED_RUN, reason="the sqlite3 command cannot open an "
                    "encrypted log")
def test_the_sqlite3_command_is_told_which_command_to_use(desk, dispute):
    desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stage = records.get(desk, dispute.id)["stage"]
    done = subprocess.run(
        ["sqlite3", str(desk.path),
         f"UPDATE disputes SET stage = 'closed' WHERE id = '{dispute.id}'"],
        capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode != 0
    assert COMMAND in done.stderr and "기록은 officer-desk로만" in done.stderr
    assert records.get(desk, dispute.id)["stage"] == stage != "closed"


def test_an_unstamped_write_inside_officer_desk_is_a_bug_and_refused(desk, dispute):
    stage = records.get(desk, dispute.id)["stage"]
    with pytest.raises(raw_sqlite.IntegrityError, match="unstamped write"):
        desk.conn.execute("UPDATE disputes SET stage = 'closed' WHERE id = ?", (dispute.id,))
    assert UNSTAMPED.startswith("unstamped write")
    # adding knowledge without changing a value (what the merge does) is allowed
    desk.conn.execute("UPDATE disputes SET seen = '{\"x\": 1}' WHERE id = ?", (dispute.id,))
    assert records.get(desk, dispute.id)["stage"] == stage != "closed"


def test_officer_desk_writes_pass_the_guard(desk, dispute):
    records.update(desk, dispute.id, {"stage": "filed", "summary": "새 요약"})
    records.delete(desk, dispute.id)
    records.restore(desk, dispute.id)
    got = records.get(desk, dispute.id)
    assert got["stage"] == "filed" and got["summary"] == "새 요약" and not got.deleted
    assert checks.check(desk).ok


# -- check: values against their stamps -------------------------------------------------


def test_check_names_each_record_whose_value_is_not_its_last_stamped_change(
        desk, dispute, company):
    records.update(desk, dispute.id, {"stage": "filed"})
    assert checks.check(desk).ok
    raw_sqlite.sneak(
        desk.conn, "UPDATE disputes SET stage = 'closed', claimed_amount = 5 WHERE id = ?",
        dispute.id)
    raw_sqlite.sneak(desk.conn, "UPDATE companies SET deleted = 1 WHERE id = ?", company.id)
    report = checks.check(desk)
    assert not report.ok
    lines = report.stamps
    assert len(lines) == 3, lines
    stage = next(x for x in lines if "stage" in x)
    assert dispute.id in stage and "'closed'" in stage and "'filed'" in stage
    assert any(dispute.id in x and "claimed_amount" in x for x in lines)
    assert any(company.id in x and "deleted" in x for x in lines)
    result = CliRunner().invoke(cli, ["check", str(desk.path)])
    assert result.exit_code == 1
    assert f"problem: stamp: disputes {dispute.id} stage" in result.output
    repaired = CliRunner().invoke(cli, ["check", str(desk.path), "--repair"])
    assert repaired.exit_code == 1  # reported, not repaired: a person decides
    assert records.get(desk, dispute.id)["stage"] == "closed"


def test_check_accepts_every_value_officer_desk_wrote(desk, dispute, company):
    records.update(desk, dispute.id, {
        "claimed_amount": 12000000, "currency": "USD", "tags": ["NPE", "배터리"],
        "counterparties": [{"name": "Voltaic", "type": "npe"}], "stage": "filed",
        "closed_on": None,
    })
    records.update(desk, company.id, {"consent_to_name": True, "notes": '{"a": 1}'})
    other, _ = records.create(desk, DISPUTES, {
        "title_ko": "정밀한 금액", "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "infringement_suit", "opened_on": dt.date(2025, 1, 2),
        "claimed_amount": 0.1 + 0.2, "awarded_amount": 1234567.8912345678, "currency": "EUR",
        "tags": ["[]", "null"], "summary": "[]"})
    records.create(desk, ATTACHMENTS, {"record_id": other.id, "file_name": "소장.pdf",
                                       "content": b"%PDF-1.4 \x00\xff"})
    records.delete(desk, company.id)
    assert checks.check(desk).stamps == []


def test_merged_records_agree_with_their_stamps(desk, dispute, hq_desk, tmp_path,
                                                monkeypatch):
    """Added, updated, conflicting and deleted by merges, at the post and at HQ."""
    from conflict_tools import laptop_package

    from officer_desk.sync.merge import merge_package
    from officer_desk.sync.package import build_package, trust_package_key

    laptop = laptop_package(desk, dispute.id, tmp_path, monkeypatch)
    trust_package_key(desk, laptop, "김영희")
    assert merge_package(desk, laptop).conflicts == 1
    records.update(desk, dispute.id, {"stage": "filed", "tags": ["병합"]})
    office = build_package(desk, tmp_path / "office.odpkg", plain=True).path
    for path in (laptop, office):
        trust_package_key(hq_desk, path, "본청")
        assert merge_package(hq_desk, path).ok
    records.delete(desk, dispute.id)
    again = build_package(desk, tmp_path / "again.odpkg", since_last=True, plain=True).path
    assert merge_package(hq_desk, again).ok
    assert checks.check(desk).stamps == []
    assert checks.check(hq_desk).stamps == []



def test_every_value_column_of_every_record_table_is_guarded(desk):
    """A later migration that adds a column (companies' brands, migration 6) makes the
    guard's triggers again: every value column is compared by its table's trigger."""
    from officer_desk.storage.migrations.m0005_write_guard import RECORD_TABLES, value_columns

    unguarded = []
    for table in RECORD_TABLES:
        sql = desk.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND name = ?", (f"{table}_stamped_update",)).fetchone()
        assert sql is not None, table
        unguarded += [f"{table}.{c}" for c in value_columns(desk.conn, table)
                      if f"new.{c} IS NOT old.{c}" not in sql[0]]
    assert unguarded == []
    assert "brands" in value_columns(desk.conn, "companies")


def test_a_company_brand_changed_without_a_stamp_is_refused(desk, company):
    with pytest.raises(raw_sqlite.IntegrityError, match="unstamped write"):
        desk.conn.execute("UPDATE companies SET brands = '[\"몰래\"]' WHERE id = ?",
                          (company.id,))
