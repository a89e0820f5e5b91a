"""An officer's check of the window: values typed key by key into the editors are
stored as meant or refused with a message — read back with sqlite3, not the services.

Each test here is a defect found by using the window (s25 user check): what a person
typed and what the database held before the fix is in the test's docstring.
"""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from key_typing import type_text
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from test_typed_dates import run_follow_up_dialog

from officer_desk.domain.kinds import COMPANIES, DISPUTES, ENGAGEMENTS, FOLLOW_UPS
from officer_desk.gui import messages
from officer_desk.gui.conflicts_page import ConflictsPage, EditConflictDialog
from officer_desk.gui.editor import RecordEditor
from officer_desk.gui.follow_ups_panel import FollowUpDialog
from officer_desk.gui.list_page import RecordListPage
from officer_desk.gui.record_panels import AttachmentsPanel, FollowUpsPanel
from officer_desk.gui.texts import use_language
from officer_desk.services import records
from officer_desk.services.desk import open_desk
from officer_desk.sync.merge import merge_package
from officer_desk.sync.package import build_package, trust_package_key

#: The offscreen platform cannot raise windows or grab the keyboard for popups.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)


@pytest.fixture(autouse=True)
def discard_when_closed(monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)


def stored(desk, table: str) -> list[dict]:
    """The rows of ``table`` as sqlite3 reads them (not through the project's code)."""
    con = sqlite3.connect(str(desk.path))
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(f"SELECT * FROM {table} WHERE deleted = 0")]
    finally:
        con.close()


def editor(qtbot, desk, kind, record=None, lang="ko", **initial) -> RecordEditor:
    w = RecordEditor(desk, kind, record, lang, initial=initial or None)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


def list_page(qtbot, desk, kind, lang: str) -> RecordListPage:
    """The kind's list page, shown and active (keys reach it)."""
    page = RecordListPage(desk, kind, lang)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def type_into(qtbot, w: RecordEditor, name: str, text: str) -> QWidget:
    """Select what the field holds and type ``text`` over it (Enter for a line break;
    a control character arrives as pasted text does)."""
    widget = w.inputs[name].focus_widgets()[0]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif ord(char) < 0x20:
            event = QInputMethodEvent("", [])
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)
        else:
            type_text(widget, char)
    return widget


def ctrl_s(qtbot, w: RecordEditor) -> None:
    qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)


def new_dispute(qtbot, desk, company, lang="ko", **more) -> RecordEditor:
    """A new dispute's editor; an amount typed into it needs ``currency=...`` (s27 #4)."""
    w = editor(qtbot, desk, DISPUTES, lang=lang, title_ko="금액 시험", company_id=company.id,
               ip_type="patent", dispute_kind="infringement_suit", role="defending", **more)
    type_into(qtbot, w, "opened_on", "2024-03-01")
    return w


# -- amounts -----------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "said_ko", "said_en"), [
    ("1,5", "소수점으로 쉼표를 씁니다", "uses a decimal comma"),
    ("12,50", "소수점으로 쉼표를 씁니다", "uses a decimal comma"),
    ("1,25,000", "세 자리마다", "groups of three digits"),
    ("$1,000", "통화에서 USD을(를) 고르세요", "choose USD under Currency"),
    ("1234567890123.456789", "유효숫자 15자리", "at most 15 significant digits"),
    ("12345678901234567.89", "최대 9,007,199,254,740,992", "at most 9,007,199,254,740,992"),
    ("12345678901234567", "최대 9,007,199,254,740,992", "at most 9,007,199,254,740,992"),
    # was stored as 300,002,345; Korean writing means 3억 2,345만 (323,450,000)
    ("3억 2,345", "300,002,345일 수도 323,450,000일 수도", "300,002,345 or 323,450,000"),
    ("2조 5천", "2,000,000,005,000일 수도 2,500,000,000,000일 수도",
     "2,000,000,005,000 or 2,500,000,000,000"),
])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_an_amount_that_would_be_stored_as_another_number_is_refused(
        qtbot, desk, company, typed, said_ko, said_en, lang):
    """Typed "1,5" (a decimal comma) was stored as 15; "12345678901234567.89" as
    12345678901234568.0 — both without a word. "$1,000" was refused as no number
    without saying that the currency is chosen under Currency."""
    w = new_dispute(qtbot, desk, company, lang)
    type_into(qtbot, w, "claimed_amount", typed)
    ctrl_s(qtbot, w)
    assert w.result() == 0 and stored(desk, "disputes") == []
    error = w.errors["claimed_amount"]
    assert not error.isHidden() and (said_ko if lang == "ko" else said_en) in error.text()
    assert w.inputs["claimed_amount"].edit.text() == typed  # kept to put right


