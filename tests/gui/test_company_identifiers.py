"""The company editor fills what else names a company (brands, former names, domain
names, other registration numbers): inputs made from the field specifications."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from officer_desk.domain.kinds import COMPANIES
from officer_desk.gui.editor import RecordEditor
from officer_desk.services import records

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)

IDENTIFIERS = {
    "brands": ("Brands and products", "브랜드·제품명"),
    "former_names": ("Former names", "이전 상호"),
    "domains": ("Domain names", "도메인"),
    "registration_numbers": ("Other registration numbers", "기타 등록번호"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_company_editor_has_an_input_for_each_identifier(qtbot, desk, lang):
    w = RecordEditor(desk, COMPANIES, None, lang)
    qtbot.addWidget(w)
    for name, (en, ko) in IDENTIFIERS.items():
        assert isinstance(w.inputs[name].widget, QLineEdit)
        assert w.labels[name].text() == (ko if lang == "ko" else en)


@pytest.fixture
def quiet(monkeypatch):
    """Questions answered Yes, problems collected (nothing modal in a test)."""
    from officer_desk.gui import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)
    monkeypatch.setattr(messages, "show_problem", lambda parent, title, text: shown.append(text))
    return shown


def test_typed_identifiers_are_stored_as_lists(qtbot, desk, company, quiet):
    w = RecordEditor(desk, COMPANIES, company, "ko")
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    typed = {"brands": "ARA; ", "domains": "ara-ent.com; ara.kr",
             "former_names": "Ara Media Inc.", "registration_numbers": "110111-1234567"}
    for name, text in typed.items():
        box = w.inputs[name].widget
        box.setFocus()
        qtbot.keyClicks(box, text)  # key events carry ASCII only (QTest)
    w.inputs["brands"].widget.insert("아라")  # what an input method commits
    qtbot.keyClicks(w.inputs["brands"].widget, "; ARA Ent.")
    qtbot.keyClick(w.inputs["brands"].widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [e.text() for e in w.errors.values() if e.text()] == [] and quiet == []
    assert w.result() == w.DialogCode.Accepted
    saved = records.get(desk, company.id).values
    assert saved["brands"] == ["ARA", "아라", "ARA Ent."]
    assert saved["domains"] == ["ara-ent.com", "ara.kr"]
    assert saved["former_names"] == ["Ara Media Inc."]
    assert saved["registration_numbers"] == ["110111-1234567"]
