"""Files as officers expect: the welcome screen, File → New case log… / Open… / Open
recent, a wrong file said in the window (which stays, with what was open), and a
read-only window that says so and whose editors are read-only from the start."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from officer_desk import config, settings
from officer_desk.domain.kinds import DISPUTES, FOLLOW_UPS
from officer_desk.gui import messages
from officer_desk.gui.first_start import FirstStartDialog
from officer_desk.gui.main_window import MainWindow
from officer_desk.gui.session import Session
from officer_desk.gui.welcome import WelcomeWindow
from officer_desk.services.desk import init_desk, open_desk
from officer_desk.storage.lock import lock_path

#: The offscreen platform cannot raise windows or grab the keyboard for popups.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def answer_yes(monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)


@pytest.fixture
def session(qtbot):
    s = Session("ko")
    yield s
    s.close()


def active(qtbot, w) -> None:
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)


def case_log(tmp_path: Path, name: str, post: str = "US") -> Path:
    path = tmp_path / name
    init_desk(path, post=post, officer="김영희").close()
    return path


def wrong_files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "wrong"
    folder.mkdir()
    text = folder / "분쟁목록.txt"
    text.write_text("한빛배터리, 특허침해\n", encoding="utf-8")
    pdf = folder / "소장.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" * 20)
    other = folder / "places.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    empty = folder / "empty.sqlite"
    empty.write_bytes(b"")
    return {"text": text, "pdf": pdf, "other": other, "empty": empty,
            "missing": folder / "gone.sqlite"}


@pytest.fixture
def small_demo(monkeypatch):
    """The demo database the first start makes, small enough for a test."""
    from officer_desk.gui import first_start

    monkeypatch.setattr(first_start, "DEMO_RECORDS", 120)


def test_the_first_start_opens_the_demo_and_says_how_to_start_ones_own(
        qtbot, session, small_demo):
    """Nothing chosen and nothing opened before: the program opens the demo database
    (made where there is none), as ``make run`` promises, and its bar names the way to a
    case log of one's own — which Ctrl+Shift+N then offers. The demo is not remembered."""
    session.start()
    window = session.window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert session.desk is not None and session.desk.demo
    assert session.desk.path == config.demo_database_path()
    assert session.desk.conn.execute("SELECT count(*) FROM disputes").fetchone()[0] > 0
    assert window.demo_bar.isVisibleTo(window)
    assert "데모 데이터베이스" in window.demo_bar.label.text()
    assert "새 사건 기록부" in window.demo_bar.label.text()
    assert settings.load().database_path() is None
    assert settings.load().recent_databases == []
    seen: list[object] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.reject()

    active(qtbot, window)
    QTimer.singleShot(0, look)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N,
                   CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(seen) == 1 and isinstance(seen[0], FirstStartDialog)
    assert session.desk.demo and session.window is window  # cancelled: still the demo


def test_a_case_log_of_ones_own_shows_no_demo_bar(qtbot, tmp_path):
    window = MainWindow(open_desk(case_log(tmp_path, "us.sqlite")), "ko")
    qtbot.addWidget(window)
    try:
        assert not hasattr(window, "demo_bar")
    finally:
        window.desk.close()


def test_the_welcome_screen_offers_a_case_log_the_demo_and_the_files(qtbot, session):
    session.show_welcome()
    window = session.window
    assert isinstance(window, WelcomeWindow) and window.isVisible()
    assert session.desk is None
    assert window.new_button.text() == "새 사건 기록부…"
    assert window.open_button.text() == "사건 기록부 열기…"
    assert window.demo_button.isVisibleTo(window)
    assert window.no_recent.isVisibleTo(window) and not window.recent.isVisibleTo(window)
    assert window.notice.text() == ""
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts == ["새 사건 기록부(&N)…", "열기(&O)…", "최근 파일 열기(&R)", "끝내기(&Q)"]


def test_new_case_log_from_the_welcome_screen_opens_it_and_remembers_it(
        qtbot, session, tmp_path):
    session.show_welcome()
    welcome = session.window
    wanted = tmp_path / "posts" / "jp.sqlite"

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstStartDialog)
        dialog.post.setCurrentIndex(dialog.post.findData("JP"))
        dialog.file.setText(str(wanted))
        dialog.accept()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(welcome.new_button, Qt.MouseButton.LeftButton)
    assert isinstance(session.window, MainWindow) and session.window.isVisible()
    assert session.desk is not None and session.desk.home_post == "JP"
    assert session.desk.path == wanted
    saved = settings.load()
    assert saved.database == str(wanted.resolve())
    assert saved.recent_databases == [str(wanted.resolve())]


