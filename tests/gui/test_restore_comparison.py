"""The restore dialog says what a restore would change before the person confirms (s27):
kind by kind, the records of the file now and of the chosen backup with the latest
change of each, and how many records of the file the backup does not hold; after the
restore, what the file now holds and where the file as it was is kept. The numbers
shown are checked against the files, read with sqlite3 (gzip for a compressed backup)
or, for an encrypted log, SQLCipher with the log's key."""

from __future__ import annotations

import contextlib
import gzip
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from officer_desk.domain.kinds import COMPANIES, USER_KINDS
from officer_desk.gui.restore_comparison import change_time
from officer_desk.gui.restore_dialog import RestoreDialog, restore_desk
from officer_desk.services import backups, records
from officer_desk.services.desk import init_desk
from officer_desk.storage import cipher

PASSPHRASE = "embassy laptop 7"


def _company(desk, name: str) -> str:
    record, _ = records.create(desk, COMPANIES, {"name_ko": name, "name_en": name,
                                                 "size": "sme"})
    return record.id


def _plain_copy(backup: Path, tmp_path: Path) -> Path:
    """The backup as an SQLite file: a compressed one decompressed with gzip."""
    if not backup.name.endswith(".gz"):
        return backup
    plain = tmp_path / (backup.name + ".plain.sqlite")
    plain.write_bytes(gzip.decompress(backup.read_bytes()))
    return plain


def _read(path: Path, key: str | None = None) -> dict[str, dict[str, str]]:
    """Each kind's live records (id → updated_at) and the latest change of any."""
    if key is None:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    else:
        conn = cipher.connect_file(path, readonly=True)
    with contextlib.closing(conn):
        return {kind.name: {
            "live": dict(conn.execute(f"SELECT id, updated_at FROM {kind.name} "
                                      "WHERE deleted = 0")),
            "latest": conn.execute(f"SELECT max(updated_at) FROM {kind.name}").fetchone()[0],
        } for kind in USER_KINDS}


def _row(dialog: RestoreDialog, kind_index: int) -> list[str]:
    table = dialog.comparison.table
    return [table.item(kind_index, c).text() for c in range(table.columnCount())]


def _choose_first_backup_by_keys(qtbot, dialog: RestoreDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Home)  # the newest backup
    assert dialog.selected() is dialog.items[0]


def _assert_shown_as_in_the_files(dialog, now: dict, then: dict) -> int:
    """Every kind's row against the files; returns the records the backup lacks."""
    lost_total = 0
    for index, kind in enumerate(USER_KINDS):
        ours, theirs = now[kind.name], then[kind.name]
        lost = len(set(ours["live"]) - set(theirs["live"]))
        lost_total += lost
        assert _row(dialog, index)[1:] == [
            f"{len(ours['live']):,}", change_time(ours["latest"]),
            f"{len(theirs['live']):,}", change_time(theirs["latest"]), f"{lost:,}"]
    return lost_total


def test_the_dialog_compares_the_file_with_the_chosen_backup(qtbot, desk, company, tmp_path,
                                                            english, told):
    backup = backups.backup_before(desk, "merge")
    added = [_company(desk, "Later one"), _company(desk, "Later two")]
    records.update(desk, company.id, {"name_en": "Hanbit renamed"})
    asked: list[str] = []
    dialog = RestoreDialog(desk.path, confirm=lambda parent, text: asked.append(text) or True)
    qtbot.addWidget(dialog)
    assert "Choose a backup" in dialog.comparison.summary.text()
    _choose_first_backup_by_keys(qtbot, dialog)

    now, then = _read(desk.path), _read(_plain_copy(backup, tmp_path))
    assert set(now["companies"]["live"]) - set(then["companies"]["live"]) == set(added)
    assert _assert_shown_as_in_the_files(dialog, now, then) == 2
    companies = [k.name for k in USER_KINDS].index("companies")
    assert _row(dialog, companies)[:2] == ["Company", "3"]
    summary = dialog.comparison.summary.text()
    folder = backups.backup_dir_for(desk.path)
    assert "2 records of us.sqlite are not in this backup" in summary
    assert "1 records changed since the backup go back" in summary
    assert str(folder) in summary and "Before a restore" in summary

    dialog.restore_button.setFocus()
    QTest.keyClick(dialog.restore_button, Qt.Key.Key_Space)
    assert dialog.chosen == backup and summary in asked[0]

    restored = restore_desk(desk, backup)
    try:
        [message] = told
        after = _read(desk.path)
        assert set(after["companies"]["live"]) == {company.id}
        assert "It now holds: Company 1 (last change " in message
        assert change_time(after["companies"]["latest"]) in message
        safety = next(b.path for b in backups.list_backups(desk.path)
                      if b.reason == "before-restore")
        assert str(safety) in message and safety.parent == folder
        kept = _read(_plain_copy(safety, tmp_path))  # the records taken out are there
        assert set(added) <= set(kept["companies"]["live"])
    finally:
        restored.close()


def test_every_record_in_the_backup_is_said_so_in_korean(qtbot, desk, company):
    _company(desk, "먼저")
    backups.backup(desk.path)
    dialog = RestoreDialog(desk.path, confirm=lambda parent, text: False)
    qtbot.addWidget(dialog)
    _choose_first_backup_by_keys(qtbot, dialog)
    summary = dialog.comparison.summary.text()
    assert "us.sqlite의 모든 기록이 이 백업에 있습니다" in summary
    assert dialog.comparison.comparison.lost_total == 0


