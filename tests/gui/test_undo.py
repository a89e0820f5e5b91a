"""Undo and redo of create, edit, delete and restore, checked in the database and the list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from officer_desk.domain.kinds import DISPUTES
from officer_desk.gui import messages
from officer_desk.gui.list_page import RecordListPage
from officer_desk.gui.texts import use_language
from officer_desk.services import records


@pytest.fixture
def answers(monkeypatch):
    """Questions are answered Yes; problems shown are recorded."""
    state = {"problems": []}
    monkeypatch.setattr(messages, "ask", lambda parent, title, text: True)
    monkeypatch.setattr(messages, "show_problem",
                        lambda parent, title, text: state["problems"].append(text))
    return state


def make(qtbot, desk, lang="en") -> RecordListPage:
    use_language(lang)
    page = RecordListPage(desk, DISPUTES, lang)
    qtbot.addWidget(page)
    return page


def listed(page) -> list[str]:
    return [page.model.record_id(row) for row in range(page.model.rowCount())]


def select(page, record_id) -> None:
    page.table.selectRow(page.model.row_of(record_id))


def fields_shown(page) -> str:
    """The detail pane's fields (its history below names old values too)."""
    return page.detail.toPlainText().split("History")[0]


def save(qtbot, editor) -> None:
    with qtbot.waitSignal(editor.accepted):
        assert editor.save()


def test_create_is_undone_and_redone(qtbot, desk, company, answers):
    page = make(qtbot, desk)
    editor = page.new_record()
    editor.inputs["title_ko"].widget.setText("새 분쟁")
    editor.inputs["title_en"].widget.setText("New dispute")
    editor.inputs["company_id"].set(company.id)
    editor.inputs["ip_type"].set("patent")
    editor.inputs["dispute_kind"].set("infringement_suit")
    editor.inputs["role"].set("defending")
    editor.inputs["opened_on"].set(dt.date(2025, 1, 15))
    save(qtbot, editor)
    record_id = editor.record_id
    assert listed(page) == [record_id]
    stack = page.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Create dispute “New dispute”"

    stack.undo()
    assert records.get(desk, record_id).deleted
    assert listed(page) == []
    assert stack.canRedo() and not stack.canUndo()

    stack.redo()
    assert not records.get(desk, record_id).deleted
    assert listed(page) == [record_id]
    assert page.current_record_id() == record_id
    assert answers["problems"] == []


def test_edit_is_undone_and_redone(qtbot, desk, dispute, answers):
    page = make(qtbot, desk)
    select(page, dispute.id)
    editor = page.edit_current()
    editor.inputs["case_number"].widget.setText("NEW-1")
    editor.inputs["stage"].set("filed")
    save(qtbot, editor)
    assert records.get(desk, dispute.id)["case_number"] == "NEW-1"
    stack = page.undo_stack
    assert stack.undoText().startswith("Edit dispute “Hanbit Battery v. Voltaic")
    assert stack.undoText().endswith("…”")  # a long title is shortened

    stack.undo()
    back = records.get(desk, dispute.id)
    assert back["case_number"] == "2:24-cv-00123" and back["stage"] == dispute["stage"]
    assert "2:24-cv-00123" in fields_shown(page)
    assert "NEW-1" not in fields_shown(page)

    stack.redo()
    again = records.get(desk, dispute.id)
    assert again["case_number"] == "NEW-1" and again["stage"] == "filed"
    assert "NEW-1" in fields_shown(page)
    column = page.model.column_of("stage")
    shown = page.model.index(page.model.row_of(dispute.id), column).data()
    assert shown == desk.vocab.label("stage", "filed", "en")
    assert answers["problems"] == []


def test_delete_and_restore_are_undone_and_redone(qtbot, desk, dispute, answers):
    page = make(qtbot, desk)
    select(page, dispute.id)
    assert page.delete_or_restore()
    stack = page.undo_stack
    assert stack.undoText().startswith("Delete dispute")
    assert listed(page) == []

    stack.undo()
    assert not records.get(desk, dispute.id).deleted
    assert listed(page) == [dispute.id]
    stack.redo()
    assert records.get(desk, dispute.id).deleted
    assert listed(page) == []

    # restoring from "show deleted" is undone by deleting again
    page.deleted.setChecked(True)
    qtbot.waitUntil(lambda: listed(page) == [dispute.id], timeout=3000)
    select(page, dispute.id)
    assert page.delete_or_restore()
    assert not records.get(desk, dispute.id).deleted
    assert stack.count() == 2 and stack.undoText().startswith("Restore dispute")
    stack.undo()
    assert records.get(desk, dispute.id).deleted
    stack.undo()  # the deletion before it: restored
    assert not records.get(desk, dispute.id).deleted
    assert answers["problems"] == []