@pytest.mark.parametrize(("typed", "amount"), [
    ("1,250,000", 1_250_000), ("1250000.5", 1_250_000.5), ("1,250,000.50", 1_250_000.5),
    ("999,999,999,999,999", 999_999_999_999_999), ("1.2억", 120_000_000),
    ("3억 5천만", 350_000_000)])
def test_an_amount_with_thousands_separators_is_stored_as_typed(
        qtbot, desk, company, typed, amount):
    w = new_dispute(qtbot, desk, company, currency="KRW")
    type_into(qtbot, w, "claimed_amount", typed)
    ctrl_s(qtbot, w)
    assert w.result() == w.DialogCode.Accepted
    (row,) = stored(desk, "disputes")
    assert row["claimed_amount"] == amount


@pytest.mark.parametrize(("typed", "shown"), [
    ("1.2억", "120,000,000"), ("3억 5천만", "350,000,000"), ("1250000", "1,250,000"),
    ("1,250,000.50", "1,250,000.50"), ("0.5", "0.5")])
def test_leaving_an_amount_shows_the_number_that_will_be_stored(
        qtbot, desk, company, typed, shown):
    """"1.2억" was stored as 120,000,000 without the officer seeing that number: on Tab
    the field now shows it, as a date field shows the day it understood."""
    w = new_dispute(qtbot, desk, company, currency="KRW")
    widget = type_into(qtbot, w, "claimed_amount", typed)
    said = w.inputs["claimed_amount"].said
    # while typed in another form, the number is said beside it (Ctrl+S from the field
    # stores nothing unseen); written as it will be stored, nothing is said
    assert said.text() == ("" if typed == shown else f"= {shown}")
    assert said.isHidden() == (typed == shown)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert widget.text() == shown and said.text() == "" and said.isHidden()
    ctrl_s(qtbot, w)
    (row,) = stored(desk, "disputes")
    assert row["claimed_amount"] == float(shown.replace(",", ""))


# -- lists of short texts ---------------------------------------------------------------


def test_a_former_name_with_a_comma_is_one_name(qtbot, desk):
    """Typed "Samsung Electronics Co., Ltd.; 三星電子" into Former names: three names
    were stored, "Samsung Electronics Co." and "Ltd." among them."""
    w = editor(qtbot, desk, COMPANIES)
    type_into(qtbot, w, "name_ko", "삼성전자(주)")
    type_into(qtbot, w, "former_names", "Samsung Electronics Co., Ltd.; 三星電子")
    type_into(qtbot, w, "brands", "Galaxy; Bespoke, AI")
    ctrl_s(qtbot, w)
    assert w.result() == w.DialogCode.Accepted
    (row,) = stored(desk, "companies")
    assert json.loads(row["former_names"]) == ["Samsung Electronics Co., Ltd.", "三星電子"]
    assert json.loads(row["brands"]) == ["Galaxy", "Bespoke, AI"]
    again = editor(qtbot, desk, COMPANIES, records.get(desk, row["id"]))
    assert again.inputs["former_names"].widget.text() == (
        "Samsung Electronics Co., Ltd.; 三星電子")
    assert not again.is_dirty()


# -- a record another window changed meanwhile -------------------------------------------


@pytest.fixture
def other_window(desk):
    """The same case log open a second time, as another window or session has it."""
    other = open_desk(desk.path)
    yield other
    other.close()


