"""A counterparty whose name itself ends in brackets ("… [HK]"), stored with no type:
the editor shows it so that reading it back gives the same name, not a type "HK" the
vocabulary refuses. Typed by keys, as an officer edits another field and saves."""

from __future__ import annotations

import pytest
from key_typing import type_text
from PySide6.QtCore import Qt

from officer_desk.domain.kinds import DISPUTES
from officer_desk.gui.editor import RecordEditor
from officer_desk.gui.inputs import parse_parties
from officer_desk.services import records

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)

BRACKETED = [{"name": "Harbor Trading Ltd [HK]", "type": None},
             {"name": "Voltaic Licensing LLC", "type": "npe"}]


@pytest.fixture(autouse=True)
def _discard(discard_unsaved):
    """Every editor here may be left unsaved by a failing test."""


def shown(qtbot, desk, record, lang: str) -> RecordEditor:
    """The record's editor, shown and active (Ctrl+S is the window's shortcut)."""
    editor = RecordEditor(desk, DISPUTES, record, lang)
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    return editor


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_bracketed_name_without_a_type_survives_an_edit_of_its_field(
        qtbot, desk, dispute, problems, lang):
    records.update(desk, dispute.id, {"counterparties": BRACKETED})
    editor = shown(qtbot, desk, records.get(desk, dispute.id), lang)
    parties = editor.inputs["counterparties"].widget
    parties.setFocus()
    parties.moveCursor(parties.textCursor().MoveOperation.End)
    qtbot.keyClick(parties, Qt.Key.Key_Return)
    type_text(parties, "Acme Corp")
    qtbot.keyClick(parties, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    assert [e.text() for e in editor.errors.values() if e.text()] == []
    assert records.get(desk, dispute.id).values["counterparties"] == [
        *BRACKETED, {"name": "Acme Corp", "type": None}]


def test_typing_the_empty_brackets_keeps_brackets_in_the_name(qtbot, desk, dispute, problems):
    editor = shown(qtbot, desk, dispute, "en")
    parties = editor.inputs["counterparties"].widget
    parties.setFocus()
    parties.selectAll()
    type_text(parties, "Harbor Trading Ltd [HK] []")
    qtbot.keyClick(parties, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    assert records.get(desk, dispute.id).values["counterparties"] == [BRACKETED[0]]


def test_parse_reads_the_last_brackets_as_the_type():
    assert parse_parties("A [HK] []\nB [HK] [npe]") == [
        {"name": "A [HK]", "type": None}, {"name": "B [HK]", "type": "npe"}]
