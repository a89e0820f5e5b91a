"""Dates typed key by key into the window are stored as the day typed, or refused.

A bare ``QDateEdit`` stored 2024-12-03 for a typed "2024-03-01": these tests type each
form officers use into the real widgets (QTest key events, Tab, Ctrl+S) and read what
the database holds afterwards.
"""

from __future__ import annotations

import datetime as dt

import pytest
from key_typing import type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import (
    ACTION_ITEMS,
    COMPANIES,
    CONFERENCES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    TREND_NOTES,
    USER_KINDS,
)
from officer_desk.gui import messages
from officer_desk.gui.brief_dialog import BriefDialog
from officer_desk.gui.editor import RecordEditor
from officer_desk.gui.follow_ups_panel import FollowUpDialog
from officer_desk.gui.record_panels import FollowUpsPanel
from officer_desk.services import records

#: The offscreen platform cannot raise windows or grab the keyboard for popups.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", extend=True)

MARCH_1 = dt.date(2024, 3, 1)
FORMS = ["2024-03-01", "2024.3.1", "24.3.1", "2024/03/01", "20240301", "2024년 3월 1일"]
IMPOSSIBLE = ["2024-02-30", "20240230", "2024-13-01", "2023년 2월 29일", "2024-3", "어제"]


@pytest.fixture(autouse=True)
def discard_when_closed(monkeypatch):
    """Closing an editor left with changes discards them (the question is answered)."""
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)


def shown(qtbot, w: QWidget) -> None:
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()


def ctrl_s(qtbot, w: RecordEditor) -> None:
    qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)


def new_dispute_editor(qtbot, desk, company, lang="ko") -> RecordEditor:
    """A new dispute with everything but the opening date given."""
    w = RecordEditor(desk, DISPUTES, None, lang, initial={
        "title_ko": "날짜 시험", "company_id": company.id, "ip_type": "patent",
        "dispute_kind": "infringement_suit", "role": "defending"})
    qtbot.addWidget(w)
    shown(qtbot, w)
    return w


def tab_to(qtbot, w: RecordEditor, name: str) -> QWidget:
    """Press Tab from the input before ``name`` and land in ``name``'s date text."""
    chain = [x for i in w.inputs.values() for x in i.focus_widgets()
             if x.isEnabled() and x.isVisibleTo(w)]
    target = w.inputs[name].focus_widgets()[0]
    if chain.index(target) == 0:  # the first input: the editor opens on it
        assert QApplication.focusWidget() is target
        return target
    before = chain[chain.index(target) - 1]
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target, (w.kind.name, name, before)
    return target


def stored_disputes(desk):
    return list(desk.repo.rows(DISPUTES, "WHERE deleted = 0"))


@pytest.mark.parametrize("typed", FORMS)
def test_a_new_dispute_stores_the_day_typed_in_each_form(qtbot, desk, company, typed):
    w = new_dispute_editor(qtbot, desk, company)
    edit = tab_to(qtbot, w, "opened_on")
    type_text(edit, typed)
    said = w.inputs["opened_on"].date.said
    assert said.text() == "2024년 3월 1일 (금)"  # what it understood, before saving
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == "2024-03-01"  # and shown the one way on leaving the field
    ctrl_s(qtbot, w)
    assert w.result() == w.DialogCode.Accepted
    (saved,) = stored_disputes(desk)
    assert saved["opened_on"] == MARCH_1


def test_the_understood_day_is_said_in_english_too(qtbot, desk, company, english):
    w = new_dispute_editor(qtbot, desk, company, lang="en")
    edit = tab_to(qtbot, w, "opened_on")
    type_text(edit, "24.3.1")
    assert w.inputs["opened_on"].date.said.text() == "Fri 1 March 2024"


@pytest.mark.parametrize("typed", IMPOSSIBLE)
def test_a_date_that_names_no_day_is_refused_and_nothing_is_stored(
        qtbot, desk, company, typed):
    w = new_dispute_editor(qtbot, desk, company)
    edit = tab_to(qtbot, w, "opened_on")
    type_text(edit, typed)
    said = w.inputs["opened_on"].date.said
    assert said.text() in ("없는 날짜", "날짜가 아님")
    error = w.errors["opened_on"]
    assert not error.isHidden() and "날짜" in error.text()  # said while typing
    ctrl_s(qtbot, w)
    assert w.isVisible() and w.result() != w.DialogCode.Accepted
    assert stored_disputes(desk) == []
    assert not error.isHidden() and typed in error.text()
    assert edit.text() == typed  # kept as typed, to be corrected