def test_an_edit_of_the_same_field_in_another_window_is_not_overwritten_unseen(
        qtbot, desk, dispute, other_window):
    """Opened a dispute, another window saved a new summary, typed a summary here and
    pressed Ctrl+S: the other summary was replaced without a word."""
    w = editor(qtbot, desk, DISPUTES, records.get(desk, dispute.id))
    records.update(other_window, dispute.id, {"summary": "다른 창의 개요",
                                              "case_number": "2:24-cv-99999"})
    type_into(qtbot, w, "summary", "이 창의 개요")
    ctrl_s(qtbot, w)
    assert w.result() == 0
    (row,) = stored(desk, "disputes")
    assert row["summary"] == "다른 창의 개요" and row["case_number"] == "2:24-cv-99999"
    said = w.errors["summary"]
    assert not said.isHidden() and "다른 창의 개요" in said.text()
    assert w.inputs["summary"].widget.toPlainText() == "이 창의 개요"  # kept
    ctrl_s(qtbot, w)  # having read it: saving again replaces it
    assert w.result() == w.DialogCode.Accepted
    (row,) = stored(desk, "disputes")
    assert row["summary"] == "이 창의 개요" and row["case_number"] == "2:24-cv-99999"


def test_an_edit_of_other_fields_in_another_window_is_kept(
        qtbot, desk, dispute, other_window, english):
    w = editor(qtbot, desk, DISPUTES, records.get(desk, dispute.id), lang="en")
    records.update(other_window, dispute.id, {"case_number": "2:24-cv-99999"})
    type_into(qtbot, w, "summary", "Answered the complaint")
    ctrl_s(qtbot, w)
    assert w.result() == w.DialogCode.Accepted
    (row,) = stored(desk, "disputes")
    assert (row["summary"], row["case_number"]) == ("Answered the complaint", "2:24-cv-99999")


def test_a_record_deleted_in_another_window_is_not_saved_into_the_bin(
        qtbot, desk, dispute, other_window, problems):
    """Opened a dispute, another window deleted it, typed a case number and pressed
    Ctrl+S: the editor closed as saved, and the edit went into the deleted record."""
    w = editor(qtbot, desk, DISPUTES, records.get(desk, dispute.id))
    records.delete(other_window, dispute.id)
    type_into(qtbot, w, "case_number", "2:24-cv-55555")
    ctrl_s(qtbot, w)
    assert w.result() == 0 and w.isVisible()
    assert problems and "삭제된 기록 보기" in problems[0]
    con = sqlite3.connect(str(desk.path))
    try:
        assert con.execute("SELECT deleted, case_number FROM disputes").fetchall() == [
            (1, "2:24-cv-00123")]
    finally:
        con.close()


# -- lists of linked records -------------------------------------------------------------


def new_engagement(qtbot, desk, lang="ko") -> RecordEditor:
    agency = desk.vocab.terms("agency", active_only=True)[0].code
    w = editor(qtbot, desk, ENGAGEMENTS, lang=lang, topic_ko="협의", agency=agency)
    type_into(qtbot, w, "held_on", "2024-05-02")
    return w


def test_a_company_typed_into_companies_concerned_is_added_with_enter(qtbot, desk, company):
    """Typed "(주)한빛배터리" (its Korean name) into Companies concerned and pressed Enter,
    then "Add": nothing was added; Ctrl+S stored the engagement with no company."""
    w = new_engagement(qtbot, desk)
    pick = w.inputs["company_ids"].pick
    pick.setFocus()
    type_text(pick.lineEdit(), "(주)한빛배터리")
    qtbot.keyClick(pick.lineEdit(), Qt.Key.Key_Return)
    assert w.inputs["company_ids"].get() == [company.id] and pick.currentText() == ""
    ctrl_s(qtbot, w)
    assert w.result() == w.DialogCode.Accepted
    (row,) = stored(desk, "engagements")
    assert json.loads(row["company_ids"]) == [company.id]


