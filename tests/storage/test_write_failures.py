"""A full disk or a read-only folder: a clear message, and nothing half-written."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from officer_desk.domain.errors import DiskFull, FolderReadOnly
from officer_desk.domain.kinds import COMPANIES, TREND_NOTES
from officer_desk.services import backups, records
from officer_desk.services.checks import check
from officer_desk.services.desk import init_desk, open_desk


def _state(desk) -> tuple[int, ...]:
    conn = desk.conn
    return tuple(conn.execute(sql).fetchone()[0] for sql in (
        "SELECT count(*) FROM trend_notes", "SELECT count(*) FROM history",
        "SELECT count(*) FROM record_index", "SELECT value FROM meta WHERE key = 'clock'",
    ))


def _note(desk, size: int):
    return records.create(desk, TREND_NOTES, {
        "title_ko": "반도체 수출 통제", "title_en": "Chip export controls",
        "category": "trade_dispute", "body": "가" * size, "noted_on": "2026-11-20",
    })


def test_a_full_disk_rolls_the_change_back_with_a_clear_message(desk, company):
    before = _state(desk)
    pages = desk.conn.execute("PRAGMA page_count").fetchone()[0]
    desk.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from here
    with pytest.raises(DiskFull) as caught:
        _note(desk, 150_000)
    assert str(caught.value).startswith("The disk is full")
    assert "nothing was changed" in str(caught.value)
    assert caught.value.message("ko").startswith("디스크가 가득 찼습니다")
    assert not desk.conn.in_transaction
    assert _state(desk) == before
    assert check(desk).ok
    desk.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    _note(desk, 150_000)
    assert _state(desk)[0] == before[0] + 1


def test_a_bulk_write_on_a_full_disk_writes_none_of_the_records(desk):
    before = _state(desk)
    pages = desk.conn.execute("PRAGMA page_count").fetchone()[0]
    desk.conn.execute(f"PRAGMA max_page_count = {pages + 20}")
    rows = [{"name_ko": f"회사 {i}", "name_en": f"Company {i}", "size": "sme",
             "notes": "x" * 2000} for i in range(400)]
    with pytest.raises(DiskFull):
        records.create_many(desk, COMPANIES, rows)
    assert desk.conn.execute("SELECT count(*) FROM companies").fetchone()[0] == 0
    assert _state(desk)[1:] == before[1:]
    assert check(desk).ok


def test_a_read_only_database_refuses_the_change_with_a_clear_message(tmp_path):
    path = tmp_path / "us.sqlite"
    init_desk(path, post="US").close()
    desk = open_desk(path, readonly=True)  # mode=ro: the file system says no
    desk.readonly = False  # as if the program did not know: SQLite must refuse
    try:
        before = _state(desk)
        with pytest.raises(FolderReadOnly) as caught:
            _note(desk, 10)
        assert str(caught.value).startswith("The folder is read-only")
        assert caught.value.message("ko").startswith("폴더가 읽기 전용입니다")
        assert _state(desk) == before
    finally:
        desk.close()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="running as root: a read-only folder does not stop root")
def test_a_read_only_folder_is_refused_before_anything_is_written(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "us.sqlite"
    init_desk(path, post="US").close()
    for leftover in folder.glob("us.sqlite-*"):
        leftover.unlink()
    before = path.read_bytes()
    folder.chmod(0o555)
    try:
        with pytest.raises(FolderReadOnly):
            open_desk(path)
        assert path.read_bytes() == before
    finally:
        folder.chmod(0o755)


def test_a_backup_that_does_not_fit_leaves_no_partial_file(desk, company, monkeypatch):
    from officer_desk.storage import connection

    def no_space(path):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(connection, "_fsync", no_space)  # the copy is written, not synced
    with pytest.raises(DiskFull) as caught:
        backups.backup_before(desk, "import")
    assert "The disk is full" in str(caught.value)
    assert list(connection.backup_dir_for(desk.path).iterdir()) == []


def test_the_copy_step_itself_never_leaves_a_partial_backup(desk, company, tmp_path):
    from officer_desk.storage.connection import backup as copy_database

    dest = tmp_path / "copies" / "us-copy.sqlite"
    broken = sqlite3.connect(":memory:")
    broken.close()
    with pytest.raises(sqlite3.ProgrammingError):
        copy_database(broken, dest)
    assert list(dest.parent.iterdir()) == []
