"""Opening a file that is not a case log is refused before anything is written beside it
(no lock file, no journal), with a message in both languages; our own files open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import raw_sqlite

from officer_desk.domain.errors import DatabaseProblem, DatabaseTooNew, NotADeskDatabase
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage.lock import lock_path


def make_text(path: Path) -> None:
    path.write_text("분쟁 목록\nNot a database at all\n", encoding="utf-8")


def make_pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" * 30)


def make_other_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('somebody else''s')")
    conn.commit()
    conn.close()


def make_other_app_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")  # another program marks its files
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def make_other_wal_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()


def make_too_new(path: Path) -> None:
    from officer_desk.storage.migrations import LATEST

    init_desk(path, post="US").close()
    conn = raw_sqlite.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 3}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def make_empty(path: Path) -> None:
    path.write_bytes(b"")


def make_folder(path: Path) -> None:
    path.mkdir()


WRONG = {
    "text": (make_text, NotADeskDatabase, "not an SQLite file"),
    "pdf": (make_pdf, NotADeskDatabase, "not an SQLite file"),
    "other_sqlite": (make_other_sqlite, NotADeskDatabase, "not an Officer Desk database"),
    "other_app": (make_other_app_sqlite, NotADeskDatabase, "not an Officer Desk database"),
    "other_wal": (make_other_wal_sqlite, NotADeskDatabase, "not an Officer Desk database"),
    "empty": (make_empty, DatabaseProblem, "is empty"),
    "too_new": (make_too_new, DatabaseTooNew, "newer version"),
    "folder": (make_folder, NotADeskDatabase, "is a folder"),
    "missing": (None, DatabaseProblem, "no database at"),
}


@pytest.mark.parametrize("readonly", [False, True])
@pytest.mark.parametrize("what", sorted(WRONG))
def test_a_wrong_file_is_refused_and_nothing_is_left_beside_it(tmp_path, what, readonly):
    make, error, words = WRONG[what]
    path = tmp_path / f"{what}.sqlite"
    if make is not None:
        make(path)
    before = sorted(p.name for p in tmp_path.iterdir())
    locked_before = lock_path(path).exists()  # a file we made ourselves has its lock file
    content = path.read_bytes() if path.is_file() else None
    with pytest.raises(error, match=words) as refused:
        open_desk(path, readonly=readonly)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert lock_path(path).exists() == locked_before
    if content is not None:
        assert path.read_bytes() == content
    korean = refused.value.message("ko")
    assert korean != str(refused.value)
    assert "데이터베이스" in korean or "Officer Desk가 쓴 파일" in korean


def test_our_own_files_open_fresh_open_elsewhere_and_closed(tmp_path):
    path = tmp_path / "us.sqlite"
    first = init_desk(path, post="US", officer="김영희")
    try:
        reader = open_desk(path, readonly=True)  # its changes may be in the WAL only
        assert reader.home_post == "US"
        reader.close()
    finally:
        first.close()
    again = open_desk(path)
    assert again.home_post == "US"
    again.close()
