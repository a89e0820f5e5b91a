"""The lock belongs to the file, not the name: an import through a link while a restore
of the real name runs (issue 12: the import said "imported" and the data vanished)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import raw_sqlite

from officer_desk.domain.errors import DatabaseInUse
from officer_desk.domain.kinds import COMPANIES
from officer_desk.services import backups, records
from officer_desk.services import restore as restore_service
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage import lock

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt",
                                reason="needs symbolic links")

IMPORTER = raw_sqlite.CHILD_KNOWS_PASSPHRASE + """
import sys
from pathlib import Path
from officer_desk.importing.plan import plan_import
from officer_desk.importing.run import run_import
from officer_desk.services.desk import open_desk
desk = open_desk(Path(sys.argv[1]))
print("holding", flush=True)
sys.stdin.readline()
report = run_import(desk, plan_import(desk, Path(sys.argv[2]), "companies"))
print(f"imported {report.created}", flush=True)
desk.close()
"""


def _count(path: Path) -> int:
    desk = open_desk(path)
    try:
        return desk.conn.execute(
            "SELECT count(*) FROM companies WHERE deleted = 0").fetchone()[0]
    finally:
        desk.close()


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path, Path]:
    """``two.sqlite`` with one company, its backup, and ``alias.sqlite -> two.sqlite``."""
    desk = init_desk(tmp_path / "two.sqlite", post="US", officer="김영희")
    records.create(desk, COMPANIES, {"name_ko": "한빛", "name_en": "Hanbit", "size": "sme"})
    kept = backups.backup(desk.path)
    desk.close()
    alias = tmp_path / "alias.sqlite"
    alias.symlink_to(tmp_path / "two.sqlite")
    return tmp_path / "two.sqlite", alias, kept


def test_a_link_and_its_file_share_one_lock(two):
    path, alias, _ = two
    assert lock.lock_path(alias) == lock.lock_path(path) == path.with_name("two.sqlite.lock")
    assert lock.lock_key(alias) == lock.lock_key(path)


def test_names_differing_only_in_case_share_a_lock_where_case_is_ignored(two, monkeypatch):
    path, _, _ = two
    monkeypatch.setattr(lock, "_folds_case", lambda folder: True)
    assert lock.lock_key(path.with_name("TWO.sqlite")) == lock.lock_key(path)
    monkeypatch.setattr(lock, "_folds_case", lambda folder: False)
    assert lock.lock_key(path.with_name("TWO.sqlite")) != lock.lock_key(path)


def test_an_import_through_a_link_while_restoring_loses_nothing(two, tmp_path):
    path, alias, kept = two
    sheet = tmp_path / "companies.csv"
    sheet.write_text("회사명,영문명,기업규모\n" + "".join(
        f"가져온 회사 {k},Imported {k},중소기업\n" for k in range(300)), encoding="utf-8")
    importer = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(alias), str(sheet)], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    assert importer.stdin is not None and importer.stdout is not None
    try:
        assert importer.stdout.readline().strip() == "holding"
        # the importer holds the file through the link: a restore of the real name waits
        # for no one and replaces nothing
        with pytest.raises(DatabaseInUse) as caught:
            restore_service.restore(path, kept)
        assert "in use by" in str(caught.value)
        importer.stdin.write("go\n")
        importer.stdin.flush()
        assert importer.stdout.readline().strip() == "imported 300"
    finally:
        importer.communicate(timeout=60)
    assert importer.returncode == 0
    assert _count(path) == 301  # the successful import is there
    restore_service.restore(alias, kept)  # once it is closed, through either name
    assert alias.is_symlink() and _count(path) == 1  # the file replaced, not the link


def test_restore_holds_the_lock_until_the_file_is_replaced(two, monkeypatch):
    path, alias, kept = two
    seen = []
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst) == path:
            with pytest.raises(DatabaseInUse):  # still held, whichever name is tried
                lock.acquire(alias, exclusive=True)
            seen.append(dst)
        return real_replace(src, dst)

    monkeypatch.setattr(restore_service.os, "replace", replace)
    restore_service.restore(path, kept)
    assert seen == [path]
    lock.acquire(alias).release()  # and released afterwards
