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