@pytest.mark.parametrize(("typed", "said"), [
    ("(주)한빛배터리", "아직 추가되지 않았습니다"), ("한빛", "“한빛”(이)라는 기업이(가) 없습니다")])
def test_a_company_typed_but_not_added_is_not_dropped_on_saving(
        qtbot, desk, company, typed, said):
    w = new_engagement(qtbot, desk)
    pick = w.inputs["company_ids"].pick
    pick.setFocus()
    type_text(pick.lineEdit(), typed)
    ctrl_s(qtbot, w)
    assert w.result() == 0 and stored(desk, "engagements") == []
    error = w.errors["company_ids"]
    assert not error.isHidden() and said in error.text()
    qtbot.keyClick(pick.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pick.lineEdit(), Qt.Key.Key_Delete)  # cleared: saved without it
    ctrl_s(qtbot, w)
    assert w.result() == w.DialogCode.Accepted
    (row,) = stored(desk, "engagements")
    assert json.loads(row["company_ids"]) == []


# -- a new follow-up ---------------------------------------------------------------------


def follow_ups_of(panel_host_desk, dispute) -> list[tuple]:
    con = sqlite3.connect(str(panel_host_desk.path))
    try:
        return con.execute("SELECT due_on, description FROM follow_ups WHERE deleted = 0 "
                           "AND record_id = ?", (dispute.id,)).fetchall()
    finally:
        con.close()


@pytest.fixture
def panel(qtbot, desk, dispute) -> FollowUpsPanel:
    panel = FollowUpsPanel(desk, "ko")
    qtbot.addWidget(panel)
    panel.show_record(dispute.id)
    return panel


def test_enter_in_a_new_follow_ups_description_adds_it_on_one_line(
        qtbot, desk, dispute, panel):
    """Typed "자료 요청", Enter, "회신 확인" into a new follow-up (the dialog took Enter
    as a line break) and pressed Ctrl+Enter: "자료 요청 회신 확인" was stored, one line."""
    def keys(dialog: FollowUpDialog) -> None:
        type_text(dialog.due.edit, "2026-12-05")
        qtbot.keyClick(dialog.due.edit, Qt.Key.Key_Tab)
        type_text(dialog.description, "자료 요청")
        qtbot.keyClick(dialog.description, Qt.Key.Key_Return)

    assert run_follow_up_dialog(qtbot, panel, keys) == []
    assert follow_ups_of(desk, dispute) == [("2026-12-05", "자료 요청")]


def test_a_pasted_line_break_in_a_new_follow_up_is_said_before_adding(
        qtbot, desk, dispute, panel):
    def keys(dialog: FollowUpDialog) -> None:
        type_text(dialog.due.edit, "2026-12-05")
        dialog.description.setFocus()
        dialog.description.insertPlainText("자료 요청\n회신 확인")  # as pasted
        qtbot.keyClick(dialog.description, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)

    (said,) = run_follow_up_dialog(qtbot, panel, keys)
    assert "한 줄" in said
    assert follow_ups_of(desk, dispute) == []


def test_a_new_follow_up_too_long_is_refused_in_the_dialog_with_the_text_kept(
        qtbot, desk, dispute, panel, problems):
    """Pasted 2,001 characters as a new follow-up's description and pressed Ctrl+Enter:
    the dialog closed, a message said it was too long, and the text was gone."""
    kept: list[str] = []

    def keys(dialog: FollowUpDialog) -> None:
        type_text(dialog.due.edit, "2026-12-05")
        dialog.description.setFocus()
        dialog.description.insertPlainText("가" * 2001)
        qtbot.keyClick(dialog.description, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
        kept.append(dialog.description.toPlainText())

    (said,) = run_follow_up_dialog(qtbot, panel, keys)
    assert "너무 깁니다 (2001자, 최대 2000자)" in said and problems == []
    assert kept == ["가" * 2001]
    assert follow_ups_of(desk, dispute) == []


# -- done and its date ----------------------------------------------------------------


def test_unticking_and_ticking_done_again_keeps_the_done_date(qtbot, desk, dispute):
    """A follow-up done on 2024-02-10: in its editor Space on Done (off), Space again
    (on), Ctrl+S — it was stored as done today, its date gone."""
    made, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": "2024-02-01", "description": "답변서 제출",
        "done": True, "done_on": "2024-02-10"})
    w = editor(qtbot, desk, FOLLOW_UPS, records.get(desk, made.id))
    done = w.inputs["done"].widget
    done.setFocus()
    qtbot.keyClick(done, Qt.Key.Key_Space)
    assert w.inputs["done_on"].date.text() == ""  # not done: no done date
    qtbot.keyClick(done, Qt.Key.Key_Space)
    assert w.inputs["done_on"].date.text() == "2024-02-10"
    ctrl_s(qtbot, w)
    (row,) = stored(desk, "follow_ups")
    assert (row["done"], row["done_on"]) == (1, "2024-02-10")


