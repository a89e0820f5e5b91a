"""Starting the window: the Korean font, and a clean exit."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from officer_desk.gui import app as gui_app


def test_the_window_opens_and_closes_cleanly(qapp, desk, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs the crash hook
    path = desk.path
    desk.close()
    closed = []

    def close_soon():
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                closed.append(widget.windowTitle())
                widget.close()

    QTimer.singleShot(200, close_soon)
    assert gui_app.run(path, lang="en") == 0
    assert closed and "us.sqlite (US)" in closed[0]


def test_a_missing_database_is_said_on_the_welcome_screen_not_a_crash(
        qapp, tmp_path, monkeypatch):
    from officer_desk.gui.welcome import WelcomeWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown = []

    def close_soon():
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                assert isinstance(widget, WelcomeWindow)
                shown.append(widget.notice.text())
                widget.close()

    QTimer.singleShot(200, close_soon)
    assert gui_app.run(tmp_path / "nope.sqlite", lang="ko") == 0
    assert shown and "nope.sqlite" in shown[0] and "데이터베이스가 없습니다" in shown[0]
    assert not (tmp_path / "nope.sqlite").exists()
    assert not (tmp_path / "nope.sqlite.lock").exists()


@pytest.mark.parametrize("text", ['{"language": "ko", "database":', '["a list"]'])
def test_a_damaged_settings_file_is_said_in_the_window_in_its_language(
        qapp, desk, monkeypatch, text):
    """The defaults were used in silence: the window now says the settings file could
    not be read, in the window's language, with whatever else its bar says."""
    from officer_desk import settings

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    settings.settings_path().write_text(text, encoding="utf-8")
    path = desk.path
    desk.close()
    shown = []

    def close_soon():
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                shown.append(widget.problem_bar.text())
                widget.close()

    QTimer.singleShot(200, close_soon)
    assert gui_app.run(path, lang="ko") == 0
    assert shown and "설정 파일" in shown[0] and "기본 설정을 씁니다" in shown[0]
    english = shown[0].split("settings.json")[-1]  # after the file's path
    assert not any(word in english for word in ("default", "cannot", "JSON object", "line"))
    # opening the case log saved the settings: what was there is kept beside them
    kept = settings.settings_path().with_name("settings.json" + settings.DAMAGED_SUFFIX)
    assert kept.read_text(encoding="utf-8") == text


def test_korean_font_is_registered_when_there_is_one(qapp):
    from officer_desk.fonts import FontProblem, resolve_korean_font

    try:
        font = resolve_korean_font()
    except FontProblem:
        pytest.skip("no Korean TrueType font on this machine")
    family = gui_app.use_korean_font(qapp)
    assert family is not None and Path(font.regular).exists()
    assert qapp.font().family() == family


def test_a_font_the_system_has_is_asked_for_by_name_and_a_set_file_is_read(
        qapp, monkeypatch, tmp_path):
    """A Korean font installed in the operating system is used by its family (Qt's
    font database has it); a file the person set is read into the application."""
    from PySide6.QtGui import QFontDatabase

    from officer_desk.fonts import SYSTEM_SOURCES, FontProblem, resolve_korean_font

    try:
        font = resolve_korean_font()
    except FontProblem:
        pytest.skip("no Korean TrueType font on this machine")
    if font.source not in SYSTEM_SOURCES or not QFontDatabase.hasFamily(font.family):
        pytest.skip("the Korean font found is not one the system's font database has")
    read: list[str] = []
    real_add = QFontDatabase.addApplicationFont
    monkeypatch.setattr(QFontDatabase, "addApplicationFont",
                        staticmethod(lambda path: read.append(path) or real_add(path)))
    assert gui_app.use_korean_font(qapp) == font.family
    assert read == [] and qapp.font().family() == font.family

    copy = tmp_path / "MyKorean.ttf"
    copy.write_bytes(Path(font.regular).read_bytes())
    family = gui_app.use_korean_font(qapp, str(copy))
    assert read and read[0] == str(copy)
    assert family is not None and qapp.font().family() == family


def test_the_window_icon_is_given_after_the_first_paint(qapp, qtbot, monkeypatch):
    """Reading the SVG icon loads Qt's SVG engine: it waits for the window's first
    paint, and only the window's own events are watched."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QLabel

    before = qapp.windowIcon()
    qapp.setWindowIcon(QIcon())
    asked: list[bool] = []
    real_icon = gui_app.window_icon

    def icon() -> QIcon | None:
        asked.append(True)
        return real_icon()

    monkeypatch.setattr(gui_app, "window_icon", icon)
    window = QLabel("한국어")
    qtbot.addWidget(window)
    gui_app.give_icon_after_first_paint(qapp, window)
    qapp.processEvents()
    assert asked == []  # not shown, not painted
    window.show()
    qtbot.waitUntil(lambda: bool(asked))
    assert not qapp.windowIcon().isNull()
    assert not window.findChildren(gui_app._AfterFirstPaint)  # the watcher is gone
    qapp.setWindowIcon(before)
