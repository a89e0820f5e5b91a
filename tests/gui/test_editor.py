"""The record editor: built from the field specs, validation beside the fields, the
unsaved-changes guard, read-only records, and the list page's new/edit/delete."""

from __future__ import annotations

import datetime as dt

import pytest
from key_typing import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from officer_desk.domain.kinds import COMPANIES, DISPUTES, USER_KINDS
from officer_desk.gui import editor as editor_module
from officer_desk.gui import messages
from officer_desk.gui.editor import RecordEditor
from officer_desk.gui.inputs import parse_parties
from officer_desk.gui.main_window import RecordListPage
from officer_desk.services import records

#: The offscreen platform cannot raise windows or grab the keyboard for popups.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)


@pytest.fixture
def answers(monkeypatch):
    """Questions are answered from this list (True = Yes); asked ones are recorded."""
    state = {"answer": True, "asked": [], "problems": []}

    def ask(parent, title, text):
        state["asked"].append(text)
        return state["answer"]

    monkeypatch.setattr(messages, "ask", ask)
    monkeypatch.setattr(messages, "show_problem",
                        lambda parent, title, text: state["problems"].append(text))
    return state


def make(qtbot, desk, kind, record=None, lang="en"):
    w = RecordEditor(desk, kind, record, lang)
    qtbot.addWidget(w)
    return w


def disputes(desk):
    return [r for r in desk.repo.rows(DISPUTES, "WHERE deleted = 0")]


def test_every_user_kind_builds_new_and_existing(qtbot, desk, company, dispute):
    for kind in USER_KINDS:
        w = make(qtbot, desk, kind, lang="ko")
        assert set(w.inputs) == set(kind.field_names)
        assert not w.is_dirty()
    for record in (company, dispute):
        w = make(qtbot, desk, record.kind, record)
        assert not w.readonly and not w.is_dirty()
        assert w.changed_values() == {}
    w = make(qtbot, desk, DISPUTES, dispute)
    assert w.inputs["company_id"].get() == company.id
    assert w.inputs["opened_on"].get() == dt.date(2024, 3, 1)
    assert w.inputs["closed_on"].get() is None
    assert w.inputs["counterparties"].widget.toPlainText().startswith("Voltaic Licensing LLC [")


def test_labels_in_korean_and_english_with_required_marked(qtbot, desk):
    ko = make(qtbot, desk, DISPUTES, lang="ko")
    en = make(qtbot, desk, DISPUTES, lang="en")
    assert ko.labels["company_id"].text() == "기업 *"
    assert ko.labels["summary"].text() == "개요"
    assert en.labels["company_id"].text() == "Company *"
    assert en.labels["opened_on"].text() == "Opened *"
    assert ko.save_button.text() == "저장" and en.save_button.text() == "Save"
    patent_ko = ko.inputs["ip_type"].widget
    labels = [patent_ko.itemText(i) for i in range(patent_ko.count())]
    assert "특허" in labels


def _fill_new_dispute(qtbot, w, company, title="새 분쟁 <script>alert(1)</script> & co"):
    w.inputs["title_ko"].widget.setText(title)
    combo: QComboBox = w.inputs["company_id"].combo
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "hanbit")  # contains-match, any case
    completer = combo.completer()
    assert completer.completionCount() == 1
    if completer.popup().isVisible():  # choose it as a person would
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    else:
        completer.setCurrentRow(0)
        combo.setEditText(completer.currentCompletion())
    assert not completer.popup().isVisible()
    assert w.inputs["company_id"].get() == company.id
    for name, code in (("ip_type", "patent"), ("dispute_kind", "infringement_suit")):
        box = w.inputs[name].widget
        box.setCurrentIndex(box.findData(code))
    qtbot.keyClicks(w.inputs["opened_on"].date.edit, "2025-01-15")