def test_an_undo_of_a_field_changed_meanwhile_is_refused(qtbot, desk, dispute, answers):
    page = make(qtbot, desk)
    select(page, dispute.id)
    assert page.delete_or_restore()
    page.undo_stack.undo()  # restored again
    select(page, dispute.id)
    editor = page.edit_current()
    editor.inputs["case_number"].widget.setText("NEW-1")
    save(qtbot, editor)
    stack = page.undo_stack
    assert stack.count() == 1  # the undone deletion's redo was replaced by the edit

    # a merged package changes the same field meanwhile
    records.update(desk, dispute.id, {"case_number": "FROM-HQ"})
    stack.undo()
    assert records.get(desk, dispute.id)["case_number"] == "FROM-HQ"
    assert len(answers["problems"]) == 1
    assert "Case number" in answers["problems"][0]
    assert "Edit dispute" in answers["problems"][0]
    # the refused command is gone; nothing is left to undo or redo
    assert stack.count() == 0 and not stack.canUndo() and not stack.canRedo()
    assert "FROM-HQ" in fields_shown(page)


def test_an_undo_the_services_refuse_leaves_the_stack_usable(qtbot, desk, dispute, answers):
    page = make(qtbot, desk)
    select(page, dispute.id)
    editor = page.edit_current()
    editor.inputs["case_number"].widget.setText("NEW-1")
    save(qtbot, editor)
    select(page, dispute.id)
    editor = page.edit_current()
    editor.inputs["case_number"].widget.setText("NEW-2")
    save(qtbot, editor)
    stack = page.undo_stack
    assert stack.count() == 2

    desk.readonly = True  # the services now refuse every change
    try:
        stack.undo()
    finally:
        desk.readonly = False
    assert "read-only" in answers["problems"][0]
    assert records.get(desk, dispute.id)["case_number"] == "NEW-2"
    assert stack.count() == 1 and stack.canUndo() and not stack.canRedo()
    # the refused command cannot have been undone, but the one before it can
    records.update(desk, dispute.id, {"case_number": "NEW-1"})
    stack.undo()
    assert records.get(desk, dispute.id)["case_number"] == "2:24-cv-00123"
    stack.redo()
    assert records.get(desk, dispute.id)["case_number"] == "NEW-1"
    assert len(answers["problems"]) == 1


def test_command_texts_are_translated(qtbot, desk, dispute, answers):
    page = make(qtbot, desk, lang="ko")
    select(page, dispute.id)
    assert page.delete_or_restore()
    assert page.undo_stack.undoText().startswith("분쟁 “한빛배터리")
    assert page.undo_stack.undoText().endswith("” 삭제")


def test_nothing_saved_pushes_nothing(qtbot, desk, dispute, answers):
    page = make(qtbot, desk)
    select(page, dispute.id)
    editor = page.edit_current()
    save(qtbot, editor)
    assert page.undo_stack.count() == 0


