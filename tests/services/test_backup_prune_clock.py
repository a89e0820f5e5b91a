"""Pruning old backups never removes the one just made when the computer's clock went
back (s28): backups named by a clock that was ahead (or by the right time, before the
clock was set back) count as older than one written now, whatever their names say; nor
do they hold off the next daily or start backup."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from officer_desk.domain.kinds import COMPANIES
from officer_desk.services import backups, records
from officer_desk.services import restore as restore_service


def _company(desk, name: str) -> str:
    record, _ = records.create(desk, COMPANIES, {"name_ko": name, "name_en": name,
                                                 "size": "sme"})
    return record.id


def _named_in_2030(backup: Path, reason: str, count: int) -> list[Path]:
    """``count`` copies of ``backup`` named as if made in 2030 for ``reason``."""
    stem = backup.name.split("-", 1)[0]
    made = []
    for i in range(count):
        path = backup.with_name(f"{stem}-20300101T00000{i}000000Z-{reason}.sqlite.gz")
        shutil.copy(backup, path)
        made.append(path)
    return made


def _names(backup: Path, tmp_path: Path) -> set[str]:
    import gzip

    plain = tmp_path / "read.sqlite"
    plain.write_bytes(gzip.decompress(backup.read_bytes()))
    with contextlib.closing(sqlite3.connect(plain)) as conn:
        return {r[0] for r in conn.execute("SELECT name_en FROM companies WHERE deleted = 0")}


def test_the_copy_made_before_a_restore_survives_backups_named_later(desk, tmp_path):
    _company(desk, "Kept")
    backup = backups.backup(desk.path)
    _company(desk, "Later work")
    ahead = _named_in_2030(backup, "before-restore", backups.keep_count())
    path = desk.path
    desk.close()
    report = restore_service.restore(path, backup)
    assert report.safety_backup is not None and report.safety_backup.is_file()
    assert _names(report.safety_backup, tmp_path) == {"Kept", "Later work"}
    assert sum(p.is_file() for p in ahead) == backups.keep_count() - 1  # one made way


def test_a_backup_before_a_merge_survives_backups_named_later(desk):
    _company(desk, "Kept")
    ahead = _named_in_2030(backups.backup(desk.path), "merge", backups.keep_count())
    made = backups.backup_before(desk, "merge")
    assert made is not None and made.is_file()
    assert sum(p.is_file() for p in ahead) == backups.keep_count() - 1


def test_daily_backups_go_on_after_the_clock_was_set_back(desk):
    """A daily backup named in 2030 (the clock was ahead) does not count as made less
    than a day ago: the next ones are still made, not skipped until 2030."""
    _company(desk, "Kept")
    _named_in_2030(backups.backup(desk.path), "daily", 1)
    _company(desk, "Changed since")
    made = backups.backup_if_due(desk, "daily", older_than=dt.timedelta(days=1))
    assert made is not None and made.is_file()
    assert backups.backup_if_due(desk, "daily", older_than=dt.timedelta(days=1)) is None
