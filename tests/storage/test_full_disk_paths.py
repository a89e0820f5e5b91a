"""A full disk on every write path: the words of ``add``, the error that happened, and
nothing left behind (no backup of an import that did not happen, no grown log).

Two ways the disk fills, as SQLite reports them:

- ``PRAGMA max_page_count``: the statement that needs a new page fails with
  SQLITE_FULL and only that statement is undone;
- ``sqlite_rolls_back``: the disk fills while SQLite spills its cache to the log, and
  SQLite rolls the whole transaction back before the error reaches the program (what
  a real full disk does to a big import or demo). The savepoint of the step that
  failed is gone then: ``ROLLBACK TO`` said "no such savepoint" and hid the real error.
"""

from __future__ import annotations

import errno
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from officer_desk.cli import cli
from officer_desk.domain.errors import DiskFull
from officer_desk.domain.kinds import COMPANIES
from officer_desk.importing.plan import plan_import
from officer_desk.importing.run import run_import
from officer_desk.services import backups, records
from officer_desk.services import restore as restore_service
from officer_desk.services.checks import check
from officer_desk.services.demo import generate_demo
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage import connection
from officer_desk.storage.connection import transaction
from officer_desk.storage.repository import Repository

FULL = "database or disk is full"


def sqlite_rolls_back(monkeypatch: pytest.MonkeyPatch, after: int = 0) -> None:
    """From the ``after``+1-th batch stored on, the disk fills: SQLite rolls the whole
    transaction back and reports SQLITE_FULL."""
    real = Repository._append_history
    calls = {"n": 0}

    def append(self, rows):
        calls["n"] += 1
        if calls["n"] > after:
            self.conn.execute("ROLLBACK")
            raise sqlite3.OperationalError(FULL)
        return real(self, rows)

    monkeypatch.setattr(Repository, "_append_history", append)


def _sheet(tmp_path: Path, n: int = 600) -> Path:
    sheet = tmp_path / "companies.csv"
    sheet.write_text("회사명,영문명,기업규모,비고\n" + "".join(
        f"회사 {k},Company {k},중소기업,{'x' * 400}\n" for k in range(n)), encoding="utf-8")
    return sheet


def _is_disk_full(error: BaseException) -> None:
    assert isinstance(error, DiskFull), repr(error)
    assert str(error).startswith("The disk is full") and "nothing was changed" in str(error)
    assert error.message("ko").startswith("디스크가 가득 찼습니다")
    assert "savepoint" not in str(error)


def test_the_error_of_the_failing_statement_is_the_one_shown(desk):
    with pytest.raises(DiskFull) as caught, transaction(desk.conn):
        desk.conn.execute("INSERT INTO meta (key, value) VALUES ('x', '1')")
        with transaction(desk.conn):
            desk.conn.execute("ROLLBACK")  # what SQLite does on SQLITE_FULL
            raise sqlite3.OperationalError(FULL)
    _is_disk_full(caught.value)
    assert not desk.conn.in_transaction
    assert desk.conn.execute("SELECT 1 FROM meta WHERE key = 'x'").fetchone() is None


@pytest.mark.parametrize("how", ["rolled back", "max_page_count"])
def test_an_import_on_a_full_disk_says_so_and_leaves_no_backup(desk, company, tmp_path,
                                                               monkeypatch, how):
    earlier = backups.backup_before(desk, "import")  # an older import backup is kept
    plan = plan_import(desk, _sheet(tmp_path), "companies")
    if how == "rolled back":
        sqlite_rolls_back(monkeypatch)
    else:
        pages = desk.conn.execute("PRAGMA page_count").fetchone()[0]
        desk.conn.execute(f"PRAGMA max_page_count = {pages + 10}")
    with pytest.raises(DiskFull) as caught:
        run_import(desk, plan)
    _is_disk_full(caught.value)
    assert [b.path for b in backups.list_backups(desk.path)] == [earlier]
    assert desk.conn.execute("SELECT count(*) FROM companies").fetchone()[0] == 1
    desk.conn.execute("PRAGMA max_page_count = 1073741823")
    assert check(desk).ok


def test_the_import_command_on_a_full_disk_shows_the_words_of_add(tmp_path, monkeypatch):
    db = tmp_path / "us.sqlite"
    init_desk(db, post="US", officer="김영희").close()
    sqlite_rolls_back(monkeypatch)
    result = CliRunner().invoke(cli, ["import", str(db), str(_sheet(tmp_path)),
                                      "--kind", "companies"])
    assert result.exit_code != 0
    assert "The disk is full" in result.output and "nothing was changed" in result.output
    assert "savepoint" not in result.output
    assert [b.reason for b in backups.list_backups(db)] == ["start"]  # the command's own


