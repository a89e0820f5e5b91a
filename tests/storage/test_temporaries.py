"""Temporary files of restores and backups that a killed program left behind are
removed at the next start; those of a program still writing are not."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import raw_sqlite

from officer_desk.services import backups
from officer_desk.services.desk import open_desk
from officer_desk.storage import temporaries
from officer_desk.storage.backup_manifest import manifest_path
from officer_desk.storage.connection import backup_dir_for


def _dead_pid() -> int:
    """The id of a process that has ended."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _touch(path: Path, *, age: float = 0.0) -> Path:
    path.write_bytes(b"SQLite format 3\x00")
    if age:
        then = time.time() - age
        os.utime(path, (then, then))
    return path


def test_the_next_start_removes_what_a_killed_restore_or_backup_left(desk, company):
    path = desk.path
    kept = backups.backup_before(desk, "daily")
    desk.close()
    dead, alive = _dead_pid(), os.getpid()
    folder = backup_dir_for(path)
    left = [
        _touch(path.with_name(f".us.sqlite.restore-{dead}.tmp")),
        _touch(path.with_name(f".us.sqlite.restore-{dead}.tmp-journal")),
        _touch(folder / f".{kept.name}.backup-{dead}.tmp"),
        _touch(folder / f".{kept.name}.backup-{dead}.tmp-journal"),
        _touch(folder / f".{kept.name}{'.manifest.json'}.manifest-{dead}.tmp"),
        _touch(folder / f".us-20261201T000000000000Z-daily.sqlite.backup-{alive}.tmp",
               age=2 * 86400),  # a pid alive again long after: left over all the same
    ]
    orphan = folder / "us-20261201T000000000000Z-merge.sqlite.manifest.json"
    orphan.write_text("{}", encoding="utf-8")
    busy = [
        _touch(folder / f".us-20261202T000000000000Z-daily.sqlite.backup-{alive}.tmp"),
        folder / "us-20261202T000000000000Z-daily.sqlite.manifest.json",  # its backup
        _touch(path.with_name(f".other.sqlite.restore-{dead}.tmp")),  # another file's
    ]
    busy[1].write_text("{}", encoding="utf-8")
    reopened = open_desk(path)
    reopened.close()
    assert [p.name for p in left if p.exists()] == []
    assert not orphan.exists()
    assert all(p.exists() for p in busy)  # still being written (or not ours)
    assert kept.exists() and manifest_path(kept).exists()
    [info] = backups.list_backups(path)
    assert info.verified and info.problem is None


def test_listing_the_backups_removes_left_overs_too(desk, company):
    kept = backups.backup_before(desk, "daily")
    stale = _touch(kept.with_name(f".{kept.name}.backup-{_dead_pid()}.tmp"))
    assert [b.path for b in backups.list_backups(desk.path)] == [kept]
    assert not stale.exists()


def test_temporary_names_are_recognisable(tmp_path):
    dest = tmp_path / "us.sqlite"
    tmp = temporaries.temporary_path(dest, "restore")
    assert tmp.name == f".us.sqlite.restore-{os.getpid()}.tmp" and tmp.parent == tmp_path
    assert temporaries.in_progress(tmp_path, "us.sqlite") is False
    _touch(tmp)
    assert temporaries.in_progress(tmp_path, "us.sqlite") is True
    assert temporaries.remove_stale(tmp_path) == []  # ours: we are still writing it


def test_a_stale_rollback_journal_beside_a_wal_file_is_removed(desk, company):
    """A program killed while switching the file from WAL to a rollback journal (as
    restore once did) left ``us.sqlite-journal`` beside a file still in WAL mode, where
    SQLite ignores it and never removes it."""

    path = desk.path
    desk.close()
    conn = raw_sqlite.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE meta SET value = value WHERE key = 'post'")
    conn.execute("PRAGMA user_version = 999")  # page 1 in the journal, as the switch does
    journal = path.with_name(path.name + "-journal")
    old_pages = journal.read_bytes()
    conn.execute("ROLLBACK")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    journal.write_bytes(old_pages)
    reopened = open_desk(path)
    try:
        assert not journal.exists()
        assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        reopened.close()
    journal.write_bytes(old_pages)
    readonly = open_desk(path, readonly=True)  # a reader never removes anything
    readonly.close()
    assert journal.exists()
