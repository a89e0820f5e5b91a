"""The Conflicts page's Edit… dialog stores exactly what the person saw (s27 #1).

``EditConflictDialog.values()`` left out the spaces at the ends of what was typed, and
the services made a line break typed into a one-line field a space, both unseen. Now
Save first puts such a value in its box as it will be stored, with what changed under
it, and stores only at the next Save. Typed key by key; read back with sqlite3.
"""

from __future__ import annotations

import json

import pytest
from key_typing import type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from test_user_check import conflict_page, stored

from officer_desk.gui import messages
from officer_desk.gui.conflicts_page import EditConflictDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)

SAID = {"en": ("Some values are now shown as they will be stored",
               "line breaks and tabs made spaces", "spaces at the ends left out"),
        "ko": ("일부 값을 저장될 값으로 보여 드립니다", "줄바꿈과 탭을 공백으로 바꿈",
               "앞뒤 공백을 뺌")}


@pytest.fixture(autouse=True)
def discard_when_closed(monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)


def press_save(qtbot, dialog: EditConflictDialog) -> None:
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    save.setFocus()
    qtbot.keyClick(save, Qt.Key.Key_Space)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_typed_title_is_shown_as_it_will_be_stored_before_it_is_stored(
        qtbot, desk, dispute, tmp_path, monkeypatch, problems, lang):
    from officer_desk.gui.texts import use_language

    use_language(lang)
    page = conflict_page(qtbot, desk, dispute, tmp_path, monkeypatch,
                         {"title_ko": "사무실 제목"}, {"title_ko": "출장 중 제목"})
    page.lang = lang
    before = stored(desk, "disputes")[0]["title_ko"]  # the side the merge applied
    seen: dict[str, object] = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EditConflictDialog)
        try:
            box = dialog.inputs["title_ko"]
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClick(box, Qt.Key.Key_Delete)
            type_text(box, "  합친 제목")
            qtbot.keyClick(box, Qt.Key.Key_Return)  # a line break in a one-line field
            type_text(box, "둘째 줄 ")
            press_save(qtbot, dialog)
            seen["open"] = dialog.isVisible()
            seen["box"] = box.toPlainText()
            seen["note"] = dialog.tidied["title_ko"].text()
            seen["problem"] = dialog.problem.text()
            seen["stored before"] = stored(desk, "disputes")[0]["title_ko"]
            press_save(qtbot, dialog)  # saved as shown
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, drive)
    page.edit_button.setFocus()
    qtbot.keyClick(page.edit_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "box" in seen)
    use_language("ko")
    assert seen["open"] is True
    assert seen["box"] == "합친 제목 둘째 줄"
    assert seen["stored before"] == before  # nothing stored at the first Save
    heading, breaks, ends = SAID[lang]
    assert heading in str(seen["problem"])
    assert breaks in str(seen["note"]) and ends in str(seen["note"])
    assert '"  합친 제목\\n둘째 줄 "' in str(seen["note"])  # as typed, visible
    assert stored(desk, "disputes")[0]["title_ko"] == "합친 제목 둘째 줄"
    assert problems == []


def test_a_value_typed_as_it_will_be_stored_is_saved_at_the_first_press(
        qtbot, desk, dispute, tmp_path, monkeypatch, problems):
    page = conflict_page(qtbot, desk, dispute, tmp_path, monkeypatch,
                         {"title_ko": "사무실 제목"}, {"title_ko": "출장 중 제목"})
    closed: list[bool] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EditConflictDialog)
        try:
            box = dialog.inputs["title_ko"]
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            type_text(box, "합친 제목")
            press_save(qtbot, dialog)
            closed.append(not dialog.isVisible())
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, drive)
    page.edit_button.setFocus()
    qtbot.keyClick(page.edit_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(closed))
    assert closed == [True]
    assert stored(desk, "disputes")[0]["title_ko"] == "합친 제목" and problems == []


def edit_and_save(qtbot, page, name: str, typed: str) -> list[object]:
    """Edit…: what the box for ``name`` offered, then ``typed`` over it and Save
    (pressed again if the first press only showed values as they will be stored)."""
    seen: list[object] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EditConflictDialog)
        try:
            box = dialog.inputs[name]
            seen.append(box.toPlainText())
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClick(box, Qt.Key.Key_Delete)
            for line_number, line in enumerate(typed.split("\n")):
                if line_number:
                    qtbot.keyClick(box, Qt.Key.Key_Return)
                type_text(box, line)
            press_save(qtbot, dialog)
            seen.append(dialog.isVisible())
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, drive)
    page.edit_button.setFocus()
    qtbot.keyClick(page.edit_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(seen) == 2)
    return seen


def test_counterparties_are_edited_as_the_editor_shows_them(
        qtbot, desk, dispute, tmp_path, monkeypatch, problems):
    """s28 window check: the box offered the counterparties as JSON
    ('[{"name": "B Ltd", "type": "competitor"}]'), and "A LLC [NPE]" typed as the
    record's editor takes a party was stored as a party called "A LLC [NPE]" of no
    type, unsaid. Now the box holds "name [type]" lines, read as the editor reads them."""
    page = conflict_page(qtbot, desk, dispute, tmp_path, monkeypatch,
                         {"counterparties": [{"name": "A LLC", "type": "npe"}]},
                         {"counterparties": [{"name": "B Ltd", "type": "competitor"}]})
    offered, still_open = edit_and_save(qtbot, page, "counterparties",
                                        "A LLC [NPE]\nB Ltd [경쟁사]")
    assert offered in ("A LLC [특허관리전문회사(NPE)]", "B Ltd [경쟁사]")
    assert still_open is False and problems == []
    assert json.loads(stored(desk, "disputes")[0]["counterparties"]) == [
        {"name": "A LLC", "type": "npe"}, {"name": "B Ltd", "type": "competitor"}]


def test_tags_are_edited_as_the_editor_shows_them(qtbot, desk, dispute, tmp_path,
                                                  monkeypatch, problems):
    """The box offered tags as JSON ('["배터리"]'); an item added to it without its
    quotes ('["NPE", 세관]') was stored as one tag of that whole text. Now "a; b", as
    in the record's editor."""
    page = conflict_page(qtbot, desk, dispute, tmp_path, monkeypatch,
                         {"tags": ["NPE", "특허"]}, {"tags": ["배터리"]})
    offered, still_open = edit_and_save(qtbot, page, "tags", "NPE; 배터리; 세관")
    assert offered in ("NPE; 특허", "배터리")
    assert still_open is False and problems == []
    assert json.loads(stored(desk, "disputes")[0]["tags"]) == ["NPE", "배터리", "세관"]