# -- deleting a record others refer to ------------------------------------------------


@pytest.mark.parametrize(("lang", "said"), [
    ("ko", "이 기록을 참조하는 기록: 분쟁 1, 협의 1"),
    ("en", "Still referred to by: Dispute 1, Engagement 1")])
def test_deleting_a_company_says_which_records_still_refer_to_it(
        qtbot, desk, company, dispute, monkeypatch, lang, said):
    """Deleting a company with Delete asked only "Delete this record?": its dispute
    and engagement went on showing it, deleted, as their company without a word."""
    use_language(lang)
    agency = desk.vocab.terms("agency", active_only=True)[0].code
    records.create(desk, ENGAGEMENTS, {"topic_ko": "협의", "agency": agency,
                                       "held_on": "2024-05-02", "company_ids": [company.id]})
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: asked.append(text))
    page = list_page(qtbot, desk, COMPANIES, lang)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and said in asked[0]
    (row,) = stored(desk, "companies")  # answered No: nothing deleted
    assert row["id"] == company.id


# -- long lists ---------------------------------------------------------------------------


def test_a_long_list_is_shown_whole_and_an_edit_keeps_its_tail(qtbot, desk):
    """A company with 3,000 domain names (about 50,000 characters): the editor showed
    the first 32,767 characters only (QLineEdit's default limit); removing the first
    domain and saving stored about 1,900 domains, the rest gone without a word."""
    domains = [f"brand{n:05d}.co.kr" for n in range(3000)]
    made, _ = records.create(desk, COMPANIES, {"name_ko": "도메인 많은 기업",
                                               "domains": domains})
    w = editor(qtbot, desk, COMPANIES, records.get(desk, made.id))
    edit = w.inputs["domains"].widget
    assert edit.text() == "; ".join(domains)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    for _ in range(len("brand00000.co.kr; ")):
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    ctrl_s(qtbot, w)
    assert w.result() == w.DialogCode.Accepted
    (row,) = stored(desk, "companies")
    assert json.loads(row["domains"]) == domains[1:]


# -- counterparties -----------------------------------------------------------------------


def test_a_counterparty_type_without_a_name_is_said_not_dropped(qtbot, desk, company):
    """Typed "Voltaic LLC [NPE]", Enter, "[경쟁사]" into Counterparties and saved: the
    second line was dropped without a word."""
    w = new_dispute(qtbot, desk, company)
    type_into(qtbot, w, "counterparties", "Voltaic LLC [NPE]\n[경쟁사]")
    ctrl_s(qtbot, w)
    assert w.result() == 0 and stored(desk, "disputes") == []
    error = w.errors["counterparties"]
    assert not error.isHidden() and "[경쟁사]" in error.text() and "이름" in error.text()


# -- the conflicts page ------------------------------------------------------------------


