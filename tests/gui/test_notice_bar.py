"""The window says, once and in its language, that the file is an older copy of itself
(issue 11, finding 3): the same notice the command line prints."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from officer_desk.gui.main_window import MainWindow
from officer_desk.services import records
from officer_desk.services.desk import open_desk


def _older_copy(desk, dispute, tmp_path):
    path, saved = desk.path, tmp_path / "saved.sqlite"
    desk.close()
    shutil.copy(path, saved)
    again = open_desk(path)
    records.update(again, dispute.id, {"summary": "나중에 쓴 요약"})
    again.close()
    shutil.copy(saved, path)
    return open_desk(path)


def test_the_window_shows_the_older_copy_notice_until_dismissed(qtbot, desk, dispute,
                                                                 tmp_path):
    copy = _older_copy(desk, dispute, tmp_path)
    try:
        window = MainWindow(copy, "ko")
        qtbot.addWidget(window)
        window.show()
        bar = window.notice_bar
        assert bar is not None and bar.isVisible()
        assert "예전 사본" in bar.label.text() and "officer-desk" not in bar.label.text()
        assert bar.kind == "notice" and bar.close_button.isVisible()
        qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
        assert not bar.isVisible()
        rebuilt = MainWindow(copy, "en")  # a language change rebuilds the window
        qtbot.addWidget(rebuilt)
        assert rebuilt.notice_bar is None
    finally:
        copy.close()


def test_no_bar_when_there_is_nothing_to_say(qtbot, desk):
    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    assert window.notice_bar is None
