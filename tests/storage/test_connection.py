"""Opening databases: settings, refusals that leave the file untouched, backups."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import raw_sqlite

from officer_desk.domain.errors import (
    DatabaseBusy,
    DatabaseProblem,
    DatabaseTooNew,
    NotADeskDatabase,
)
from officer_desk.storage.connection import backup_dir_for, open_database, transaction
from officer_desk.storage.migrations import LATEST


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_settings(tmp_path):
    conn = open_database(tmp_path / "a.sqlite", create=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    conn.close()


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(DatabaseProblem, match="no database at"):
        open_database(tmp_path / "nope.sqlite")
    assert not (tmp_path / "nope.sqlite").exists()


def test_too_new_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "new.sqlite"
    open_database(path, create=True).close()
    conn = raw_sqlite.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 7}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(path)
    assert digest(path) == before
    assert not backup_dir_for(path).exists()


def test_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "cases.xlsx"
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 20)
    before = digest(path)
    with pytest.raises(NotADeskDatabase, match="not an SQLite file"):
        open_database(path)
    assert digest(path) == before


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = digest(path)
    with pytest.raises(NotADeskDatabase, match="not an Officer Desk database"):
        open_database(path)
    assert digest(path) == before


def test_truncated_file_is_refused(tmp_path):
    path = tmp_path / "cut.sqlite"
    open_database(path, create=True).close()
    data = path.read_bytes()
    path.write_bytes(data[:1500])
    with pytest.raises(DatabaseProblem):
        db = open_database(path)
        db.execute("SELECT count(*) FROM disputes").fetchone()


def test_read_only_open_cannot_write(tmp_path):
    path = tmp_path / "ro.sqlite"
    open_database(path, create=True).close()
    db = open_database(path, readonly=True)
    with pytest.raises(raw_sqlite.OperationalError):
        db.execute("INSERT INTO meta VALUES ('x', 'y')")
    db.close()


def test_transaction_rolls_back_everything(tmp_path):
    db = open_database(tmp_path / "t.sqlite", create=True)
    with pytest.raises(RuntimeError), transaction(db) as conn:
        conn.execute("INSERT INTO meta VALUES ('a', '1')")
        with transaction(db) as inner:
            inner.execute("INSERT INTO meta VALUES ('b', '2')")
        raise RuntimeError("boom")
    # (the migrations' own key, migrations.NEEDED_KEY, is not one of these)
    assert db.execute("SELECT count(*) FROM meta WHERE key IN ('a', 'b')").fetchone()[0] == 0
    db.close()


def test_locked_database_gives_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setattr("officer_desk.storage.connection.BUSY_TIMEOUT_SECONDS", 0.05)
    path = tmp_path / "locked.sqlite"
    db = open_database(path, create=True)
    other = raw_sqlite.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    db.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(DatabaseBusy, match="in use"), transaction(db):
            pass
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.close()