@pytest.mark.parametrize("what", ["text", "pdf", "other", "empty", "missing"])
def test_opening_a_wrong_file_says_so_in_the_window_and_keeps_what_was_open(
        qtbot, session, tmp_path, what):
    good = case_log(tmp_path, "us.sqlite")
    assert session.open_path(good)
    window, desk = session.window, session.desk
    assert isinstance(window, MainWindow)
    active(qtbot, window)
    wrong = wrong_files(tmp_path)[what]
    beside = sorted(p.name for p in wrong.parent.iterdir())
    session.choose_file = lambda parent, caption: str(wrong)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_O, CTRL)  # File → Open…
    assert session.window is window and window.isVisible()
    assert session.desk is desk and not desk.closed
    assert desk.conn.execute("SELECT count(*) FROM posts").fetchone()[0] > 0  # still usable
    shown = window.problem_bar.text()
    assert wrong.name in shown and "열지 못했습니다" in shown
    assert sorted(p.name for p in wrong.parent.iterdir()) == beside  # nothing left beside
    assert not lock_path(wrong).exists()
    assert str(wrong.resolve()) not in settings.load().recent_databases


def test_a_wrong_file_on_the_welcome_screen_is_said_there(qtbot, session, tmp_path):
    session.show_welcome()
    welcome = session.window
    wrong = wrong_files(tmp_path)["pdf"]
    session.choose_file = lambda parent, caption: str(wrong)
    qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)
    assert session.window is welcome and welcome.isVisible() and session.desk is None
    assert "소장.pdf" in welcome.notice.text() and "SQLite 파일이 아님" in welcome.notice.text()
    assert not lock_path(wrong).exists()


def test_open_recent_lists_the_files_opened_last_and_opens_one(qtbot, session, tmp_path):
    us, jp = case_log(tmp_path, "us.sqlite"), case_log(tmp_path, "jp.sqlite", "JP")
    assert session.open_path(us)
    us_desk = session.desk
    assert session.open_path(jp)
    assert us_desk.closed  # the file opened before was closed, not left open
    window = session.window
    assert session.desk.home_post == "JP" and us.exists()
    menu = window.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text() for a in entries] == ["&1 jp.sqlite", "&2 us.sqlite", "목록 지우기"]
    entries[1].trigger()
    assert session.desk.home_post == "US" and session.window is not window
    assert not window.isVisible()
    assert settings.load().recent_databases[:2] == [str(us.resolve()), str(jp.resolve())]


def test_the_next_start_opens_the_last_file_or_welcomes_with_the_reason(
        qtbot, tmp_path):
    path = case_log(tmp_path, "us.sqlite")
    first = Session("ko")
    assert first.open_path(path)
    first.close()
    again = Session("ko")
    again.start()
    assert isinstance(again.window, MainWindow) and again.desk.path == path
    again.close()
    path.rename(tmp_path / "moved.sqlite")
    last = Session("ko")
    last.start()
    try:
        assert isinstance(last.window, WelcomeWindow)
        assert "us.sqlite" in last.window.notice.text()
        assert "(찾을 수 없음)" in last.window.recent.item(0).text()  # still listed
    finally:
        last.close()


def test_a_recent_file_on_the_welcome_screen_opens_with_enter(qtbot, session, tmp_path):
    path = case_log(tmp_path, "us.sqlite")
    settings.remember_opened(path)
    settings.update(database="")
    session.start()
    welcome = session.window
    assert isinstance(welcome, WelcomeWindow) and welcome.recent.count() == 1
    active(qtbot, welcome)
    welcome.recent.setFocus()
    qtbot.keyClick(welcome.recent, Qt.Key.Key_Return)
    assert isinstance(session.window, MainWindow) and session.desk.path == path


def test_a_read_only_window_says_so_and_its_editors_are_read_only_from_the_start(
        qtbot, session, tmp_path, dispute, desk):
    path = desk.path
    desk.close()
    readonly = open_desk(path, readonly=True)
    window = MainWindow(readonly, "ko")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    bar = window.read_only_bar
    assert bar.isVisible() and bar.kind == "read_only"
    assert "읽기 전용" in bar.text() and "us.sqlite" in bar.text()
    assert not bar.close_button.isVisible()  # it stays while the file is read-only
    assert not window.import_action.isEnabled() and not window.merge_action.isEnabled()
    assert not window.backup_actions.restore_action.isEnabled()
    # a new dispute: the editor is read-only before anything is typed
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.current_list()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, CTRL)
    editor = page.editor
    assert editor.readonly and editor.note.isVisibleTo(editor)
    assert "읽기 전용" in editor.note.text()
    assert not editor.save_button.isVisibleTo(editor)
    title = editor.inputs["title_ko"].widget
    assert not title.isEnabled()
    qtbot.keyClicks(title, "lost words")
    assert title.text() == ""  # nothing can be typed, so nothing typed is lost
    editor.close()
    # the record's follow-ups cannot be added either
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current_record_id() == dispute.id)
    panel = page.follow_ups
    panel.show_record(dispute.id)
    assert not panel.add_button.isEnabled()
    assert list(readonly.repo.rows(FOLLOW_UPS, "WHERE deleted = 0")) == []
    assert [r.id for r in readonly.repo.rows(DISPUTES, "WHERE deleted = 0")] == [dispute.id]
    window.close()
    readonly.close()
