"""The first Ctrl+S says every problem, in the window's language: what an input already
knows (a day that does not exist, text too long, a company named by part of its name)
together with what the services refuse (a required field left empty), and a Ctrl+S
typed while a company's completion list is open saves (or says why not) instead of
doing nothing. Typed by key events; nothing is stored, read back with sqlite3."""

from __future__ import annotations

import datetime as dt

import pytest
import raw_sqlite
from key_typing import type_text
from korean_text import assert_korean
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from officer_desk.domain.kinds import DISPUTES
from officer_desk.gui.editor import RecordEditor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def shown(problems, discard_unsaved):
    """The messages shown in a box (none is expected: problems go under the fields)."""
    return problems


def open_editor(qtbot, desk, record=None, lang="ko"):
    w = RecordEditor(desk, DISPUTES, record, lang)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


def said_under(w) -> dict[str, str]:
    return {name: label.text() for name, label in w.errors.items() if not label.isHidden()}


def stored_disputes(desk) -> list[tuple]:
    conn = raw_sqlite.connect(desk.path, readonly=True)
    try:
        return conn.execute("SELECT title_ko, jurisdiction FROM disputes "
                            "WHERE deleted = 0").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_wrong_date_and_missing_fields_are_said_at_the_first_save(
        qtbot, desk, company, shown, lang):
    w = open_editor(qtbot, desk, lang=lang)
    type_text(w.inputs["title_ko"].widget, "새 분쟁")
    date = w.inputs["opened_on"].date.edit
    date.setFocus()
    QTest.keyClicks(date, "2024-02-30")
    QTest.keyClick(date, Qt.Key.Key_S, CTRL)
    said = said_under(w)
    # the day that does not exist, and what the services require, at once
    assert set(said) == {"opened_on", "company_id", "ip_type", "dispute_kind"}
    assert "2024-02-30" in said["opened_on"]
    if lang == "ko":
        assert said["ip_type"] == "권리 유형: 필수 항목입니다"
        assert_korean(list(said.values()), "first save")
    else:
        assert said["ip_type"] == "IP type is required"
    assert w.isVisible() and shown == [] and stored_disputes(desk) == []
    assert QApplication.focusWidget() is w.inputs["company_id"].combo  # the first one said


def test_an_existing_record_says_text_too_long_and_an_emptied_title_at_once(
        qtbot, desk, dispute, shown):
    w = open_editor(qtbot, desk, dispute)
    for name, text in (("title_ko", ""), ("title_en", ""), ("jurisdiction", "x" * 45)):
        box = w.inputs[name].widget
        box.setFocus()
        box.selectAll()
        QTest.keyClick(box, Qt.Key.Key_Delete)
        QTest.keyClicks(box, text)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    said = said_under(w)
    assert said == {"title_ko": "제목(한글) 또는 제목(영문) 중 하나는 입력해야 합니다",
                    "jurisdiction": "관할: 너무 깁니다 (45자, 최대 40자)"}
    assert stored_disputes(desk) == [(dispute["title_ko"], None)]


def test_ctrl_s_in_an_open_completion_list_saves_or_says_why(qtbot, desk, company, shown):
    w = open_editor(qtbot, desk)
    type_text(w.inputs["title_ko"].widget, "새 분쟁")
    combo = w.inputs["company_id"].combo
    combo.setFocus()
    type_text(combo.lineEdit(), "한빛")  # part of "(주)한빛배터리": the list offers it
    popup = combo.completer().popup()
    assert popup.isVisible()
    QTest.keyClick(QApplication.activePopupWidget() or popup, Qt.Key.Key_S, CTRL)
    assert not popup.isVisible()
    assert combo.currentText() == "한빛"  # nothing in the list was chosen by Ctrl+S
    said = said_under(w)
    assert set(said) == {"company_id", "ip_type", "dispute_kind", "opened_on"}
    assert stored_disputes(desk) == []
    # the company typed whole, the list open again: Ctrl+S there saves the record
    for name, code in (("ip_type", "patent"), ("dispute_kind", "infringement_suit")):
        box = w.inputs[name].widget
        box.setCurrentIndex(box.findData(code))
    QTest.keyClicks(w.inputs["opened_on"].date.edit, "2024-03-01")
    combo.lineEdit().clear()
    combo.setFocus()
    type_text(combo.lineEdit(), "(주)한빛배터리")
    assert popup.isVisible()
    QTest.keyClick(QApplication.activePopupWidget() or popup, Qt.Key.Key_S, CTRL)
    assert w.result() == w.DialogCode.Accepted
    assert stored_disputes(desk) == [("새 분쟁", None)]
    saved = desk.repo.get(None, w.record_id)
    assert saved.values["company_id"] == company.id
    assert saved.values["opened_on"] == dt.date(2024, 3, 1)
