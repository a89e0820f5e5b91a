"""The first start, the settings dialog, and the window's language from the settings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from officer_desk import config, settings
from officer_desk.fonts import FontProblem, resolve_korean_font
from officer_desk.gui import app as gui_app
from officer_desk.gui import first_start, texts
from officer_desk.gui.first_start import FirstStartDialog
from officer_desk.gui.settings_dialog import SettingsDialog
from officer_desk.services.desk import init_desk, open_desk


@pytest.fixture(autouse=True)
def _language_restored():
    """The window's language is process-wide: English here, then as it was found."""
    before = texts._language
    texts.use_language("en")
    yield
    texts.use_language(before)


def _dialog(qtbot, chosen: Path | None = None) -> FirstStartDialog:
    dialog = FirstStartDialog("en", actor="김영희",
                              choose_file=lambda parent, caption, start: str(chosen or ""))
    qtbot.addWidget(dialog)
    return dialog


def test_first_start_sets_up_a_post_database_and_remembers_it(qtbot, tmp_path):
    target = tmp_path / "mine" / "us.sqlite"
    dialog = _dialog(qtbot, target)
    assert dialog.file.text() == str(config.data_dir() / "officer-desk.sqlite")
    assert dialog.officer.text() == "김영희"
    dialog.browse.click()
    assert dialog.file.text() == str(target)
    dialog.post.setCurrentIndex(dialog.post.findData("CN"))
    dialog.officer.setText("박민수")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.path == target and dialog.choice == "created"
    assert settings.load().database == str(target)
    desk = open_desk(target)
    try:
        assert desk.home_post == "CN" and not desk.is_hq and not desk.demo
        assert desk.actor == "박민수"
    finally:
        desk.close()


def test_first_start_can_set_up_hq(qtbot, tmp_path):
    dialog = _dialog(qtbot)
    dialog.file.setText(str(tmp_path / "hq.sqlite"))
    dialog.hq_option.setChecked(True)
    assert not dialog.post.isEnabled()
    dialog.accept()
    desk = open_desk(tmp_path / "hq.sqlite")
    try:
        assert desk.is_hq
    finally:
        desk.close()


def test_an_existing_file_is_refused_with_a_message(qtbot, tmp_path):
    existing = tmp_path / "us.sqlite"
    init_desk(existing, post="US").close()
    dialog = _dialog(qtbot)
    dialog.file.setText(str(existing))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.path is None
    assert "already exists" in dialog.problem.text()
    assert settings.load().database == ""


def test_an_unknown_post_is_refused_with_a_message(qtbot, tmp_path):
    dialog = _dialog(qtbot)
    dialog.file.setText(str(tmp_path / "zz.sqlite"))
    dialog.post.setEditText("ZZ")
    dialog.accept()
    assert "unknown post 'ZZ'" in dialog.problem.text()
    assert not (tmp_path / "zz.sqlite").exists()


def test_the_demo_button_opens_the_demo_database(qtbot, monkeypatch):
    monkeypatch.setattr(first_start, "DEMO_RECORDS", 60)
    dialog = _dialog(qtbot)
    dialog.demo_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.path == config.demo_database_path() and dialog.choice == "demo"
    assert settings.load().database == ""  # the demo is not remembered
    desk = open_desk(dialog.path)
    try:
        assert desk.demo
    finally:
        desk.close()


def test_cancel_creates_nothing(qtbot):
    dialog = _dialog(qtbot)
    dialog.reject()
    assert dialog.path is None
    assert not Path(dialog.file.text()).exists()
    assert not settings.settings_path().exists()


def test_run_without_a_database_opens_the_demo_and_closing_exits_quietly(
        qapp, monkeypatch):
    """The first start (nothing chosen): the demo database, made and not remembered;
    the person's own case log is not made behind their back."""
    from officer_desk.gui.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(first_start, "DEMO_RECORDS", 120)
    seen: list[QWidget] = []

    def close() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if w.isVisible() and isinstance(w, MainWindow)]
        if not shown:
            QTimer.singleShot(100, close)  # the demo is still being made
            return
        for widget in shown:
            seen.append(widget)
            widget.close()

    QTimer.singleShot(100, close)
    assert gui_app.run(None) == 0
    assert len(seen) == 1 and seen[0].desk.demo
    assert not (config.data_dir() / "officer-desk.sqlite").exists()
    assert config.demo_database_path().exists()
    assert settings.load().database_path() is None


# --- the settings dialog ------------------------------------------------------------------


def test_settings_dialog_saves_language_and_font(qtbot, tmp_path):
    try:
        font = resolve_korean_font()
    except FontProblem:
        pytest.skip("no Korean TrueType font on this machine")
    dialog = SettingsDialog(tmp_path / "us.sqlite",
                            choose_font=lambda parent, caption, start: str(font.regular))
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.font_browse.click()
    assert dialog.font.text() == str(font.regular) and dialog.font_problem.isHidden()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.language_changed
    saved = settings.load()
    assert saved.language == "en" and saved.korean_font == str(font.regular)