def test_an_encrypted_log_is_compared_with_its_key(qtbot, tmp_path, english, told):
    desk = init_desk(tmp_path / "laptop.sqlite", post="US", officer="김영희",
                     passphrase=PASSPHRASE)
    try:
        _company(desk, "Before")
        backup = backups.backup(desk.path)
        assert cipher.is_encrypted_file(backup)
        _company(desk, "After")
        dialog = RestoreDialog(desk.path, confirm=lambda parent, text: False)
        qtbot.addWidget(dialog)
        _choose_first_backup_by_keys(qtbot, dialog)
        now, then = _read(desk.path, PASSPHRASE), _read(backup, PASSPHRASE)
        assert _assert_shown_as_in_the_files(dialog, now, then) == 1
        assert "1 records of laptop.sqlite are not in this backup" in (
            dialog.comparison.summary.text())
    finally:
        if not desk.closed:
            desk.close()
        cipher.forget_all()


def test_a_backup_that_cannot_be_read_is_said_so(qtbot, desk, company, english):
    backup = backups.backup(desk.path)
    dialog = RestoreDialog(desk.path, confirm=lambda parent, text: False)
    qtbot.addWidget(dialog)
    backup.write_bytes(b"not a backup")  # damaged after it was listed
    _choose_first_backup_by_keys(qtbot, dialog)
    assert dialog.comparison.summary.text().startswith("This backup cannot be compared:")
    assert dialog.comparison.comparison is None


def test_the_comparison_runs_in_the_worker_thread_once_per_backup(qtbot, desk, company,
                                                                  monkeypatch):
    """A compressed backup is decompressed and hashed to compare it (seconds on a large
    log): the window keeps painting meanwhile, and choosing it again reads nothing."""
    import threading

    from officer_desk.gui import restore_comparison

    threads: list[bool] = []
    real = restore_comparison.compare

    def counted(db_path, backup, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(db_path, backup, **kwargs)

    monkeypatch.setattr(restore_comparison, "compare", counted)
    backups.backup_before(desk, "merge")
    backups.backup(desk.path)
    dialog = RestoreDialog(desk.path, confirm=lambda parent, text: False)
    qtbot.addWidget(dialog)
    _choose_first_backup_by_keys(qtbot, dialog)
    QTest.keyClick(dialog.table, Qt.Key.Key_Down)
    QTest.keyClick(dialog.table, Qt.Key.Key_Up)
    assert dialog.selected() is dialog.items[0]
    assert threads == [False, False]  # two backups, each compared once, off the GUI thread
    assert dialog.comparison.comparison is not None


def _count_decompressing(monkeypatch) -> list[Path]:
    from officer_desk.storage import backup_file

    calls: list[Path] = []
    real = backup_file.decompress

    def counted(stored: Path, dest: Path, *, limit: int) -> tuple[int, str]:
        calls.append(stored)
        return real(stored, dest, limit=limit)

    monkeypatch.setattr(backup_file, "decompress", counted)
    return calls


def test_the_compared_backup_is_restored_without_decompressing_it_again(
        qtbot, desk, company, monkeypatch, told):
    """The comparison decompresses the backup (seconds on a large log); Restore uses
    that copy, checked again, instead of decompressing it a second time (s28)."""
    backup = backups.backup(desk.path)
    later = _company(desk, "Later")
    items = backups.list_backups(desk.path)  # listed first, as File → Restore does
    calls = _count_decompressing(monkeypatch)
    dialog = RestoreDialog(desk.path, confirm=lambda parent, text: True, items=items)
    qtbot.addWidget(dialog)
    _choose_first_backup_by_keys(qtbot, dialog)
    dialog.restore_button.setFocus()
    QTest.keyClick(dialog.restore_button, Qt.Key.Key_Space)
    assert dialog.chosen == backup
    restored = restore_desk(desk, backup)
    try:
        assert calls == [backup]
        live = _read(desk.path)["companies"]["live"]
        assert company.id in live and later not in live
        assert list(backup.parent.glob(".*.unpack-*")) == []
    finally:
        restored.close()


def test_a_dialog_closed_without_restoring_leaves_no_copy_behind(qtbot, desk, company,
                                                                 monkeypatch):
    backup = backups.backup(desk.path)
    items = backups.list_backups(desk.path)
    calls = _count_decompressing(monkeypatch)
    dialog = RestoreDialog(desk.path, confirm=lambda parent, text: False, items=items)
    qtbot.addWidget(dialog)
    _choose_first_backup_by_keys(qtbot, dialog)
    assert calls == [backup] and len(list(backup.parent.glob(".*.unpack-*"))) == 1
    QTest.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert list(backup.parent.glob(".*.unpack-*")) == []


def test_a_comparison_ending_after_the_dialog_closed_keeps_no_copy(qtbot, desk, company,
                                                                    monkeypatch):
    """Escape reaches the dialog while a comparison runs (its progress loop lets keys
    through): the copy that comparison decompressed is not kept once it ends (s28)."""
    from officer_desk.gui.restore_comparison import ComparisonView

    backup = backups.backup(desk.path)
    view = ComparisonView(desk.path)
    qtbot.addWidget(view)
    view.release()  # the dialog was closed
    assert view.show_backup(backup) is not None  # the comparison still shows
    assert list(backup.parent.glob(".*.unpack-*")) == []
