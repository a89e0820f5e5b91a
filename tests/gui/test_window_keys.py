"""Keyboard first, window-wide: Ctrl+1 … Ctrl+9 switch pages, Ctrl+N works on every
page (the dashboard asks which kind)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officer_desk.domain.kinds import DISPUTES, ENGAGEMENTS
from officer_desk.gui import messages
from officer_desk.gui.kind_chooser import KindChooser
from officer_desk.gui.list_page import RecordListPage
from officer_desk.gui.main_window import MainWindow

#: The offscreen platform cannot raise windows or grab the keyboard for popups.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)


@pytest.fixture(autouse=True)
def discard_when_closed(monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)


@pytest.fixture
def window(qtbot, desk):
    w = MainWindow(desk, "ko")
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


def ctrl(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key,
                   Qt.KeyboardModifier.ControlModifier)


def shown_name(window: MainWindow) -> str:
    return window.pages.currentWidget().objectName()


def test_ctrl_and_a_number_shows_that_entry_of_the_navigation(qtbot, window):
    assert shown_name(window) == "dashboard"
    for key, name in ((Qt.Key.Key_2, "list_disputes"), (Qt.Key.Key_5, "list_companies"),
                      (Qt.Key.Key_7, "list_follow_ups"), (Qt.Key.Key_1, "dashboard"),
                      (Qt.Key.Key_3, "list_engagements")):
        ctrl(qtbot, key)
        assert shown_name(window) == name
    # Conflicts and Import log are not in the navigation (none yet): nothing happens
    ctrl(qtbot, Qt.Key.Key_8)
    ctrl(qtbot, Qt.Key.Key_9)
    assert shown_name(window) == "list_engagements"
    assert window.nav.item(1).toolTip() == "Ctrl+2"


def test_ctrl_n_on_the_dashboard_asks_which_kind(qtbot, window):
    ctrl(qtbot, Qt.Key.Key_N)
    chooser = window.kind_chooser
    assert isinstance(chooser, KindChooser) and chooser.isVisible()
    assert [chooser.list.item(n).text() for n in range(chooser.list.count())][:2] == [
        "1  분쟁", "2  협의"]
    qtbot.waitUntil(chooser.list.hasFocus)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert not chooser.isVisible()
    page = window.current_page()
    assert isinstance(page, RecordListPage) and page.kind is ENGAGEMENTS
    assert page.editor.isVisible() and page.editor.kind is ENGAGEMENTS
    assert page.editor.record is None
    page.editor.reject()


def test_a_number_chooses_the_kind_at_once_and_esc_chooses_none(qtbot, window):
    ctrl(qtbot, Qt.Key.Key_N)
    chooser = window.kind_chooser
    qtbot.keyClick(chooser.list, Qt.Key.Key_Escape)
    assert not chooser.isVisible() and shown_name(window) == "dashboard"
    ctrl(qtbot, Qt.Key.Key_N)
    qtbot.keyClick(window.kind_chooser.list, Qt.Key.Key_1)
    page = window.current_page()
    assert page.kind is DISPUTES and page.editor.kind is DISPUTES
    page.editor.reject()


def test_ctrl_n_on_a_list_makes_that_lists_kind_and_asks_nothing(qtbot, window):
    ctrl(qtbot, Qt.Key.Key_2)
    ctrl(qtbot, Qt.Key.Key_N)
    page = window.current_page()
    assert page.kind is DISPUTES and page.editor.isVisible()
    assert getattr(window, "kind_chooser", None) is None
    page.editor.reject()
