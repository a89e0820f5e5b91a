"""File > "Export deadlines to calendar…" writes the file ``officer-desk calendar``
writes, through the same service (issue 17)."""

from __future__ import annotations

import datetime as dt

import vobject
from PySide6.QtWidgets import QFileDialog

from officer_desk.domain.kinds import FOLLOW_UPS
from officer_desk.gui.main_window import MainWindow
from officer_desk.services import records
from officer_desk.services.calendar_export import calendar_bytes, uid_of


def test_the_file_menu_writes_the_calendar_in_the_windows_language(
        qtbot, desk, dispute, tmp_path, monkeypatch):
    follow_up, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": dt.date(2025, 7, 1), "description": "답변서 제출"})
    window = MainWindow(desk, "ko")
    qtbot.addWidget(window)
    action = window.calendar_action
    assert action.text() == "기한을 일정 파일로 내보내기…"
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and
                     action in a.menu().actions())
    assert action in file_menu.actions()
    chosen = tmp_path / "my-deadlines"  # no suffix: .ics is added
    asked = []

    def save_as(parent, title, start, filter_):
        asked.append((title, start, filter_))
        return str(chosen), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    action.trigger()
    written = chosen.with_suffix(".ics")
    qtbot.waitUntil(written.exists, timeout=10000)
    assert asked[0][0] == "기한을 일정 파일로 내보내기" and "*.ics" in asked[0][2]
    event = vobject.readOne(written.read_text(encoding="utf-8")).vevent
    assert event.uid.value == uid_of(follow_up.id)
    assert event.summary.value.startswith("후속 조치: 답변서 제출")
    assert "일정 1건" in window.statusBar().currentMessage()
    # the same events as the service (the command line's) writes
    data, _ = calendar_bytes(desk, lang="ko")
    assert vobject.readOne(data.decode("utf-8")).vevent.uid.value == event.uid.value


def test_cancelling_the_file_dialog_writes_nothing(qtbot, desk, tmp_path, monkeypatch):
    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: ("", "")))
    window.calendar_action.trigger()
    assert list(tmp_path.glob("*.ics")) == []


def test_the_kept_calendar_file_is_written_again_after_a_change(
        qtbot, desk, dispute, tmp_path, monkeypatch):
    from officer_desk.gui.undo import EditCommand

    follow_up, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": dt.date(2025, 7, 1), "description": "답변서 제출"})
    window = MainWindow(desk, "ko")
    qtbot.addWidget(window)
    kept = tmp_path / "subscribed.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(kept), "")))
    keep = window.calendar_keep_action
    assert keep.text() == "일정 파일을 계속 최신으로 유지" and not keep.isChecked()
    keep.trigger()
    assert keep.isChecked()
    qtbot.waitUntil(kept.exists, timeout=10000)
    first = vobject.readOne(kept.read_text(encoding="utf-8")).vevent
    assert first.dtstart.value.date() == dt.date(2025, 7, 1)
    # a change made in the window (it goes on the undo stack) writes the file again
    change = records.update(desk, follow_up.id, {"due_on": dt.date(2025, 7, 9)})
    window.undo_stack.push(EditCommand(desk, records.get(desk, follow_up.id), change, "ko"))
    qtbot.waitUntil(lambda: "20250709" in kept.read_text(encoding="utf-8"), timeout=15000)
    again = vobject.readOne(kept.read_text(encoding="utf-8")).vevent
    assert again.uid.value == first.uid.value  # updated, not a second event
    assert int(again.sequence.value) > int(first.sequence.value)
    # turned off: changes no longer write it
    keep.trigger()
    assert not keep.isChecked() and window.calendar_keeper.path is None