def test_new_dispute_is_created_through_the_services(qtbot, desk, company, answers):
    w = make(qtbot, desk, DISPUTES, lang="ko")
    _fill_new_dispute(qtbot, w, company)
    w.inputs["claimed_amount"].edit.setText("1,250,000")
    currency = w.inputs["currency"].widget
    currency.setCurrentIndex(currency.findData("USD"))  # an amount needs it (s27 #4)
    w.inputs["counterparties"].widget.setPlainText("Voltaic LLC [npe]\nAcme & Sons")
    assert w.is_dirty()
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    qtbot.keyClick(w.inputs["title_ko"].widget, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    assert [e.text() for e in w.errors.values() if e.text()] == []
    assert w.problem.text() == ""
    assert w.result() == w.DialogCode.Accepted and not w.isVisible()
    assert w.change is not None and w.change.created == [w.record_id]
    saved = records.get(desk, w.record_id)
    assert saved.values["title_ko"] == "새 분쟁 <script>alert(1)</script> & co"
    assert saved.values["company_id"] == company.id
    assert saved.values["opened_on"] == dt.date(2025, 1, 15)
    assert saved.values["claimed_amount"] == 1_250_000
    assert saved.values["counterparties"] == [{"name": "Voltaic LLC", "type": "npe"},
                                              {"name": "Acme & Sons", "type": None}]
    assert saved.values["status"] == "open" and saved.values["closed_on"] is None
    assert answers["asked"] == []


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_bad_amount_is_shown_beside_the_field_and_nothing_is_created(
    qtbot, desk, company, answers, lang
):
    w = make(qtbot, desk, DISPUTES, lang=lang)
    _fill_new_dispute(qtbot, w, company, title="Keep <this> & that")
    w.inputs["claimed_amount"].edit.setText("-5")
    assert w.save() is False
    assert disputes(desk) == []
    error = w.errors["claimed_amount"]
    assert not error.isHidden() and error.text()
    assert error.textFormat() == Qt.TextFormat.PlainText
    assert error.text().isascii() == (lang == "en")
    assert all(w.errors[n].isHidden() for n in w.errors if n != "claimed_amount")
    assert w.inputs["title_ko"].widget.text() == "Keep <this> & that"
    assert w.inputs["claimed_amount"].edit.text() == "-5"
    assert w.result() == 0 and answers["problems"] == []


def test_closed_without_closing_date_names_the_closing_date(qtbot, desk, dispute, answers):
    w = make(qtbot, desk, DISPUTES, dispute)
    status = w.inputs["status"].widget
    status.setCurrentIndex(status.findData("closed"))
    assert not w.save()
    assert not w.errors["closed_on"].isHidden()
    assert records.get(desk, dispute.id).values["status"] == "open"
    # fixing it saves: both fields of the unit, nothing else
    w.inputs["closed_on"].set(dt.date(2025, 2, 1))
    assert w.save()
    assert {c.field for c in w.change.fields[dispute.id]} == {"status", "closed_on"}
    assert w.errors["closed_on"].isHidden()


def test_editing_changes_only_the_edited_field(qtbot, desk, dispute, answers):
    before = len(records.history(desk, dispute.id))
    w = make(qtbot, desk, DISPUTES, dispute, lang="ko")
    w.inputs["case_number"].widget.setText("2:24-cv-99999")
    assert w.changed_values() == {"case_number": "2:24-cv-99999"}
    assert w.save()
    history = records.history(desk, dispute.id)
    assert len(history) == before + 1
    assert history[-1].action == "update" and history[-1].field == "case_number"
    assert records.get(desk, dispute.id).values["case_number"] == "2:24-cv-99999"


def test_counterparty_labels_round_trip(qtbot, desk, dispute, answers):
    w = make(qtbot, desk, DISPUTES, dispute, lang="ko")
    parties = w.inputs["counterparties"].widget
    parties.setPlainText(parties.toPlainText() + "\nAcme <b>Corp</b> [경쟁사]")
    assert w.save()
    assert {c.field for c in w.change.fields[dispute.id]} == {"counterparties"}
    assert records.get(desk, dispute.id).values["counterparties"] == [
        {"name": "Voltaic Licensing LLC", "type": "npe"},
        {"name": "Acme <b>Corp</b>", "type": "competitor"}]


def test_cancel_with_changes_asks(qtbot, desk, dispute, answers):
    w = make(qtbot, desk, DISPUTES, dispute)
    w.show()
    w.inputs["summary"].widget.setPlainText("changed")
    answers["answer"] = False
    w.cancel_button.click()
    assert w.isVisible() and len(answers["asked"]) == 1
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert w.isVisible() and len(answers["asked"]) == 2
    answers["answer"] = True
    w.close()
    assert not w.isVisible() and len(answers["asked"]) == 3
    assert records.get(desk, dispute.id).values["summary"] == dispute.values["summary"]
    # without changes nothing is asked
    w2 = make(qtbot, desk, DISPUTES, dispute)
    w2.show()
    w2.reject()
    assert not w2.isVisible() and len(answers["asked"]) == 3


def test_another_posts_record_opens_read_only(qtbot, desk, company):
    other, _ = records.create(desk, COMPANIES, {"name_en": "Elsewhere Ltd"}, post="JP",
                              foreign_ok=True)
    w = make(qtbot, desk, COMPANIES, other)
    assert w.readonly and "JP" in w.note.text()
    assert w.save_button.isHidden()
    assert not w.inputs["name_en"].widget.isEnabled()
    assert not w.save()
    assert not w.is_dirty()


def test_not_permitted_shows_a_message(qtbot, desk, company, answers, monkeypatch):
    from officer_desk.domain.errors import NotPermitted

    def refuse(*a, **k):
        raise NotPermitted("the database is open read-only")

    monkeypatch.setattr(editor_module.record_service, "update", refuse)
    w = make(qtbot, desk, COMPANIES, company)
    w.inputs["contact"].widget.setText("x")
    assert not w.save()
    assert answers["problems"] == ["the database is open read-only"]


def test_parse_parties():
    assert parse_parties("A [npe]\n\n B & C \nD [ ]") == [
        {"name": "A", "type": "npe"}, {"name": "B & C", "type": None},
        {"name": "D", "type": None}]


def test_ref_titles_load_quickly_for_many_companies(qtbot, desk):
    import time

    records.create_many(desk, COMPANIES, (
        {"name_ko": f"기업 {n}", "name_en": f"Company {n}"} for n in range(10_000)))
    start = time.perf_counter()
    w = make(qtbot, desk, DISPUTES, lang="ko")
    assert time.perf_counter() - start < 2.0
    assert w.inputs["company_id"].titles.rowCount() == 10_001


def test_list_page_new_edit_delete_restore(qtbot, desk, company, dispute, answers):
    page = RecordListPage(desk, DISPUTES, "en")
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.table.selectRow(0)
    # Enter on a row opens its editor
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None and editor.record.id == dispute.id
    editor.inputs["case_number"].widget.setText("NEW-1")
    with qtbot.waitSignal(editor.accepted):
        editor.save()
    assert page.current_record_id() == dispute.id
    assert "NEW-1" in page.detail.toPlainText()
    # Ctrl+N opens a new-record editor
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor is not editor and page.editor.record is None
    page.editor.reject()
    # Delete asks, then deletes; with "show deleted" the button restores
    answers["answer"] = False
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert not records.get(desk, dispute.id).deleted
    answers["answer"] = True
    page.delete_button.click()
    assert records.get(desk, dispute.id).deleted
    assert page.model.rowCount() == 0
    page.deleted.setChecked(True)
    qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)  # read off the GUI thread
    page.table.selectRow(0)
    assert page.delete_button.text() == "복원"  # the window speaks Korean
    assert page.delete_or_restore()
    assert not records.get(desk, dispute.id).deleted
    assert page.current_record_id() == dispute.id