def conflict_page(qtbot, desk, dispute, tmp_path, monkeypatch, ours: dict, theirs: dict
                  ) -> ConflictsPage:
    """The Conflicts page over one conflict a real package made: a copy of the case log
    (the officer's laptop) changed the dispute to ``theirs``, this one to ``ours``."""
    desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(desk.path, tmp_path / "laptop.sqlite")
    monkeypatch.setenv("OFFICER_DESK_HOME", str(tmp_path / "laptop-home"))
    laptop = open_desk(tmp_path / "laptop.sqlite")
    records.update(laptop, dispute.id, theirs)
    package = build_package(laptop, tmp_path / "laptop.odpkg", plain=True).path
    laptop.close()
    monkeypatch.setenv("OFFICER_DESK_HOME", str(tmp_path / "home"))
    records.update(desk, dispute.id, ours)
    trust_package_key(desk, package, "김영희")
    assert merge_package(desk, package).conflicts == 1
    page = ConflictsPage(desk, "ko")
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.table.setFocus()
    page.table.selectRow(0)
    return page


def edit_conflict(qtbot, page: ConflictsPage, keys) -> None:
    """Edit… with Space, the dialog typed into with ``keys(dialog)`` and saved."""
    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EditConflictDialog)
        try:
            keys(dialog)
            dialog.accept()
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, drive)
    page.edit_button.setFocus()
    qtbot.keyClick(page.edit_button, Qt.Key.Key_Space)


def test_a_conflict_on_a_date_is_settled_with_a_typed_date(
        qtbot, desk, dispute, tmp_path, monkeypatch, problems):
    """A merge left a conflict on the stage and its date; "Edit…" on it stopped the
    window with "Object of type date is not JSON serializable" before any dialog. The
    sides showed the stage's codes ("evidence", "filed") in the Korean window."""
    page = conflict_page(qtbot, desk, dispute, tmp_path, monkeypatch,
                         {"stage": "evidence", "stage_date": "2024-04-02"},
                         {"stage": "filed", "stage_date": "2024-04-01"})
    # the sides in the window's language: the stage's label, not its code
    sides = {page.sides.item(r, 0).text(): (page.sides.item(r, 1).text(),
                                            page.sides.item(r, 2).text())
             for r in range(page.sides.rowCount())}
    assert sides["진행 단계"] == ("증거조사", "제소·신청")
    seen: list[str] = []

    def keys(dialog: EditConflictDialog) -> None:
        seen.append(dialog.inputs["stage"].toPlainText())  # a label, kept as is
        seen.append(dialog.inputs["stage_date"].toPlainText())
        box = dialog.inputs["stage_date"]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(box, "2024-04-03")

    edit_conflict(qtbot, page, keys)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] in ("증거조사", "제소·신청")
    assert seen[1] in ("2024-04-01", "2024-04-02")  # the date the record holds, as text
    (row,) = stored(desk, "disputes")
    assert row["stage_date"] == "2024-04-03" and problems == []
    assert row["stage"] == {"증거조사": "evidence", "제소·신청": "filed"}[seen[0]]


# -- marking done what another window marked done ----------------------------------------


def test_done_on_a_follow_up_another_window_marked_done_keeps_its_date(
        qtbot, desk, dispute, other_window, panel):
    """The record's Follow-ups tab showed a follow-up open; another window marked it
    done on 2024-11-01; "Done" here stored it done today, the real date gone."""
    made, _ = records.create(desk, FOLLOW_UPS, {
        "record_id": dispute.id, "due_on": "2024-11-05", "description": "답변서 제출"})
    panel.show_record(dispute.id)
    records.update(other_window, made.id, {"done": True, "done_on": "2024-11-01"})
    panel.table.setFocus()
    panel.table.selectRow(0)
    panel.done_button.setFocus()
    qtbot.keyClick(panel.done_button, Qt.Key.Key_Space)
    (row,) = stored(desk, "follow_ups")
    assert (row["done"], row["done_on"]) == (1, "2024-11-01")
    assert "✓ 2024-11-01" in panel.table.item(0, 2).text()  # shown as stored now


# -- what the detail pane shows ----------------------------------------------------------