def _wal(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


@pytest.mark.parametrize("how", ["rolled back", "max_page_count"])
def test_a_demo_on_a_full_disk_says_so_and_gives_the_log_back(tmp_path, monkeypatch, how):
    demo = init_desk(tmp_path / "demo.sqlite", hq=True, demo=True, officer="본청")
    try:
        demo.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if how == "rolled back":
            sqlite_rolls_back(monkeypatch, after=2)  # a few batches first
        else:
            pages = demo.conn.execute("PRAGMA page_count").fetchone()[0]
            demo.conn.execute(f"PRAGMA max_page_count = {pages + 300}")
        with pytest.raises(DiskFull) as caught:
            generate_demo(demo, records=3000, seed=3)
        _is_disk_full(caught.value)
        assert _wal(demo.path) == 0  # the failed write's pages do not stay in the log
        demo.conn.execute("PRAGMA max_page_count = 1073741823")
        assert check(demo).ok
    finally:
        demo.close()


def test_a_restore_on_a_full_disk_changes_nothing_and_leaves_nothing(desk, company,
                                                                     monkeypatch):
    path = desk.path
    kept = backups.backup_before(desk, "daily")
    records.create(desk, COMPANIES, {"name_ko": "나중", "name_en": "Later", "size": "sme"})
    desk.close()
    before = path.read_bytes()
    listed = sorted(p.name for p in backups.backup_dir_for(path).iterdir())

    def no_space(where):
        raise OSError(errno.ENOSPC, "No space left on device", str(where))

    monkeypatch.setattr(connection, "_fsync", no_space)  # the safety copy does not fit
    with pytest.raises(DiskFull) as caught:
        restore_service.restore(path, kept)
    _is_disk_full(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in backups.backup_dir_for(path).iterdir()) == listed
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_manual_backup_on_a_full_disk_leaves_no_manifest(desk, company, monkeypatch):
    from officer_desk.storage import backup_manifest

    def no_space(manifest, backup, *, temporary):
        raise OSError(errno.ENOSPC, "No space left on device", str(temporary))

    monkeypatch.setattr(backup_manifest, "write", no_space)
    with pytest.raises(DiskFull) as caught:
        backups.backup(desk.path)
    _is_disk_full(caught.value)
    assert list(backups.backup_dir_for(desk.path).iterdir()) == []


def test_the_add_command_when_sqlite_rolled_everything_back(tmp_path, monkeypatch):
    """``add`` said it right when one statement failed; when SQLite rolled the whole
    transaction back, it too showed "no such savepoint"."""
    db = tmp_path / "us.sqlite"
    init_desk(db, post="US", officer="김영희").close()
    sqlite_rolls_back(monkeypatch)
    result = CliRunner().invoke(cli, ["add", str(db), "company", "--json", "-"], input=json.dumps(
        {"name_ko": "한빛", "name_en": "Hanbit", "size": "sme"}))
    assert result.exit_code != 0 and "The disk is full" in result.output
    desk = open_desk(db)
    try:
        assert desk.conn.execute("SELECT count(*) FROM companies").fetchone()[0] == 0
    finally:
        desk.close()


def test_a_merge_on_a_full_disk_says_so(desk, dispute, hq_desk, tmp_path, monkeypatch):
    from officer_desk.services.sync import merge
    from officer_desk.sync.package import build_package, trust_package_key

    package = build_package(desk, tmp_path / "us.odpkg", plain=True).path
    trust_package_key(hq_desk, package, "본청 담당")
    before = hq_desk.conn.execute("SELECT count(*) FROM disputes").fetchone()[0]

    def full_on_rows(desk_, opened, report, cancel):
        hq_desk.conn.execute("ROLLBACK")  # SQLite rolled it all back …
        raise sqlite3.OperationalError(FULL)  # … on SQLITE_FULL

    from officer_desk.sync import merge as merge_module

    monkeypatch.setattr(merge_module, "_merge_rows", full_on_rows)
    with pytest.raises(DiskFull) as caught:
        merge(hq_desk, [package])
    _is_disk_full(caught.value)
    assert hq_desk.conn.execute("SELECT count(*) FROM disputes").fetchone()[0] == before