def test_an_impossible_date_never_replaces_a_stored_one(qtbot, desk, dispute):
    w = RecordEditor(desk, DISPUTES, dispute, "en")
    qtbot.addWidget(w)
    shown(qtbot, w)
    edit = tab_to(qtbot, w, "opened_on")
    edit.selectAll()
    type_text(edit, "2024-02-30")
    ctrl_s(qtbot, w)
    assert "2024-02 has 29 days" in w.errors["opened_on"].text()
    assert records.get(desk, dispute.id)["opened_on"] == MARCH_1
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)  # emptied: no date, and that is refused too
    ctrl_s(qtbot, w)
    assert records.get(desk, dispute.id)["opened_on"] == MARCH_1
    assert w.isVisible()


@pytest.fixture
def one_of_each(desk, company, dispute):
    """A record of every kind that has a date field."""
    conference, _ = records.create(desk, CONFERENCES, {
        "title_en": "Q1 video conference", "conference_kind": "hq_video",
        "held_on": dt.date(2024, 1, 10)})
    made = {
        DISPUTES.name: dispute,
        ENGAGEMENTS.name: records.create(desk, ENGAGEMENTS, {
            "topic_en": "USPTO meeting", "agency": "uspto", "held_on": dt.date(2024, 1, 9)})[0],
        TREND_NOTES.name: records.create(desk, TREND_NOTES, {
            "title_en": "Export controls", "category": "export_controls",
            "noted_on": dt.date(2024, 1, 8)})[0],
        CONFERENCES.name: conference,
        ACTION_ITEMS.name: records.create(desk, ACTION_ITEMS, {
            "conference_id": conference.id, "description_en": "Send the list",
            "owner_name": "김영희"})[0],
        FOLLOW_UPS.name: records.create(desk, FOLLOW_UPS, {
            "record_id": dispute.id, "due_on": dt.date(2024, 1, 7),
            "description": "답변서"})[0],
    }
    return made


def test_every_date_field_of_every_kind_stores_what_was_typed(qtbot, desk, one_of_each):
    kinds = {k.name for k in USER_KINDS if any(f.type is FieldType.DATE for f in k.fields)}
    assert kinds == set(one_of_each)
    forms = iter(FORMS * 3)
    checked = []
    for kind_name, record in one_of_each.items():
        for f in record.kind.fields:
            if f.type is not FieldType.DATE:
                continue
            typed = next(forms)
            w = RecordEditor(desk, record.kind, records.get(desk, record.id), "ko")
            qtbot.addWidget(w)
            shown(qtbot, w)
            edit = tab_to(qtbot, w, f.name)
            edit.selectAll()
            type_text(edit, typed)
            qtbot.keyClick(edit, Qt.Key.Key_Tab)
            ctrl_s(qtbot, w)
            assert w.result() == w.DialogCode.Accepted, (kind_name, f.name, w.errors)
            assert records.get(desk, record.id)[f.name] == MARCH_1, (kind_name, f.name, typed)
            checked.append((kind_name, f.name))
            w.close()
    assert len(checked) == 10


def run_follow_up_dialog(qtbot, panel: FollowUpsPanel, keys) -> list[str]:
    """Add a follow-up through the panel's real dialog, typed with ``keys(dialog)``;
    the problems the dialog showed are returned."""
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FollowUpDialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        try:
            keys(dialog)
        finally:
            if dialog.isVisible():  # refused: say what was shown, then give up
                seen.append(dialog.problem.text())
                dialog.reject()

    QTimer.singleShot(0, drive)
    panel.add_follow_up()
    return seen


def test_a_follow_ups_due_date_is_the_day_typed(qtbot, desk, dispute):
    panel = FollowUpsPanel(desk, "ko")
    qtbot.addWidget(panel)
    panel.show_record(dispute.id)

    def type_due(dialog: FollowUpDialog) -> None:
        edit = dialog.due.edit
        assert QApplication.focusWidget() is edit and edit.selectedText()  # ready to type
        type_text(edit, "2026-12-05")
        assert dialog.due.said.text() == "2026년 12월 5일 (토)"
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        type_text(dialog.description, "답변서 제출")
        qtbot.keyClick(dialog.description, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)

    assert run_follow_up_dialog(qtbot, panel, type_due) == []
    (made,) = panel.items
    assert made["due_on"] == dt.date(2026, 12, 5) and made["description"] == "답변서 제출"


def test_a_follow_up_due_on_no_day_is_refused_in_the_dialog(qtbot, desk, dispute):
    panel = FollowUpsPanel(desk, "ko")
    qtbot.addWidget(panel)
    panel.show_record(dispute.id)

    def type_due(dialog: FollowUpDialog) -> None:
        type_text(dialog.due.edit, "2026-02-30")
        qtbot.keyClick(dialog.due.edit, Qt.Key.Key_Tab)
        type_text(dialog.description, "없는 날")
        qtbot.keyClick(dialog.description, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)

    (problem,) = run_follow_up_dialog(qtbot, panel, type_due)
    assert "2026년 2월은 28일까지" in problem
    assert panel.items == []
    assert list(desk.repo.rows(FOLLOW_UPS, "WHERE deleted = 0")) == []