def test_indented_lines_of_a_summary_are_shown_indented(qtbot, desk, dispute):
    """Typed a summary as an indented list (spaces before "가.", a tab before "나."): it
    was stored so, but the detail pane showed every line flush left."""
    page = list_page(qtbot, desk, DISPUTES, "ko")
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    w = page.editor
    assert w is not None
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    type_into(qtbot, w, "summary", "1. 대응 방안\n   가. 답변서 제출\n\t나. 무효심판 검토")
    ctrl_s(qtbot, w)
    assert w.result() == w.DialogCode.Accepted
    (row,) = stored(desk, "disputes")
    assert row["summary"] == "1. 대응 방안\n   가. 답변서 제출\n\t나. 무효심판 검토"
    qtbot.waitUntil(lambda: "대응 방안" in page.detail.toPlainText())
    shown = page.detail.toPlainText()
    assert "\n   가. 답변서 제출\n\t나. 무효심판 검토" in shown


# -- saved views ----------------------------------------------------------------------


@pytest.mark.parametrize("replace", [False, True])
def test_saving_a_view_under_a_name_in_use_asks_before_replacing_it(
        qtbot, desk, dispute, monkeypatch, replace):
    """Saved the view "진행 중 특허", later searched "Voltaic" and saved a view under the
    same name: the first view's filters were replaced without a question."""
    page = list_page(qtbot, desk, DISPUTES, "ko")
    page.saved.ask_name = lambda parent, title, label: ("진행 중 특허", True)
    page.search.setFocus()
    type_text(page.search, "특허")
    qtbot.mouseClick(page.save_view_button, Qt.MouseButton.LeftButton)
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask",
                        lambda parent, title, text: asked.append(text) or replace)
    qtbot.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(page.search, "Voltaic")
    page.saved.ask_name = lambda parent, title, label: ("  진행 중  특허 ", True)
    qtbot.mouseClick(page.save_view_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "“진행 중 특허” 보기가 이미 있습니다" in asked[0]
    con = sqlite3.connect(str(desk.path))
    try:
        ((name, query),) = con.execute("SELECT name, query FROM saved_views").fetchall()
    finally:
        con.close()
    assert name == "진행 중 특허"
    assert json.loads(query)["text"] == ("Voltaic" if replace else "특허")


# -- attachments --------------------------------------------------------------------------


def test_a_folder_dropped_on_attachments_is_refused_in_korean(
        qtbot, desk, dispute, tmp_path, problems, monkeypatch):
    """Dropped a folder (with a file) on a record's Attachments tab: the window stopped
    with IsADirectoryError, and the file was not attached either. A file too large was
    refused in English in the Korean window."""
    monkeypatch.setattr(records, "MAX_ATTACHMENT_BYTES", 10)
    folder = tmp_path / "증거자료"
    folder.mkdir()
    memo = tmp_path / "memo.txt"
    memo.write_bytes(b"memo")
    big = tmp_path / "big.bin"
    big.write_bytes(b"y" * 50)
    panel = AttachmentsPanel(desk, "ko")
    qtbot.addWidget(panel)
    panel.show_record(dispute.id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (folder, memo, big)])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    assert panel.count() == 1
    con = sqlite3.connect(str(desk.path))
    try:
        assert con.execute("SELECT file_name, content FROM attachments").fetchall() == [
            ("memo.txt", b"memo")]
    finally:
        con.close()
    (said,) = problems
    lines = said.splitlines()
    assert lines[0].startswith("증거자료: ") and "폴더입니다" in lines[0]
    assert lines[1].startswith("big.bin: ") and "한도" in lines[1]


# -- read-only records -----------------------------------------------------------------


def test_another_posts_record_says_why_it_is_read_only_in_korean(
        qtbot, desk, company, monkeypatch):
    """A company of the US post opened in the Korean window of the CN post's case log
    said "읽기 전용: " followed by the reason in English."""
    monkeypatch.setattr(desk, "home_post", "CN")  # the record is now another post's
    w = editor(qtbot, desk, COMPANIES, records.get(desk, company.id))
    assert w.readonly and not w.note.isHidden()
    reason = w.note.text()
    assert reason.startswith("읽기 전용: ")
    latin = [c for c in reason.replace("US", "").replace("CN", "") if c.isascii() and c.isalpha()]
    assert latin == [], reason