def test_the_windows_edit_menu_undoes_and_redoes_with_the_keys(qtbot, desk, dispute, answers):
    from officer_desk.gui.main_window import MainWindow

    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.lists["disputes"]
    window.show_page(page)
    assert page.undo_stack is window.undo_stack
    assert all(p.undo_stack is window.undo_stack for p in window.lists.values())
    assert window.undo_action.text() == "Undo" and not window.undo_action.isEnabled()
    select(page, dispute.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert records.get(desk, dispute.id).deleted
    assert window.undo_action.text().startswith("Undo Delete dispute “Hanbit")

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not records.get(desk, dispute.id).deleted
    assert window.redo_action.isEnabled()
    assert window.redo_action.text().startswith("Redo Delete dispute")
    qtbot.keyClick(page.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert records.get(desk, dispute.id).deleted
    window.undo_action.trigger()
    assert not records.get(desk, dispute.id).deleted
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert edit.actions()[:2] == [window.undo_action, window.redo_action]


def test_other_pages_follow_a_change_and_its_undo_when_next_shown(
        qtbot, desk, dispute, answers, tmp_path):
    from PySide6.QtCore import QSettings

    from officer_desk.gui.main_window import MainWindow

    # settings of its own: the window opens on the dashboard, whatever another test left
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(desk, "en", settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.dashboard.loaded, timeout=10000):
        window.show()
    assert window.dashboard.tiles["open"].value.text() == "1"
    companies = window.lists["companies"]  # built, then left for another page
    page = window.lists["disputes"]
    window.show_page(page)
    select(page, dispute.id)
    page.delete_or_restore()
    assert records.get(desk, dispute.id).deleted
    with qtbot.waitSignal(window.dashboard.loaded, timeout=10000):
        window.show_page(window.dashboard)
    assert window.dashboard.tiles["open"].value.text() == "0"
    window.show_page(page)
    window.undo_stack.undo()
    assert not records.get(desk, dispute.id).deleted
    with qtbot.waitSignal(window.dashboard.loaded, timeout=10000):
        window.show_page(window.dashboard)
    assert window.dashboard.tiles["open"].value.text() == "1"
    # a list left behind reads again when shown (not before: it may be long)
    refreshed = []
    companies.model.refreshed.connect(lambda: refreshed.append(True))
    window.undo_stack.redo()
    qtbot.wait(50)
    assert not refreshed
    window.show_page(companies)  # read in the worker thread: the window is not held up
    qtbot.waitUntil(lambda: bool(refreshed), timeout=5000)


def test_follow_ups_and_attachments_added_in_the_tabs_are_undone(
        qtbot, desk, dispute, answers, tmp_path):
    page = make(qtbot, desk)
    select(page, dispute.id)
    follow_ups, attachments = page.follow_ups, page.attachments
    follow_ups.ask_follow_up = lambda parent: (dt.date(2030, 1, 2), "Call the firm")
    follow_up = follow_ups.add_follow_up()
    stack = page.undo_stack
    assert stack.undoText() == "Create follow-up “Call the firm”"
    follow_ups.select_row(0)
    assert follow_ups.toggle_done()
    assert records.get(desk, follow_up.id)["done"] is True
    stack.undo()  # not done again
    assert records.get(desk, follow_up.id)["done"] is False
    stack.undo()  # and gone
    assert records.get(desk, follow_up.id).deleted and follow_ups.count() == 0
    assert page.tabs.tabText(page.tabs.indexOf(follow_ups)) == "Follow-ups (0)"
    stack.redo()
    assert follow_ups.count() == 1

    paths = []
    for name in ("a.txt", "b.txt"):
        path = tmp_path / name
        path.write_bytes(name.encode())
        paths.append(str(path))
    assert attachments.add_files(paths) == 2
    assert stack.undoText() == "Attach 2 files"
    stack.undo()  # both, in one step
    assert attachments.count() == 0
    assert page.tabs.tabText(page.tabs.indexOf(attachments)) == "Attachments (0)"
    stack.redo()
    assert attachments.count() == 2
    attachments.select_row(0)
    assert attachments.remove_current()
    assert attachments.count() == 1
    stack.undo()
    assert attachments.count() == 2
    assert answers["problems"] == []


def test_a_company_made_inline_in_the_editor_can_be_undone(qtbot, desk, company, answers):
    page = make(qtbot, desk)
    editor = page.new_record()
    ref = editor.inputs["company_id"]
    ref.combo.setEditText("Daon Robotics")
    small = ref.new_record()
    with qtbot.waitSignal(small.accepted):
        assert small.save()
    stack = page.undo_stack
    assert stack.undoText() == "Create company “Daon Robotics”"
    editor.reject()  # the dispute is not saved; the company stays (and can be undone)
    stack.undo()
    assert records.get(desk, small.record_id).deleted
    assert answers["problems"] == []


def test_a_title_with_an_ampersand_reads_whole_in_the_edit_menu(qtbot, desk, answers):
    """s28 window check: after making the company "Johnson & Johnson", Edit → Undo read
    "Undo Create company “Johnson  Johnson”" (the "&" taken for the menu's shortcut
    letter, the J after it underlined)."""
    from key_typing import type_text
    from PySide6.QtWidgets import QApplication

    from officer_desk.domain.kinds import COMPANIES
    from officer_desk.gui.main_window import MainWindow

    use_language("en")
    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_page(window.page(f"list_{COMPANIES.name}"))
    page = window.current_list()
    editor = page.new_record()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    name = editor.inputs["name_en"].widget
    name.setFocus()
    type_text(name, "Johnson & Johnson")
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.text(0) == "Create company “Johnson & Johnson”"
    shown = window.undo_action.text()  # "&&" is how a menu shows one "&"
    assert shown.replace("&&", "＆") == "Undo Create company “Johnson ＆ Johnson”"
