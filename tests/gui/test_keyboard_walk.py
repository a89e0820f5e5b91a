"""A whole case with the keys only: a new dispute from the dashboard (Ctrl+N), its
company made inline, saved, a follow-up added, found again by a search, and all of it
undone and redone — asserting on what is stored."""

from __future__ import annotations

import datetime as dt

import pytest
from key_typing import type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from officer_desk.domain.kinds import COMPANIES, DISPUTES, FOLLOW_UPS
from officer_desk.gui import messages
from officer_desk.gui.follow_ups_panel import FollowUpDialog
from officer_desk.gui.main_window import MainWindow

#: The offscreen platform cannot raise windows or grab the keyboard for popups.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, modifier)


def tab_until(qtbot, wanted: QWidget, most: int = 60) -> None:
    """Press Tab until ``wanted`` has the focus (a person looking at the screen)."""
    for _ in range(most):
        if focused() is wanted:
            return
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted!r}; stuck at {focused()!r}")


def active(qtbot, w: QWidget) -> None:
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)


def live(desk, kind):
    return list(desk.repo.rows(kind, "WHERE deleted = 0"))


@pytest.fixture(autouse=True)
def yes_to_questions(monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)


def test_a_whole_case_with_the_keys_only(qtbot, desk):
    window = MainWindow(desk, "ko")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()

    # -- a new dispute, from the dashboard: Ctrl+N asks which kind, 1 is a dispute
    key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.keyClick(window.kind_chooser.list, Qt.Key.Key_1)
    page = window.current_list()
    assert page is not None and page.kind is DISPUTES
    editor = page.editor
    active(qtbot, editor)
    assert focused() is editor.inputs["title_ko"].widget
    type_text(focused(), "다온로보틱스 특허침해 대응")

    # -- its company, made inline: the typed name offers "New company", Space opens it
    company = editor.inputs["company_id"]
    tab_until(qtbot, company.combo)
    type_text(focused(), "다온로보틱스")
    tab_until(qtbot, company.new_button)
    key(qtbot, Qt.Key.Key_Space)
    small = company.new_editor
    active(qtbot, small)
    assert small.inputs["name_ko"].get() == "다온로보틱스"
    with qtbot.waitSignal(small.accepted):
        key(qtbot, Qt.Key.Key_S, CTRL)
    (made_company,) = live(desk, COMPANIES)
    assert company.get() == made_company.id and not company.new_button.isVisible()
    active(qtbot, editor)

    # -- the rest of the dispute: Down picks a choice, the date is typed as officers do
    for name in ("ip_type", "dispute_kind"):
        box = editor.inputs[name].widget
        assert isinstance(box, QComboBox)
        tab_until(qtbot, box)
        key(qtbot, Qt.Key.Key_Down)
        assert box.currentData() is not None
    tab_until(qtbot, editor.inputs["opened_on"].date.edit)
    type_text(focused(), "2024.3.1")
    assert editor.inputs["opened_on"].date.said.text() == "2024년 3월 1일 (금)"
    key(qtbot, Qt.Key.Key_S, CTRL)  # save
    assert editor.result() == editor.DialogCode.Accepted
    (dispute,) = live(desk, DISPUTES)
    assert dispute["company_id"] == made_company.id
    assert dispute["opened_on"] == dt.date(2024, 3, 1)
    assert dispute["title_ko"] == "다온로보틱스 특허침해 대응"
    assert page.current_record_id() == dispute.id  # the list shows it, chosen
    active(qtbot, window)

    # -- a follow-up, in the record's Follow-ups tab
    tabs = page.tabs
    # Tab leaves the table for the detail tabs (it does not walk the cells)
    tab_until(qtbot, page.table)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is tabs.tabBar() and page.current_record_id() == dispute.id
    follow_ups_tab = next(n for n in range(tabs.count()) if tabs.tabText(n).startswith("후속"))
    while tabs.currentIndex() != follow_ups_tab:
        key(qtbot, Qt.Key.Key_Right)
    panel = page.follow_ups
    assert panel is not None and panel.record_id == dispute.id
    tab_until(qtbot, panel.add_button)

    def fill_follow_up() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FollowUpDialog)
        active(qtbot, dialog)
        try:
            type_text(focused(), "2026-12-05")
            key(qtbot, Qt.Key.Key_Tab)
            type_text(focused(), "답변서 제출 기한")
            key(qtbot, Qt.Key.Key_Return, CTRL)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, fill_follow_up)
    key(qtbot, Qt.Key.Key_Space)
    (follow_up,) = live(desk, FOLLOW_UPS)
    assert follow_up["due_on"] == dt.date(2026, 12, 5)
    assert follow_up["record_id"] == dispute.id
    active(qtbot, window)

    # -- find it again: Ctrl+F, type, Down to the results, the list narrowed to it
    key(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is page.search
    type_text(focused(), "다온")
    key(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not page.model.loading and page.current_record_id() is not None,
                    timeout=3000)
    assert page.model.total == 1 and focused() is page.table
    assert page.current_record_id() == dispute.id

    # -- undo, from the list (Ctrl+Z in the search box undoes the typing, as anywhere)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert live(desk, FOLLOW_UPS) == []
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert live(desk, DISPUTES) == []
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert live(desk, COMPANIES) == []
    for _ in range(3):  # and redo brings each back
        key(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [r.id for r in live(desk, COMPANIES)] == [made_company.id]
    assert [r.id for r in live(desk, DISPUTES)] == [dispute.id]
    assert [r.id for r in live(desk, FOLLOW_UPS)] == [follow_up.id]
