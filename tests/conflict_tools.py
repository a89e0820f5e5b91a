"""A database with a conflict to settle, made with real packages in the test.

(The folder of tests/conftest.py is on the import path: any test module imports it by
name. The window's, the services' and the command line's conflict tests share it.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from officer_desk.services import records
from officer_desk.services.desk import Desk, open_desk
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, trust_package_key

OURS = "사무실 요약"
THEIRS = "출장 중 요약"


def laptop_package(desk: Desk, record_id: str, tmp_path: Path,
                   monkeypatch: pytest.MonkeyPatch, *, office_deletes: bool = False) -> Path:
    """A package from a copy of ``desk`` (the officer's laptop) that edited the record's
    summary; ``desk`` then edits the same summary (or deletes the record), so merging
    it is a conflict."""
    desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(desk.path, tmp_path / "laptop.sqlite")
    home = tmp_path / "home"
    monkeypatch.setenv("OFFICER_DESK_HOME", str(tmp_path / "laptop-home"))
    laptop = open_desk(tmp_path / "laptop.sqlite")
    records.update(laptop, record_id, {"summary": THEIRS})
    path = build_package(laptop, tmp_path / "laptop.odpkg", plain=True).path
    laptop.close()
    monkeypatch.setenv("OFFICER_DESK_HOME", str(home))
    if office_deletes:
        records.delete(desk, record_id)
    else:
        records.update(desk, record_id, {"summary": OURS})
    return path


def merge_with_conflict(desk: Desk, path: Path) -> None:
    trust_package_key(desk, path, "김영희")
    assert merge_package(desk, path).conflicts == 1
