"""Help → About (issue 16) and ``gui --screenshot`` (the first painted window saved)."""

from __future__ import annotations

import struct
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from officer_desk import __version__, config
from officer_desk.gui import app as gui_app
from officer_desk.gui.first_paint import painted_at
from officer_desk.gui.main_window import MainWindow
from officer_desk.storage.migrations import LATEST


def _about_from_the_menu(qtbot, window) -> QMessageBox:
    """Alt+H then A, as a person would; the box is read and closed with Escape."""
    seen: list[QMessageBox] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.informativeText(), box.windowTitle()))
        QTest.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(300, read_and_close)
    window.about_action.trigger()
    assert seen
    return seen[0]


def test_about_shows_version_data_folder_schema_and_licences(qtbot, desk):
    window = MainWindow(desk, "ko")
    qtbot.addWidget(window)
    window.show()
    text, info, title = _about_from_the_menu(qtbot, window)
    assert title == "Officer Desk 정보"
    assert text == f"Officer Desk 버전 {__version__}"
    assert f"데이터 폴더: {config.data_dir()}" in info
    assert f"데이터베이스 스키마: {LATEST}" in info
    assert f"열린 데이터베이스: {desk.path} (스키마 {LATEST})" in info
    for part in ("Qt ", "PySide6", "reportlab", "openpyxl", "NanumGothic",
                 "LGPL-3.0", "SIL Open Font License 1.1"):
        assert part in info, part


def test_about_in_english(qtbot, desk, english):
    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    window.show()
    text, info, title = _about_from_the_menu(qtbot, window)
    assert (title, text) == ("About Officer Desk", f"Officer Desk version {__version__}")
    assert f"Database schema: {LATEST}" in info and "licence LGPL-3.0" in info


def test_screenshot_of_the_first_painted_window(qapp, desk, tmp_path, monkeypatch, capfd):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs the crash hook
    path = desk.path
    desk.close()
    shot = tmp_path / "shots" / "first.png"
    assert gui_app.run(path, lang="en", screenshot=shot) == 0  # it quits by itself
    out = capfd.readouterr().out
    assert "First paint at monotonic=" in out
    assert f"the window (MainWindow) was saved to {shot}" in out
    assert 0 < painted_at(out) <= time.monotonic()
    head = shot.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    assert width >= 640 and height >= 400