def test_a_whole_amount_is_shown_without_a_decimal_point(qtbot, desk, company):
    """A dispute's stored 540,000 (a REAL, 540000.0) was shown as "540,000.0"."""
    w = new_dispute(qtbot, desk, company, currency="KRW")
    type_into(qtbot, w, "claimed_amount", "540,000")
    type_into(qtbot, w, "awarded_amount", "1,250.5")
    ctrl_s(qtbot, w)
    (row,) = stored(desk, "disputes")
    assert (row["claimed_amount"], row["awarded_amount"]) == (540_000, 1250.5)
    again = editor(qtbot, desk, DISPUTES, records.get(desk, row["id"]))
    assert again.inputs["claimed_amount"].edit.text() == "540,000"
    assert again.inputs["awarded_amount"].edit.text() == "1,250.5"
    assert not again.is_dirty()


def test_a_one_line_fields_conflict_is_offered_on_one_line(
        qtbot, desk, dispute, tmp_path, monkeypatch, problems):
    """Edit… on a conflict over the case number offered "2:24-cv-1" and "2:24-cv-2" on
    two lines; saved as offered, "2:24-cv-1  2:24-cv-2" was stored (the line breaks as
    spaces), not what the dialog showed."""
    page = conflict_page(qtbot, desk, dispute, tmp_path, monkeypatch,
                         {"case_number": "2:24-cv-1"}, {"case_number": "2:24-cv-2"})
    offered: list[str] = []
    edit_conflict(qtbot, page, lambda d: offered.append(d.inputs["case_number"]
                                                        .toPlainText()))
    qtbot.waitUntil(lambda: bool(offered))
    assert offered == ["2:24-cv-1 / 2:24-cv-2"]
    (row,) = stored(desk, "disputes")
    assert row["case_number"] == "2:24-cv-1 / 2:24-cv-2" and problems == []


# -- a deleted record still named by a live one -------------------------------------------


@pytest.mark.parametrize(("lang", "mark"), [("ko", "(삭제됨)"), ("en", "(deleted)")])
def test_a_deleted_company_is_shown_as_deleted_where_a_dispute_names_it(
        qtbot, desk, company, dispute, lang, mark):
    """The company of a dispute was deleted: the dispute's detail pane, its list and its
    editor went on showing the company as if it were there."""
    from officer_desk.gui.detail_tabs import record_html

    use_language(lang)
    records.delete(desk, company.id)
    live = records.get(desk, dispute.id)
    name = company.title(lang)
    assert f"{name} {mark}" in record_html(desk, live, [], lang)
    w = editor(qtbot, desk, DISPUTES, live, lang=lang)
    assert w.inputs["company_id"].combo.currentText() == f"{name} {mark}"
    # saving the dispute unchanged keeps the same company (the mark is not a name)
    w.save()
    (row,) = stored(desk, "disputes")
    assert row["company_id"] == company.id


@pytest.mark.parametrize(("lang", "mark"), [("ko", "(삭제됨)"), ("en", "(deleted)")])
def test_a_deleted_conference_is_shown_as_deleted_in_its_agenda_items_list(
        qtbot, desk, lang, mark):
    """The agenda items list shows each item's conference: a deleted one is said."""
    from officer_desk.domain.kinds import AGENDA_ITEMS, CONFERENCES

    use_language(lang)
    conference, _ = records.create(desk, CONFERENCES, {
        "title_ko": "제3차 회의", "title_en": "3rd meeting", "conference_kind": "hq_video",
        "held_on": "2024-05-02"})
    records.create(desk, AGENDA_ITEMS, {"conference_id": conference.id,
                                        "title_ko": "안건", "title_en": "Item"})
    records.delete(desk, conference.id)
    page = RecordListPage(desk, AGENDA_ITEMS, lang)
    qtbot.addWidget(page)
    page.show()
    model = page.table.model()
    column = model.column_names.index("conference_id")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, column).data() == f"{conference.title(lang)} {mark}"
