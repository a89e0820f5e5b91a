"""Backups in the window: the restore dialog, the File menu actions, automatic backups,
and a restore end to end through ``app.run`` (the window reopens on the restored file)."""

from __future__ import annotations

import sys
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from officer_desk.domain.kinds import COMPANIES
from officer_desk.gui import app as gui_app
from officer_desk.gui import backup_timer as timer_module
from officer_desk.gui import main_window as main_window_module
from officer_desk.gui import session as session_module
from officer_desk.gui.backup_timer import install_backup_timer
from officer_desk.gui.main_window import MainWindow
from officer_desk.gui.restore_dialog import RestoreDialog, restore_desk
from officer_desk.services import backups, records


def _company(desk, name: str) -> str:
    record, _ = records.create(desk, COMPANIES, {"name_ko": name, "name_en": name,
                                                 "size": "sme"})
    return record.id


@pytest.fixture
def two_backups(desk, company):
    first = backups.backup_before(desk, "merge")
    _company(desk, "두번째 회사")
    second = backups.backup(desk.path)
    return first, second


def _cells(dialog: RestoreDialog, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def test_the_dialog_lists_backups_with_time_reason_and_record_counts(qtbot, desk,
                                                                     two_backups, tmp_path):
    dialog = RestoreDialog(desk.path, confirm=lambda parent, text: False)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    newest, oldest = _cells(dialog, 0), _cells(dialog, 1)
    assert newest[1] == "직접 백업" and newest[2] == "2" and "기업 2" in newest[5]
    assert oldest[1] == "병합 전" and oldest[2] == "1" and "기업 1" in oldest[5]
    assert newest[4] == oldest[4] == "검증됨"  # both match their manifests
    assert newest[0] >= oldest[0]  # local times, newest first
    assert not dialog.restore_button.isEnabled() and not dialog.empty.isVisible()
    dialog.show()
    dialog.grab().save(str(tmp_path / "restore-dialog.png"))


def test_restoring_needs_a_choice_and_a_confirmation(qtbot, desk, two_backups):
    asked: list[str] = []
    answers = [False, True]

    def confirm(parent, text):
        asked.append(text)
        return answers.pop(0)

    dialog = RestoreDialog(desk.path, confirm=confirm)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.chosen is None and dialog.result() != QDialog.DialogCode.Accepted
    dialog.restore_button.click()
    assert dialog.chosen == two_backups[0]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "병합 전" in asked[0] and "기록 1건" in asked[0]


def test_a_damaged_backup_is_listed_but_cannot_be_chosen(qtbot, desk, two_backups):
    two_backups[1].write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    dialog = RestoreDialog(desk.path, confirm=lambda parent, text: True)
    qtbot.addWidget(dialog)
    cells = _cells(dialog, 0)
    assert cells[4] == "손상됨" and "매니페스트와 일치하지 않음" in cells[5]
    assert "크기 116바이트" in cells[5]  # names what differs, in the window's language
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()


def test_without_backups_the_dialog_says_so(qtbot, desk):
    dialog = RestoreDialog(desk.path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.click()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_file_menu_gets_back_up_now_and_restore(qtbot, desk, company, problems):
    window = MainWindow(desk, "ko")
    qtbot.addWidget(window)
    actions = window.backup_actions  # the window installs them (install_backup_menu)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts[4:7] == ["지금 백업", "백업에서 복원…", "설정(&S)…"]
    path = actions.back_up_now()
    assert path is not None and path.name.endswith("-manual.sqlite.gz")
    assert [b.path for b in backups.list_backups(desk.path)] == [path]
    assert str(path) in window.statusBar().currentMessage()
    assert problems == []
    dialog = actions.choose_backup()
    assert dialog.isVisible() and dialog.table.rowCount() == 1
    with qtbot.waitSignal(actions.restoreChosen) as chosen:
        dialog.confirm = lambda parent, text: True
        dialog.table.selectRow(0)
        dialog.restore_selected()
    assert chosen.args == [str(path)]


def test_restore_desk_reopens_the_restored_file(desk, company, problems, told):
    kept = backups.backup_before(desk, "merge")
    later = _company(desk, "나중 회사")
    restored = restore_desk(desk, kept)
    try:
        assert desk.closed and not restored.closed
        ids = {r[0] for r in restored.conn.execute("SELECT id FROM companies")}
        assert later not in ids and company.id in ids
        assert len(told) == 1 and "기업 1" in told[0]  # what it now holds
    finally:
        restored.close()
    assert problems == []


def test_a_refused_restore_is_shown_and_the_file_reopened_as_it_was(desk, company,
                                                                     problems, tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_text("no", encoding="utf-8")
    reopened = restore_desk(desk, junk)
    try:
        assert problems and "Officer Desk 백업이 아닙니다" in problems[0]
        assert reopened.conn.execute("SELECT count(*) FROM companies").fetchone()[0] == 1
    finally:
        reopened.close()


def test_the_window_backs_up_when_it_opens_and_then_daily(qtbot, desk, company):
    window = MainWindow(desk, "ko")
    qtbot.addWidget(window)
    timer = install_backup_timer(window)
    qtbot.waitUntil(lambda: timer.last is not None, timeout=10000)
    [start] = backups.list_backups(desk.path)
    assert start.reason == "start" and start.path == timer.last
    assert timer.timer.isActive() and timer.timer.interval() == timer_module.CHECK_INTERVAL_MS
    timer.last = None
    timer.daily()  # nothing changed since: no backup
    qtbot.waitUntil(lambda: timer.task is None, timeout=10000)
    assert timer.last is None and len(backups.list_backups(desk.path)) == 1
    _company(desk, "오늘 추가")
    timer.daily()
    qtbot.waitUntil(lambda: timer.last is not None, timeout=10000)
    assert sorted(b.reason for b in backups.list_backups(desk.path)) == ["daily", "start"]
    _company(desk, "또 추가")
    timer.last = None
    timer.daily()  # the last daily backup is less than a day old
    qtbot.waitUntil(lambda: timer.task is None, timeout=10000)
    assert timer.last is None


def test_a_failing_automatic_backup_is_reported_not_raised(qtbot, desk, company,
                                                            monkeypatch):
    from officer_desk.domain.errors import DiskFull

    def full(*args, **kwargs):
        raise DiskFull("The disk is full", "디스크가 가득 찼습니다")

    monkeypatch.setattr(backups, "backup_if_due", full)
    window = MainWindow(desk, "ko")
    qtbot.addWidget(window)
    timer = install_backup_timer(window)
    qtbot.waitUntil(lambda: timer.problem is not None, timeout=10000)
    assert timer.problem == "디스크가 가득 찼습니다"
    assert "자동 백업 실패" in window.statusBar().currentMessage()


def test_restore_end_to_end_through_the_window(qapp, desk, company, monkeypatch, told):
    """File → Restore from backup… in a running program: the window is rebuilt on the
    restored file, which holds what the backup held and a new installation id."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs the crash hook
    path = desk.path
    kept = backups.backup_before(desk, "merge")
    later = _company(desk, "나중 회사")
    old_installation = desk.repo.author.installation
    desk.close()

    class Window(MainWindow):
        pass

    monkeypatch.setattr(main_window_module, "MainWindow", Window)
    # no automatic backup at the window's start: one running when the restore is chosen
    # refuses it ("in use", shown to the person), which is not what this test is about
    monkeypatch.setattr(session_module, "install_backup_timer", lambda window: None)
    seen: list[tuple[set[str], str]] = []

    def windows() -> list[Window]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, Window) and w.isVisible()]

    chosen_in: list[Window] = []
    started = time.monotonic()

    def step() -> None:
        """Restore once the window shows, then look once the new window shows (each
        as soon as it does: no fixed delays, which a busy machine overruns)."""
        shown = windows()
        if time.monotonic() - started > 60:  # give up: the asserts below say what failed
            for window in shown:
                window.close()
            return
        if not chosen_in:
            if len(shown) == 1:
                chosen_in.append(shown[0])
                shown[0].backup_actions.restoreChosen.emit(str(kept))
            QTimer.singleShot(50, step)
            return
        fresh = [w for w in shown if w is not chosen_in[0] and not w.desk.closed]
        if not fresh:
            QTimer.singleShot(50, step)
            return
        check_and_close()

    def check_and_close() -> None:
        for window in windows():
            if not window.desk.closed:
                ids = {r[0] for r in window.desk.conn.execute("SELECT id FROM companies")}
                seen.append((ids, window.desk.repo.author.installation))
            window.close()

    QTimer.singleShot(0, step)
    assert gui_app.run(path, lang="en") == 0
    [(ids, installation)] = seen
    assert ids == {company.id} and later not in ids
    assert installation != old_installation
    assert len(told) == 1 and "now holds: Company 1" in told[0]
    reasons = [b.reason for b in backups.list_backups(path)]
    # and the automatic backups of each window's start (made in the background)
    assert {"before-restore", "merge"} <= set(reasons) <= {"before-restore", "merge", "start"}


def test_a_file_in_use_elsewhere_is_offered_read_only(qapp, desk, company, monkeypatch):
    import os
    import subprocess

    from PySide6.QtWidgets import QMessageBox

    path = desk.path
    desk.close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys\nfrom officer_desk.services.desk import open_desk\n"
         "d = open_desk(sys.argv[1])\nprint('holding', flush=True)\nsys.stdin.read()\n",
         str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(parent, title, text):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr("officer_desk.services.desk.LOCK_WAIT_SECONDS", 0.1)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        assert session_module.open_or_offer_read_only(path, None) is None
        readonly = session_module.open_or_offer_read_only(path, None)
        assert readonly is not None and readonly.readonly
        try:
            assert readonly.conn.execute("SELECT count(*) FROM companies").fetchone()[0] == 1
        finally:
            readonly.close()
    finally:
        holder.communicate(timeout=30)
    assert f"(프로세스 {holder.pid})" in asked[0] and "읽기 전용으로 열까요?" in asked[0]
    assert "사용 중" in asked[0]  # the problem in the window's language


def test_a_backup_of_another_post_is_restored_only_after_a_warning(qtbot, desk, company,
                                                                   tmp_path, problems,
                                                                   told):
    from officer_desk.services.desk import init_desk
    from officer_desk.storage.backup_manifest import manifest_path

    other = init_desk(tmp_path / "cn.sqlite", post="CN", officer="왕")
    theirs = backups.backup(other.path)
    other.close()
    folder = backups.backup_dir_for(desk.path)
    folder.mkdir(exist_ok=True)
    moved = folder / theirs.name.replace("cn-", "us-")
    moved.write_bytes(theirs.read_bytes())
    manifest_path(moved).write_bytes(manifest_path(theirs).read_bytes())
    asked: list[str] = []
    dialog = RestoreDialog(desk.path, confirm=lambda parent, text: asked.append(text))
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert dialog.chosen is None  # the person said no
    assert "주의: 이 백업은 CN 공관의 데이터베이스이고" in asked[0]
    assert "US 공관의 것입니다" in asked[0]
    restored = restore_desk(desk, moved)  # the window asked: not refused again
    try:
        assert problems == [] and restored.home_post == "CN"
        assert len(told) == 1 and "기록 없음" in told[0]  # CN's new log holds none
    finally:
        restored.close()


def test_a_backup_without_a_manifest_is_shown_unverified_and_said_so(qtbot, desk,
                                                                     two_backups):
    from officer_desk.storage.backup_manifest import manifest_path

    manifest_path(two_backups[0]).unlink()  # as an earlier version wrote it
    asked: list[str] = []
    dialog = RestoreDialog(desk.path, confirm=lambda parent, text: asked.append(text))
    qtbot.addWidget(dialog)
    assert [_cells(dialog, row)[4] for row in (0, 1)] == ["검증됨", "검증 안 됨"]
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()  # still restorable, after SQLite's checks
    dialog.restore_selected()
    assert "검증되지 않았습니다" in asked[0] and "주의" not in asked[0]


def test_a_backup_of_an_earlier_passphrase_is_not_called_damaged(qtbot, tmp_path):
    """A backup made before the log's passphrase changed opens only with the passphrase
    of then: the dialog says so, not "Damaged" (it is not; s28)."""
    from officer_desk.services import encryption
    from officer_desk.services.desk import init_desk
    from officer_desk.storage import cipher

    desk = init_desk(tmp_path / "laptop.sqlite", post="US", officer="김영희",
                     passphrase="embassy laptop 7")
    try:
        _company(desk, "먼저")
        earlier = backups.backup(desk.path)
        desk.close()
        encryption.change_passphrase(desk.path, "a newer passphrase 8")
        dialog = RestoreDialog(desk.path, confirm=lambda parent, text: True)
        qtbot.addWidget(dialog)
        row = next(i for i, info in enumerate(dialog.items) if info.path == earlier)
        cells = _cells(dialog, row)
        assert cells[4] == "다른 암호"
        tip = dialog.table.item(row, 4).toolTip()
        assert "암호를 바꾸기 전" in tip and "officer-desk restore" in tip
        dialog.table.selectRow(row)
        assert not dialog.restore_button.isEnabled()
    finally:
        cipher.forget_all()


def test_the_restore_runs_off_the_gui_thread(desk, company, problems, told, monkeypatch):
    """Seconds on a large log (the backup checked, the file backed up first): the window
    keeps painting meanwhile (s28)."""
    import threading

    from officer_desk.services import restore as restore_service

    threads: list[bool] = []
    real = restore_service.restore

    def restore(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(restore_service, "restore", restore)
    kept = backups.backup_before(desk, "merge")
    later = _company(desk, "나중 회사")
    restored = restore_desk(desk, kept)
    try:
        assert threads == [False]
        ids = {r[0] for r in restored.conn.execute("SELECT id FROM companies")}
        assert later not in ids and company.id in ids
    finally:
        restored.close()
    assert problems == []
