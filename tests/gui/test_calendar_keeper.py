"""File > "Keep the calendar file up to date" (issue 17): the kept file is written by a
child process running ``officer-desk calendar`` (the window's interpreter never writes
it), only when something the calendar shows changed, to the last state after quick
changes, and a problem is said in the window's language.

The window's own process is barred from writing a calendar (``calendar_bytes`` raises
here), so a file that holds the change was written by the child. The files are read
back with ``icalendar``."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from test_officer_day import key, to_do

from officer_desk.domain.kinds import FOLLOW_UPS, TREND_NOTES
from officer_desk.gui import messages
from officer_desk.gui.main_window import MainWindow
from officer_desk.services import calendar_export, records
from officer_desk.services.calendar_export import uid_of

#: The offscreen platform cannot raise windows or grab the keyboard for popups.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)

CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = dt.date(2025, 6, 2)
#: How long a child process may take to write the file (a busy machine's start).
WAIT_MS = 60000


@pytest.fixture(autouse=True)
def not_in_this_process(monkeypatch):
    """The window's interpreter must not write a calendar: only the child does."""
    def refuse(*args, **kwargs):
        raise AssertionError("the calendar was written in the window's process")

    monkeypatch.setattr(calendar_export, "calendar_bytes", refuse)
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)


@pytest.fixture
def deadlines(desk, dispute):
    first, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": TODAY, "description": "답변서 제출"})
    second, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": TODAY + dt.timedelta(days=3),
        "description": "증거 목록 제출"})
    return first, second


def keeping(qtbot, monkeypatch, desk, kept, lang="ko", settings=None) -> MainWindow:
    """A window that keeps ``kept`` up to date (chosen in the file dialog), once the
    first file is written."""
    window = MainWindow(desk, lang, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.follow_ups.today = TODAY
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.calendar_keeper.timer.setInterval(10)  # the pause that gathers changes
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(kept), "")))
    window.calendar_keep_action.trigger()
    settled(qtbot, window)
    return window


def settled(qtbot, window) -> None:
    """Wait until no change waits to be written and no command runs."""
    keeper = window.calendar_keeper
    qtbot.waitUntil(lambda: not keeper.timer.isActive() and not keeper.running(),
                    timeout=WAIT_MS)