def test_a_briefing_periods_dates_are_typed_too(qtbot, desk, problems):
    dialog = BriefDialog(desk, lang="ko", today=dt.date(2026, 12, 2))
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    qtbot.keyClick(dialog.use_period, Qt.Key.Key_Space)
    for edit, typed in ((dialog.date_from.edit, "26.4.1"),
                        (dialog.date_to.edit, "2026년 6월 30일")):
        edit.setFocus()
        edit.selectAll()
        type_text(edit, typed)
    chosen = dialog.selection()
    assert (chosen.date_from, chosen.date_to) == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    dialog.date_to.edit.selectAll()
    type_text(dialog.date_to.edit, "2026-06-31")
    assert dialog.write() is None
    assert problems and "2026년 6월은 30일까지" in problems[-1]


def test_a_registration_number_too_long_is_kept_and_refused_visibly(qtbot, desk):
    w = RecordEditor(desk, COMPANIES, None, "ko", initial={"name_ko": "다온로보틱스"})
    qtbot.addWidget(w)
    shown(qtbot, w)
    brn = w.inputs["brn"].widget
    brn.setFocus()
    type_text(brn, "123-45-678912")  # 13 characters
    assert brn.text() == "123-45-678912"  # nothing dropped
    error = w.errors["brn"]
    assert not error.isHidden() and "13자" in error.text()
    ctrl_s(qtbot, w)
    assert w.isVisible()
    assert list(desk.repo.rows(COMPANIES, "WHERE deleted = 0")) == []
    brn.selectAll()
    type_text(brn, "123-45-67891")  # the message's own example is accepted
    assert error.isHidden()
    ctrl_s(qtbot, w)
    (made,) = desk.repo.rows(COMPANIES, "WHERE deleted = 0")
    assert made["brn"] == "123-45-67891"


def test_the_new_company_button_goes_once_the_company_is_made(qtbot, desk, company):
    w = RecordEditor(desk, DISPUTES, None, "ko")
    qtbot.addWidget(w)
    shown(qtbot, w)
    ref = w.inputs["company_id"]
    ref.combo.setFocus()
    type_text(ref.combo.lineEdit(), "다온로보틱스")
    assert ref.new_button.isVisible()
    qtbot.keyClick(ref.new_button, Qt.Key.Key_Space)
    small = ref.new_editor
    assert small is not None and small.inputs["name_ko"].get() == "다온로보틱스"
    small.activateWindow()
    qtbot.waitUntil(small.isActiveWindow)
    with qtbot.waitSignal(small.accepted):
        qtbot.keyClick(small.inputs["name_ko"].widget, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
    made = [c for c in desk.repo.rows(COMPANIES, "WHERE deleted = 0") if c.id != company.id]
    assert len(made) == 1 and ref.get() == made[0].id
    assert not ref.new_button.isVisible()  # nothing left to offer


@pytest.mark.parametrize(("lang", "march", "monday"), [("ko", "3월", "월"), ("en", "March", "Mon")])
def test_the_calendar_speaks_the_window_s_language_not_the_system_s(
        qtbot, lang, march, monday):
    """Month and day names come from Qt's locale: the system's (English here) showed
    "January" in a Korean window's calendar."""
    from PySide6.QtCore import QDate, QLocale

    from officer_desk.domain.kinds import DISPUTES
    from officer_desk.gui import texts
    from officer_desk.gui.date_field import DateField

    texts.use_language(lang)
    field = DateField(DISPUTES.field("opened_on"), lang)
    qtbot.addWidget(field)
    field.calendar.setSelectedDate(QDate(2024, 3, 1))
    assert field.calendar.locale().monthName(3) == march
    assert field.calendar.locale().dayName(1, QLocale.FormatType.ShortFormat) == monday
    assert QLocale().monthName(3) == march  # and every widget made after, by default


def test_alt_down_opens_the_calendar_and_enter_takes_its_day(qtbot):
    """The calendar is made when first opened (not with the field): Alt+Down opens it
    on the typed day, arrows move it, Enter puts the day in the field."""
    from officer_desk.domain.kinds import DISPUTES
    from officer_desk.gui.date_field import DateField

    field = DateField(DISPUTES.field("opened_on"), "en")
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow)  # a shortcut needs its window active
    assert field._calendar is None
    field.edit.setFocus()
    type_text(field.edit, "2024.3.1")

    def choose() -> None:
        try:
            qtbot.waitUntil(field.menu.isVisible)
            calendar = field.calendar
            assert calendar.selectedDate().toPython() == dt.date(2024, 3, 1)
            days = calendar.findChild(QTableView)  # the calendar's grid takes the keys
            qtbot.keyClick(days, Qt.Key.Key_Right)
            qtbot.keyClick(days, Qt.Key.Key_Return)
        finally:
            field.menu.hide()  # never left open: the menu's own loop would not end

    QTimer.singleShot(0, choose)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not field.menu.isVisible())
    assert field.text() == "2024-03-02" and field.date() == dt.date(2024, 3, 2)