def test_screenshot_of_the_dispute_editor(qtbot, desk, dispute):
    w = make(qtbot, desk, DISPUTES, dispute, lang="ko")
    w.resize(640, 900)
    with qtbot.waitExposed(w):
        w.show()
    assert isinstance(w.inputs["title_ko"].widget, QLineEdit)
    assert isinstance(w.inputs["summary"].widget, QPlainTextEdit)
    w.grab().save("/tmp/editor.png")


def test_a_company_name_that_matches_none_offers_a_new_company(qtbot, desk, company, answers):
    w = make(qtbot, desk, DISPUTES)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    ref = w.inputs["company_id"]
    button = ref.new_button
    assert button is not None and not button.isVisible()
    combo = ref.combo
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "Hanbit Battery Co., Ltd.")  # its name: nothing offered
    assert not button.isVisible() and ref.get() == company.id
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Daon  Robotics")
    assert button.isVisible() and button.text() == "New company “Daon Robotics”…"
    before = len(list(desk.repo.rows(COMPANIES, "WHERE deleted = 0")))
    button.click()
    small = ref.new_editor
    assert small is not None and small.kind is COMPANIES
    assert small.inputs["name_en"].get() == "Daon Robotics"
    assert small.inputs["name_ko"].get() is None
    small.inputs["name_ko"].widget.setText("다온로보틱스")
    with qtbot.waitSignal(small.accepted):
        assert small.save()
    created = records.get(desk, small.record_id)
    assert created["name_en"] == "Daon Robotics" and created.post == "US"
    assert len(list(desk.repo.rows(COMPANIES, "WHERE deleted = 0"))) == before + 1
    # the dispute's company is now the new one, and nothing more is offered
    assert ref.get() == created.id
    assert not button.isVisible()
    assert ref.new_editor is None