def test_settings_dialog_refuses_a_bad_font(qtbot, tmp_path):
    bad = tmp_path / "broken.ttf"
    bad.write_bytes(b"not a font")
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    dialog.font.setText(str(bad))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.font_problem.isHidden()
    assert "cannot be used" in dialog.font_problem.text()
    assert not settings.settings_path().exists()


def test_settings_dialog_refuses_a_missing_database(qtbot, tmp_path):
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    dialog.database.setText(str(tmp_path / "gone.sqlite"))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "no database" in dialog.database_problem.text()


# --- the window's language ----------------------------------------------------------------


def _close_soon(seen: list[str], then=None) -> None:
    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and hasattr(widget, "menuBar"):
                seen.append(widget.menuBar().actions()[0].text())
                if then is not None:
                    then(widget)
                    return
                widget.close()

    QTimer.singleShot(100, close)


def test_run_takes_the_language_and_database_from_the_settings(qapp, desk, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs the crash hook
    path = desk.path
    desk.close()
    settings.save(settings.Settings(database=str(path), language="en"))
    seen: list[str] = []
    _close_soon(seen)
    assert gui_app.run(None) == 0
    assert seen == ["&File"]
    seen.clear()
    _close_soon(seen)
    assert gui_app.run(None, lang="ko") == 0  # an explicit language wins
    assert seen == ["파일(&F)"]


def test_a_language_change_rebuilds_the_window(qapp, desk, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = desk.path
    desk.close()
    settings.save(settings.Settings(database=str(path), language="en"))
    seen: list[str] = []

    def choose_korean(window) -> None:
        settings.update(language="ko")
        window.languageChosen.emit("ko")
        _close_soon(seen)

    _close_soon(seen, then=choose_korean)
    assert gui_app.run(None) == 0
    assert seen == ["&File", "파일(&F)"]


def test_the_settings_menu_opens_the_dialog(qtbot, desk):
    from officer_desk.gui.main_window import MainWindow

    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    chosen: list[str] = []
    window.languageChosen.connect(chosen.append)
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    dialog.accept()
    assert chosen == ["ko"]


def test_the_demo_is_made_in_the_worker_thread_and_a_failure_leaves_no_file(
        qtbot, monkeypatch):
    import threading

    from officer_desk.gui import messages

    monkeypatch.setattr(first_start, "DEMO_RECORDS", 60)
    threads = []
    real = first_start.generate_demo

    named = []  # whether the demo's own name existed while it was being filled

    def generate(desk, **kwargs):
        threads.append(threading.current_thread())
        named.append(config.demo_database_path().exists())
        if len(threads) == 1:
            raise first_start.OfficerDeskError("the disk is full")
        return real(desk, **kwargs)

    monkeypatch.setattr(first_start, "generate_demo", generate)
    shown = []
    monkeypatch.setattr(messages, "show_problem", lambda parent, title, text: shown.append(text))
    dialog = _dialog(qtbot)
    dialog.demo_button.click()
    assert shown == ["the disk is full"] and dialog.result() != QDialog.DialogCode.Accepted
    assert not config.demo_database_path().exists()  # no half-made demo is left
    dialog.demo_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert all(t is not threading.main_thread() for t in threads)
    # made under a temporary name and named when complete: none left beside it
    assert named == [False, False]
    demo = config.demo_database_path()
    assert demo.stat().st_size > 0
    assert not [p.name for p in demo.parent.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("lang, said", [
    ("en", "The officer name is now shown as it will be recorded (spaces at its ends"),
    ("ko", "담당관 이름을 기록될 값으로 보여 드립니다(앞뒤 공백을 뺌)"),
])
def test_an_officer_name_typed_with_spaces_is_shown_as_recorded_before_it_is(
        qtbot, tmp_path, lang, said):
    """s27 #2: " Park  " typed as the officer name was recorded as "Park", unseen."""
    import sqlite3

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    texts.use_language(lang)
    target = tmp_path / "us.sqlite"
    dialog = FirstStartDialog(lang, actor="김영희",
                              choose_file=lambda parent, caption, start: str(target))
    qtbot.addWidget(dialog)
    dialog.browse.click()
    dialog.officer.setFocus()
    QTest.keyClick(dialog.officer, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.officer, " Park  ")
    start = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    start.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and not target.exists()
    assert dialog.officer.text() == "Park" and said in dialog.problem.text()
    start.click()  # as shown
    assert dialog.result() == QDialog.DialogCode.Accepted
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("SELECT value FROM meta WHERE key = 'officer'").fetchall() == [
            ("Park",)]
    finally:
        conn.close()