def events(path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_a_save_rewrites_the_kept_file_in_a_child_process(
        qtbot, monkeypatch, desk, deadlines, tmp_path):
    first, second = deadlines
    kept = tmp_path / "subscribed.ics"
    window = keeping(qtbot, monkeypatch, desk, kept)
    keeper = window.calendar_keeper
    assert keeper.runs == 1 and kept.exists()
    before = events(kept)
    assert str(before[uid_of(first.id)]["STATUS"]) == "CONFIRMED"
    assert "일정 2건" in window.statusBar().currentMessage()
    page = to_do(qtbot, window)
    assert page.model.items[page.current_row()].id == first.id
    key(qtbot, Qt.Key.Key_Space)  # done: saved, on the undo stack
    settled(qtbot, window)
    assert keeper.runs == 2
    after = events(kept)
    assert set(after) == set(before)  # the same UIDs: updated, not added
    assert str(after[uid_of(first.id)]["STATUS"]) == "CANCELLED"
    assert int(after[uid_of(first.id)]["SEQUENCE"]) > int(before[uid_of(first.id)]["SEQUENCE"])
    assert str(after[uid_of(second.id)]["STATUS"]) == "CONFIRMED"
    assert keeper.last == window.statusBar().currentMessage() and "일정 2건" in keeper.last
    # Ctrl+Z undoes it: written again, open again
    key(qtbot, Qt.Key.Key_Z, CTRL)
    settled(qtbot, window)
    assert keeper.runs == 3
    assert str(events(kept)[uid_of(first.id)]["STATUS"]) == "CONFIRMED"


def test_a_change_the_calendar_does_not_show_writes_nothing(
        qtbot, monkeypatch, desk, deadlines, tmp_path):
    note, _ = records.create(desk, TREND_NOTES, {
        "title_en": "Export controls", "category": "export_controls", "noted_on": TODAY})
    kept = tmp_path / "subscribed.ics"
    window = keeping(qtbot, monkeypatch, desk, kept)
    keeper = window.calendar_keeper
    data, stamp = kept.read_bytes(), kept.stat().st_mtime_ns
    # the market note, opened in its list and edited as a person does
    assert window.open_record(note.id)
    page = window.current_list()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None and editor.record.id == note.id
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    line = editor.inputs["title_en"].widget
    line.setFocus()
    qtbot.keyClicks(line, " (revised)")
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(line, Qt.Key.Key_S, CTRL)
    assert records.get(desk, note.id)["title_en"] == "Export controls (revised)"
    qtbot.waitUntil(lambda: keeper.skipped == 1, timeout=WAIT_MS)
    settled(qtbot, window)
    assert keeper.runs == 1
    assert kept.read_bytes() == data and kept.stat().st_mtime_ns == stamp


def test_two_quick_changes_give_the_last_state(
        qtbot, monkeypatch, desk, deadlines, tmp_path):
    first, second = deadlines
    kept = tmp_path / "subscribed.ics"
    window = keeping(qtbot, monkeypatch, desk, kept)
    keeper = window.calendar_keeper
    page = to_do(qtbot, window)
    key(qtbot, Qt.Key.Key_Space)
    # the first rewrite starts at once; the second change comes while it runs
    keeper.rewrite()
    assert keeper.running()
    key(qtbot, Qt.Key.Key_Space)
    assert records.get(desk, second.id)["done"] and records.get(desk, first.id)["done"]
    assert page.model.items == []
    settled(qtbot, window)
    shown = events(kept)
    assert str(shown[uid_of(first.id)]["STATUS"]) == "CANCELLED"
    assert str(shown[uid_of(second.id)]["STATUS"]) == "CANCELLED"
    assert keeper.runs == 3  # the first file, the one running, one more after it


def test_a_file_that_cannot_be_written_is_said_in_korean(
        qtbot, monkeypatch, desk, deadlines, tmp_path):
    folder = tmp_path / "calendar.ics"
    folder.mkdir()  # a folder where the file should be
    window = keeping(qtbot, monkeypatch, desk, folder)
    keeper = window.calendar_keeper
    assert keeper.runs == 1 and folder.is_dir()
    message = window.statusBar().currentMessage()
    assert message == keeper.last
    assert "폴더" in message and str(folder) in message and "error" not in message


def test_a_path_that_cannot_be_written_is_said_in_korean(
        qtbot, monkeypatch, desk, deadlines, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    kept = blocker / "calendar.ics"
    window = keeping(qtbot, monkeypatch, desk, kept)
    message = window.statusBar().currentMessage()
    assert message.startswith(f"일정 파일 {kept}을(를) 쓸 수 없습니다")
    assert message.endswith("파일은 그대로 두었습니다")
    assert blocker.read_text() == "a file where a folder should be"


def test_closing_the_window_leaves_no_command_running(
        qtbot, monkeypatch, desk, deadlines, tmp_path):
    kept = tmp_path / "subscribed.ics"
    window = keeping(qtbot, monkeypatch, desk, kept)
    keeper = window.calendar_keeper
    data = kept.read_bytes()
    kept.unlink()  # gone: written again at the next change
    keeper.rewrite()
    process = keeper.process
    assert process is not None
    window.close()
    assert not keeper.running()
    assert process.state() == process.ProcessState.NotRunning or process.waitForFinished(1)
    assert list(tmp_path.glob(".subscribed.ics.*.tmp")) == []
    # the file is there whole, or not at all
    if kept.exists():
        assert kept.read_bytes().endswith(b"END:VCALENDAR\r\n")
        assert set(events(kept)) == {str(e["UID"]) for e in icalendar.Calendar.from_ical(
            data).walk("VEVENT")}


def test_an_encrypted_logs_key_goes_to_the_child_on_its_standard_input(
        qtbot, monkeypatch, tmp_path):
    from officer_desk.cli.passphrase import ENV
    from officer_desk.services.desk import init_desk, open_desk
    from officer_desk.storage import cipher

    path = tmp_path / "secret.sqlite"
    init_desk(path, post="US", passphrase="correct horse 말").close()
    cipher.forget_all()
    cipher.remember("correct horse 말")
    monkeypatch.setenv(ENV, "a wrong one, which the child must not use")
    desk = open_desk(path)
    try:
        assert cipher.key_of(desk.conn)
        note, _ = records.create(desk, TREND_NOTES, {
            "title_ko": "메모", "category": "export_controls", "noted_on": TODAY})
        follow_up, _ = records.create(desk, FOLLOW_UPS, {
            "record_id": note.id, "due_on": TODAY, "description": "검토"})
        kept = tmp_path / "secret.ics"
        window = keeping(qtbot, monkeypatch, desk, kept)
        assert list(events(kept)) == [uid_of(follow_up.id)], window.calendar_keeper.last
        window.close()
    finally:
        desk.close()


def test_a_program_that_does_not_start_is_said_in_korean(
        qtbot, monkeypatch, desk, deadlines, tmp_path):
    from officer_desk import program

    monkeypatch.setattr(program, "own_command",
                        lambda: [str(tmp_path / "no-such-program")])
    kept = tmp_path / "subscribed.ics"
    window = keeping(qtbot, monkeypatch, desk, kept)
    assert not kept.exists()
    assert window.statusBar().currentMessage().startswith(
        "일정 파일을 쓰지 못했습니다: 프로그램을 시작할 수 없었습니다")


def test_the_next_start_writes_only_what_changed_meanwhile(
        qtbot, monkeypatch, desk, deadlines, tmp_path):
    """The mark of the last file written is kept with the window's settings: a window
    opened again on the same log writes nothing, unless a change came meanwhile (from
    the command line, a merge …)."""
    from PySide6.QtCore import QSettings

    first, _ = deadlines
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    kept = tmp_path / "subscribed.ics"
    window = keeping(qtbot, monkeypatch, desk, kept, settings=settings)
    stamp = kept.stat().st_mtime_ns
    window.close()

    def reopened() -> MainWindow:
        again = MainWindow(desk, "ko", settings=settings)
        qtbot.addWidget(again)
        keeper = again.calendar_keeper
        assert keeper.path == kept and keeper.timer.isActive()
        keeper.timer.setInterval(10)
        keeper.timer.start()
        qtbot.waitUntil(lambda: keeper.runs + keeper.skipped == 1, timeout=WAIT_MS)
        settled(qtbot, again)
        return again

    again = reopened()
    assert again.calendar_keeper.skipped == 1 and kept.stat().st_mtime_ns == stamp
    again.close()
    records.update(desk, first.id, {"due_on": TODAY + dt.timedelta(days=9)})
    third = reopened()
    assert third.calendar_keeper.runs == 1
    start = events(kept)[uid_of(first.id)].decoded("DTSTART")
    assert start.date() == TODAY + dt.timedelta(days=9)



def test_a_change_from_elsewhere_is_written_after_f5(
        qtbot, monkeypatch, desk, deadlines, tmp_path):
    """A merge, an import or a settled conflict refreshes the window (as F5 does): the
    kept file then follows what they changed."""
    first, _ = deadlines
    kept = tmp_path / "subscribed.ics"
    window = keeping(qtbot, monkeypatch, desk, kept)
    records.update(desk, first.id, {"due_on": TODAY + dt.timedelta(days=20)})  # not by the window
    key(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.calendar_keeper.runs == 2, timeout=WAIT_MS)
    settled(qtbot, window)
    start = events(kept)[uid_of(first.id)].decoded("DTSTART")
    assert start.date() == TODAY + dt.timedelta(days=20)