def test_a_korean_name_starts_the_korean_name_and_read_only_offers_nothing(
        qtbot, desk, company, answers):
    w = make(qtbot, desk, DISPUTES, lang="ko")
    ref = w.inputs["company_id"]
    ref.combo.setEditText("다온로보틱스")
    assert ref.new_button.isVisibleTo(w)
    small = ref.new_record()
    assert small.inputs["name_ko"].get() == "다온로보틱스"
    small.reject()  # cancelled: the dispute's company stays as typed
    assert ref.combo.currentText() == "다온로보틱스"
    other, _ = records.create(desk, DISPUTES, {
        "title_en": "CN case", "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "infringement_suit", "opened_on": dt.date(2024, 1, 2),
        "role": "defending"}, post="CN", foreign_ok=True)
    readonly = make(qtbot, desk, DISPUTES, other)
    assert readonly.readonly and readonly.inputs["company_id"].new_button is None


def test_part_of_a_company_name_is_said_before_saving_and_offers_a_new_one(
        qtbot, desk, company, answers):
    """"한빛" for "(주)한빛배터리": the list offers the company, the field says no company
    is named so (and offers a new one), and Ctrl+S stores nothing until one is chosen."""
    w = make(qtbot, desk, DISPUTES, lang="ko")
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    _fill_new_dispute(qtbot, w, company)
    ref = w.inputs["company_id"]
    combo = ref.combo
    combo.lineEdit().clear()
    type_text(combo.lineEdit(), "한빛")
    completer = combo.completer()
    assert completer.completionCount() == 1  # the company that contains it is offered
    completer.popup().hide()
    said = w.errors["company_id"]
    assert said.isVisible()
    assert said.text() == ("“한빛”(이)라는 기업이(가) 없습니다. 이 글자가 들어간 기업 1개: "
                           "목록에서 고르십시오(아래 화살표). 새 기업이면 “새 기업”으로 "
                           "만드십시오.")
    assert ref.new_button.isVisible() and ref.new_button.text() == "새 기업 “한빛”…"
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert w.result() != w.DialogCode.Accepted and disputes(desk) == []
    assert answers["problems"] == []  # said beside the field, not in a message box
    # its Korean name alone (not the list's "name (English name)") names it exactly
    combo.lineEdit().clear()
    type_text(combo.lineEdit(), "(주)한빛배터리")
    completer.popup().hide()
    assert not said.isVisible() and not ref.new_button.isVisible()
    assert ref.get() == company.id
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert w.result() == w.DialogCode.Accepted
    assert [d["company_id"] for d in disputes(desk)] == [company.id]


def test_two_companies_of_one_name_are_not_guessed(qtbot, desk, company, answers):
    records.create(desk, COMPANIES, {"name_ko": "(주)한빛배터리", "brn": "220-81-62517"})
    w = make(qtbot, desk, DISPUTES)
    ref = w.inputs["company_id"]
    ref.combo.setEditText("(주)한빛배터리")
    assert ref.get() == "(주)한빛배터리" and ref.problem() is not None
    assert ref.problem().message("en") == (
        "2 company records are named “(주)한빛배터리”: choose one from the list.")


def test_a_paragraph_takes_the_height_the_editor_has_to_spare(qtbot, desk, discard_unsaved):
    """s28 window check: a conference's editor (a few fields, one summary) showed the
    summary as a box of four lines floating in the middle of empty space, its label
    at the top; the box now takes the spare height, and typing a long summary shows
    it."""
    from officer_desk.domain.kinds import CONFERENCES

    w = RecordEditor(desk, CONFERENCES, None, "ko")
    qtbot.addWidget(w)
    w.resize(640, 720)
    w.show()
    qtbot.waitExposed(w)
    summary = w.inputs["summary"].widget
    summary.setFocus()
    type_text(summary, "회의 요약 " * 40)
    label = w.labels["summary"]
    assert summary.height() > 4 * 72
    top = summary.mapTo(w, summary.rect().topLeft()).y()
    assert abs(top - label.mapTo(w, label.rect().topLeft()).y()) < label.height()


def test_a_new_companys_name_with_an_ampersand_is_offered_whole(qtbot, desk, company,
                                                                  answers):
    """s28 window check: typed "Johnson & Johnson", the button offered "New company
    “Johnson  Johnson”…" with the J underlined (a button takes "&" for its shortcut
    letter: Alt+J pressed it); the company made keeps its "&"."""
    w = make(qtbot, desk, DISPUTES)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    ref = w.inputs["company_id"]
    ref.combo.setFocus()
    qtbot.keyClicks(ref.combo.lineEdit(), "Johnson & Johnson")
    button = ref.new_button
    assert button.text().replace("&&", "＆") == "New company “Johnson ＆ Johnson”…"
    qtbot.keyClick(button, Qt.Key.Key_Space)
    small = ref.new_editor
    assert small.inputs["name_en"].get() == "Johnson & Johnson"
    with qtbot.waitSignal(small.accepted):
        assert small.save()
    assert records.get(desk, small.record_id)["name_en"] == "Johnson & Johnson"
