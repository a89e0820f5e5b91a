"""The editor refuses a second company with a registration number at one post (s26)."""

from __future__ import annotations

import pytest
from key_typing import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officer_desk.domain.kinds import COMPANIES
from officer_desk.gui.editor import RecordEditor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)


@pytest.fixture(autouse=True)
def answers(monkeypatch):
    """Closing the unsaved editor asks: answered Yes (discard), never a modal box."""
    from officer_desk.gui import messages

    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)


def test_the_editor_refuses_a_second_company_with_the_number(qtbot, desk, company):
    w = RecordEditor(desk, COMPANIES, None, "ko", initial={"name_ko": "한빛전지"})
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    brn = w.inputs["brn"].widget
    brn.setFocus()
    type_text(brn, "1234567891")
    qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    assert w.isVisible()  # not saved: the editor stays open
    error = w.errors["brn"]
    assert not error.isHidden() and "(주)한빛배터리" in error.text()
    assert [r["name_ko"] for r in desk.repo.rows(COMPANIES, "WHERE deleted = 0")] == [
        "(주)한빛배터리"]
