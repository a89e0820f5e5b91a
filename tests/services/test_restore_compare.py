"""What a restore would change (s27): the service that counts it, against sqlite3."""

from __future__ import annotations

import contextlib
import gzip
import sqlite3

import pytest

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import COMPANIES, USER_KINDS
from officer_desk.services import backups, records
from officer_desk.services.restore_compare import compare, file_holdings


def _company(desk, name: str) -> str:
    record, _ = records.create(desk, COMPANIES, {"name_ko": name, "name_en": name,
                                                 "size": "sme"})
    return record.id


def _live(path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT id FROM companies WHERE deleted = 0")}


def test_records_deleted_in_the_backup_and_added_since_are_lost(desk, tmp_path):
    undeleted = _company(desk, "one")
    records.delete(desk, undeleted)
    backup = backups.backup(desk.path)
    records.restore(desk, undeleted)  # back since the backup: the backup holds it deleted
    added = _company(desk, "two")
    result = compare(desk.path, backup)
    plain = tmp_path / "plain.sqlite"
    plain.write_bytes(gzip.decompress(backup.read_bytes()))
    assert _live(desk.path) - _live(plain) == {undeleted, added}
    assert result.lost["companies"] == 2 and result.lost_total == 2
    assert result.current["companies"].count == 2 and result.backup["companies"].count == 0
    assert result.backup["companies"].latest is not None  # the deletion was a change
    assert set(result.current) == {k.name for k in USER_KINDS}


def test_no_current_file_loses_nothing_and_a_junk_backup_is_refused(desk, tmp_path):
    backup = backups.backup(desk.path)
    result = compare(tmp_path / "none.sqlite", backup)
    assert result.current is None and result.problem is None and result.lost_total == 0
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(OfficerDeskError):
        compare(desk.path, junk)
    with pytest.raises(OfficerDeskError):
        file_holdings(junk)
