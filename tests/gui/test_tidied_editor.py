"""The editor never stores a value otherwise than it shows it.

Typed "AI; 배터리; AI" into a company's tags and pressed Ctrl+S: ["AI", "배터리"] was
stored without a word; a title with spaces at its ends, or a summary ending in blank
lines, was stored trimmed. Now the field is shown as it will be stored, with what
changed under it, before anything is saved: on leaving a one-line field, or by the first
Ctrl+S, which saves nothing; saving again stores what is shown. Typed with key events,
read back with sqlite3.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from test_user_check import ctrl_s, editor, new_dispute, stored, type_into

from officer_desk.domain.kinds import COMPANIES
from officer_desk.gui import messages


@pytest.fixture(autouse=True)
def discard_when_closed(monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)


SAID = {
    "ko": ('태그: ["AI", "배터리", "AI"] → 저장되는 값 ["AI", "배터리"]', "한 번만 둠: \"AI\"",
           "저장될 값으로 보여 드립니다"),
    "en": ('Tags: ["AI", "배터리", "AI"] → stored as ["AI", "배터리"]', "kept once: \"AI\"",
           "shown as they will be stored"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_repeated_tag_is_shown_kept_once_before_it_is_saved(qtbot, desk, lang) -> None:
    w = editor(qtbot, desk, COMPANIES, lang=lang)
    type_into(qtbot, w, "name_ko", "(주)한빛배터리")
    type_into(qtbot, w, "tags", "AI; 배터리; AI")
    ctrl_s(qtbot, w)
    assert w.result() == 0 and stored(desk, "companies") == []  # nothing saved unseen
    assert w.inputs["tags"].widget.text() == "AI; 배터리"
    note = w.tidied["tags"]
    line, how, top = SAID[lang]
    assert not note.isHidden() and line in note.text() and how in note.text()
    assert not w.problem.isHidden() and top in w.problem.text()
    ctrl_s(qtbot, w)  # seen: saved as shown
    assert w.result() == w.DialogCode.Accepted
    (row,) = stored(desk, "companies")
    assert json.loads(row["tags"]) == ["AI", "배터리"]


def test_leaving_a_line_with_spaces_at_its_ends_shows_it_trimmed(qtbot, desk) -> None:
    w = editor(qtbot, desk, COMPANIES)
    widget = type_into(qtbot, w, "name_ko", "  (주)한빛배터리 ")
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert widget.text() == "(주)한빛배터리"
    note = w.tidied["name_ko"]
    assert not note.isHidden() and "앞뒤 공백을 뺌" in note.text()
    ctrl_s(qtbot, w)  # already shown as it is stored: saved at once
    assert w.result() == w.DialogCode.Accepted
    assert [r["name_ko"] for r in stored(desk, "companies")] == ["(주)한빛배터리"]


def test_typing_again_takes_the_note_away(qtbot, desk) -> None:
    w = editor(qtbot, desk, COMPANIES)
    widget = type_into(qtbot, w, "name_ko", "가나 ")
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert not w.tidied["name_ko"].isHidden()
    type_into(qtbot, w, "name_ko", "다라")
    assert w.tidied["name_ko"].isHidden()


def test_a_registration_number_is_shown_with_its_hyphens_on_leaving(qtbot, desk) -> None:
    w = editor(qtbot, desk, COMPANIES, lang="en")
    type_into(qtbot, w, "name_ko", "(주)한빛배터리")
    widget = type_into(qtbot, w, "brn", "1234567891")
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert widget.text() == "123-45-67891"
    assert "written in its standard form" in w.tidied["brn"].text()


def test_enter_in_a_field_shows_the_change_instead_of_saving(qtbot, desk) -> None:
    """Enter in a line saves (the default button): the trimmed value is shown first."""
    w = editor(qtbot, desk, COMPANIES)
    widget = type_into(qtbot, w, "name_ko", "(주)한빛배터리  ")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert w.result() == 0 and stored(desk, "companies") == []
    assert widget.text() == "(주)한빛배터리" and not w.tidied["name_ko"].isHidden()


def test_a_summary_ending_in_blank_lines_is_shown_before_it_is_saved(
        qtbot, desk, company) -> None:
    w = new_dispute(qtbot, desk, company)
    type_into(qtbot, w, "summary", "첫 줄\n둘째 줄\n\n")
    ctrl_s(qtbot, w)
    assert w.result() == 0 and stored(desk, "disputes") == []
    assert w.inputs["summary"].widget.toPlainText() == "첫 줄\n둘째 줄"
    assert "처음과 끝의 공백과 빈 줄을 뺌" in w.tidied["summary"].text()
    ctrl_s(qtbot, w)
    assert w.result() == w.DialogCode.Accepted
    (row,) = stored(desk, "disputes")
    assert row["summary"] == "첫 줄\n둘째 줄"


def test_a_counterparty_with_a_pasted_tab_keeps_its_type_when_shown(
        qtbot, desk, company) -> None:
    w = new_dispute(qtbot, desk, company)
    type_into(qtbot, w, "counterparties", "Voltaic\tLicensing LLC [NPE]")
    ctrl_s(qtbot, w)
    assert w.result() == 0 and stored(desk, "disputes") == []
    assert w.inputs["counterparties"].widget.toPlainText() == "Voltaic Licensing LLC [NPE]"
    assert "줄바꿈과 탭을 공백으로 바꿈" in w.tidied["counterparties"].text()
    ctrl_s(qtbot, w)
    assert w.result() == w.DialogCode.Accepted
    (row,) = stored(desk, "disputes")
    assert json.loads(row["counterparties"]) == [{"name": "Voltaic Licensing LLC",
                                                  "type": "npe"}]


def test_a_follow_ups_description_is_shown_trimmed_before_it_is_added(
        qtbot, desk, dispute) -> None:
    """"답변서 제출 " was added as "답변서 제출" without a word: the first OK shows it."""
    import sqlite3

    from key_typing import type_text
    from test_typed_dates import run_follow_up_dialog

    from officer_desk.gui.record_panels import FollowUpsPanel

    panel = FollowUpsPanel(desk, "ko")
    qtbot.addWidget(panel)
    panel.show_record(dispute.id)
    seen: list[str] = []

    def keys(dialog) -> None:
        type_text(dialog.description, "  답변서 제출 ")
        ok = (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.description, *ok)
        assert dialog.isVisible()  # shown first, not added
        assert dialog.description.toPlainText() == "답변서 제출"
        seen.append(dialog.problem.text())
        qtbot.keyClick(dialog.description, *ok)

    assert run_follow_up_dialog(qtbot, panel, keys) == []
    assert "앞뒤 공백을 뺌" in seen[0] and "확인을 다시 누르십시오" in seen[0]
    con = sqlite3.connect(str(desk.path))
    try:
        assert con.execute("SELECT description FROM follow_ups").fetchall() == [
            ("답변서 제출",)]
    finally:
        con.close()
