"""A company made inline from a dispute's editor ("New company …") gets the typed name
in the field of its script: Hangul, Hanja, kana, Chinese and mixed names are the Korean
name, names in Latin letters the English one. Typed by key events (an input method's
commits for what is not Latin-1), the company editor saved with Ctrl+S, and what is
stored read back with sqlite3."""

from __future__ import annotations

import pytest
import raw_sqlite
from key_typing import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officer_desk.domain.kinds import DISPUTES
from officer_desk.domain.name_script import is_latin_name, name_side
from officer_desk.gui import messages
from officer_desk.gui.editor import RecordEditor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)
CTRL = Qt.KeyboardModifier.ControlModifier

#: typed name -> the field it belongs in
NAMES = {
    "다온로보틱스": "name_ko",              # Hangul
    "三星電子": "name_ko",                  # Hanja
    "ソニーグループ": "name_ko",            # kana (and a kana length mark)
    "华为技术有限公司": "name_ko",          # simplified Chinese
    "삼성 Electronics": "name_ko",          # Hangul with Latin
    "Samsung 電子": "name_ko",              # Latin with Hanja
    "Daon Robotics Inc.": "name_en",        # Latin
    "Société Générale": "name_en",          # Latin with accents
    "ＬＧ Ｃｈｅｍ": "name_en",             # full-width Latin (an input method's)
}


def test_the_rule_for_each_script():
    for name, field in NAMES.items():
        assert f"name_{name_side(name)}" == field, name
    assert is_latin_name("3M") and is_latin_name("") and not is_latin_name("Москва")


@pytest.mark.parametrize("name", list(NAMES))
def test_new_company_from_the_dispute_editor_takes_the_name_by_script(
        qtbot, desk, monkeypatch, name):
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)
    editor = RecordEditor(desk, DISPUTES, None, "ko")
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    company = editor.inputs["company_id"]
    company.combo.setFocus()
    type_text(company.combo.lineEdit(), name)
    assert company.new_button.isVisible()
    said = editor.errors["company_id"]
    assert said.isVisible() and name in said.text()  # no company is named so (yet)
    company.new_button.setFocus()
    qtbot.keyClick(company.new_button, Qt.Key.Key_Space)
    small = company.new_editor
    assert small is not None
    small.activateWindow()
    qtbot.waitUntil(small.isActiveWindow)
    assert QApplication.focusWidget() is small.inputs["name_ko"].widget
    with qtbot.waitSignal(small.accepted):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    other = "name_en" if NAMES[name] == "name_ko" else "name_ko"
    conn = raw_sqlite.connect(desk.path, readonly=True)
    try:
        rows = conn.execute(f"SELECT id, {NAMES[name]}, {other} FROM companies "
                            "WHERE deleted = 0").fetchall()
    finally:
        conn.close()
    assert [(r[1], r[2]) for r in rows] == [(name, None)]
    assert company.get() == rows[0][0]  # the dispute's company is the one made
    # and the field no longer says that no company is named so
    assert not said.isVisible() and said.text() == ""
    assert not company.new_button.isVisible()
