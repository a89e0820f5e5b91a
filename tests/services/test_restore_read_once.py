"""Comparing a backup and then restoring it decompresses it once (s28): the copy the
comparison checked is kept for the restore, used only while it still holds exactly what
was checked, and removed when the restore is done or the person looks no further."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from officer_desk.domain.kinds import COMPANIES
from officer_desk.services import backup_check, backups, records
from officer_desk.services import restore as restore_service
from officer_desk.services.restore_compare import compare
from officer_desk.storage import backup_file


def _company(desk, name: str) -> str:
    record, _ = records.create(desk, COMPANIES, {"name_ko": name, "name_en": name,
                                                 "size": "sme"})
    return record.id


def _names(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT name_en FROM companies WHERE deleted = 0")}


def _unpacked_copies(backup: Path) -> list[Path]:
    return sorted(backup.parent.glob(".*.unpack-*"))


@pytest.fixture
def decompressed(monkeypatch) -> list[Path]:
    """Every backup decompressed, in order."""
    calls: list[Path] = []
    real = backup_file.decompress

    def counted(stored: Path, dest: Path, *, limit: int) -> tuple[int, str]:
        calls.append(stored)
        return real(stored, dest, limit=limit)

    monkeypatch.setattr(backup_file, "decompress", counted)
    yield calls
    backup_check.release_kept()


@pytest.fixture
def backed_up(desk):
    _company(desk, "Kept")
    backup = backups.backup(desk.path)
    _company(desk, "Added since")
    path = desk.path
    desk.close()
    return path, backup


def test_a_compared_backup_is_restored_without_decompressing_it_again(backed_up,
                                                                      decompressed):
    path, backup = backed_up
    assert compare(path, backup, keep=True).lost_total == 1
    restore_service.restore(path, backup)
    assert decompressed == [backup]
    assert _names(path) == {"Kept"}
    assert _unpacked_copies(backup) == []  # the kept copy went with the restore


def test_a_kept_copy_changed_after_the_comparison_is_not_restored(backed_up, decompressed):
    path, backup = backed_up
    compare(path, backup, keep=True)
    [kept] = _unpacked_copies(backup)
    with contextlib.closing(sqlite3.connect(kept)) as conn:  # slipped in meanwhile
        for (trigger,) in conn.execute("SELECT name FROM sqlite_master WHERE type = "
                                       "'trigger' AND tbl_name = 'companies'").fetchall():
            conn.execute(f'DROP TRIGGER "{trigger}"')
        conn.execute("UPDATE companies SET name_en = 'Forged'")
        conn.commit()
    restore_service.restore(path, backup)
    assert decompressed == [backup, backup]  # checked again from the backup itself
    assert _names(path) == {"Kept"}
    assert _unpacked_copies(backup) == []


def test_a_backup_changed_after_the_comparison_is_checked_again(backed_up, decompressed):
    path, backup = backed_up
    compare(path, backup, keep=True)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE meta SET value = 'Other' WHERE key = 'officer'")
        conn.commit()
    backup_file.compress(path, backup)  # the backup rewritten: its manifest no longer fits
    with pytest.raises(backup_check.ManifestMismatch):
        restore_service.restore(path, backup)
    assert decompressed == [backup]  # refused by its stored hash before decompressing
    assert _names(path) == {"Kept", "Added since"}  # nothing restored
    assert _unpacked_copies(backup) == []


def test_the_kept_copy_is_removed_when_released_or_another_is_kept(desk, decompressed):
    _company(desk, "One")
    first = backups.backup(desk.path)
    second = backups.backup_before(desk, "merge")
    compare(desk.path, first, keep=True)
    assert len(_unpacked_copies(first)) == 1
    compare(desk.path, second, keep=True)  # one kept at a time
    [only] = _unpacked_copies(first)
    assert second.name in only.name
    backup_check.release_kept()
    assert _unpacked_copies(first) == []
    compare(desk.path, first)  # without keep: nothing stays
    assert _unpacked_copies(first) == []

