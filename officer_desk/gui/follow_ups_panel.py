"""A record's follow-ups under the list's detail pane, and the dialog that adds one.

A follow-up is changed (a due date moved, a description put right) in its own editor:
Edit…, Enter or a double click on it.

The due date is typed as officers type dates (``DateField``): the day understood is
shown before saving, and a date that names no day is refused in the dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from officer_desk.domain.errors import FieldError, OfficerDeskError
from officer_desk.domain.kinds import FOLLOW_UPS
from officer_desk.domain.messages import Both
from officer_desk.domain.records import Record
from officer_desk.domain.text_tidy import tidy_text
from officer_desk.domain.tidying import Tidied
from officer_desk.domain.validation import clean_value, field_error
from officer_desk.gui import messages
from officer_desk.gui.date_field import PROBLEM_STYLE, DateField
from officer_desk.gui.record_panel_base import RecordPanel
from officer_desk.gui.texts import current_language, problem_text, tr
from officer_desk.gui.undo import CreateCommand, EditCommand
from officer_desk.services import records as record_service
from officer_desk.services import todo
from officer_desk.services.desk import Desk

if TYPE_CHECKING:  # loaded when a follow-up is first edited
    from officer_desk.gui.editor import RecordEditor

#: Line breaks a pasted description may hold (the description is one line).
LINE_BREAKS = ("\n", "\r", "\u2028", "\u2029")


class OneLineText(QPlainTextEdit):
    """A follow-up's description: wraps as it grows, but Enter is OK (``enter``), as in
    the follow-up's editor, since the description is one line (lists, calendars)."""

    def __init__(self, enter: Callable[[], None]) -> None:
        super().__init__()
        self.enter = enter
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter()
            return
        super().keyPressEvent(event)


#: ``ask_follow_up(parent) -> (due date, description) or None``.
AskFollowUp = Callable[[QWidget], "tuple[dt.date, str] | None"]

OVERDUE = QColor("#b00020")


class FollowUpDialog(QDialog):
    """A new follow-up: due date (typed, a week from today to start with) and
    description. OK with a due date that names no day says so and stays open."""

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None,
                 lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or current_language()
        self.setWindowTitle(tr("New follow-up"))
        self.due = DateField(FOLLOW_UPS.field("due_on"), self.lang)
        self.due.set_date((today or dt.date.today()) + dt.timedelta(days=7))
        self.description = OneLineText(self.accept)
        self.description.setFixedHeight(80)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Due"), self.due)
        form.addRow(tr("Description"), self.description)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        # Enter in the description is OK, and so are Ctrl+Enter and Ctrl+S
        for keys in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText))
        self.due.edit.setFocus()
        self.due.edit.selectAll()
        self._first_due = self.due.text()

    def reject(self) -> None:
        """Cancel (Esc): with something typed, asks first, as a record's editor does."""
        typed = (self.description.toPlainText().strip()
                 or self.due.text() != self._first_due)
        if typed and not messages.ask(self, tr("Unsaved changes"),
                                      tr("Discard your changes?")):
            return
        super().reject()

    def accept(self) -> None:
        """OK: refused here, with what was typed kept, while the due date names no day
        or the description is empty, on more than one line or not storable (too long,
        a control character) — the services would refuse it only after the dialog had
        closed, with the text gone, and would store line breaks as spaces."""
        problem = self.due.problem()
        where: QWidget = self.due.edit
        if problem is None and self.due.date() is None:
            problem = _required("due_on")
        elif problem is None:
            problem, where = self._description_problem(), self.description
        if problem is not None:
            self.problem.setText(problem.message(self.lang))
            self.problem.show()
            where.setFocus()
            return
        if self._tidied():
            return
        super().accept()

    def _tidied(self) -> bool:
        """The description as it will be stored (spaces at its ends left out, Hangul
        composed), put in its box with what changed, when that is not what is shown:
        OK again stores it. Nothing is changed on the way unseen."""
        typed = self.description.toPlainText()
        stored, how = tidy_text(typed, multiline=False)
        if not how:
            return False
        f = FOLLOW_UPS.field("description")
        self.description.setPlainText(stored)
        line = Tidied(f.name, typed, stored, how).text(Both(f.en, f.ko))
        self.problem.setText(line.message(self.lang) + "\n" + tr(
            "Check it and press OK again.", self.lang))
        self.problem.show()
        self.description.setFocus()
        return True

    def _description_problem(self) -> FieldError | None:
        text = self.description.toPlainText().strip()
        f = FOLLOW_UPS.field("description")
        if not text:
            return _required("description")
        if any(mark in text for mark in LINE_BREAKS):
            said = tr("The description is one line (lists and calendars show it so): "
                      "join the lines.", self.lang)
            return FieldError(f.name, "one_line", said, said)
        _value, problem = clean_value(f, text, None)  # a text: no vocabulary asked
        return problem

    def values(self) -> tuple[dt.date, str]:
        due = self.due.date()
        assert due is not None, "values() of a dialog that was not accepted"
        return due, self.description.toPlainText().strip()


def _required(name: str) -> FieldError:
    f = FOLLOW_UPS.field(name)
    return field_error(f.name, "required", f.en, f.ko)


def ask_follow_up(parent: QWidget) -> tuple[dt.date, str] | None:
    dialog = FollowUpDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


class FollowUpsPanel(RecordPanel):
    """A record's follow-ups: add, mark done (or not), remove; overdue ones in red."""

    kind = FOLLOW_UPS

    def __init__(self, desk: Desk, lang: str, parent: QWidget | None = None) -> None:
        self.add_button = QPushButton(tr("Add…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.done_button = QPushButton(tr("Done"))
        self.remove_button = QPushButton(tr("Remove"))
        super().__init__(desk, lang, parent)
        self.ask_follow_up: AskFollowUp = ask_follow_up
        self.today: Callable[[], dt.date] = dt.date.today
        #: the follow-up's editor last opened (Edit…)
        self.editor: RecordEditor | None = None
        for button in (self.add_button, self.edit_button, self.done_button,
                       self.remove_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        # the description takes the width left (the due date and the tick need little)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button.clicked.connect(self.add_follow_up)
        self.edit_button.clicked.connect(self.edit_current)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(enter), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_current)
        self.done_button.clicked.connect(self.toggle_done)
        self.remove_button.clicked.connect(self.remove_current)
        self._update_buttons()

    def headers(self) -> list[str]:
        return [tr("Due"), tr("Description"), tr("Done")]

    def cells(self, record: Record) -> list[QTableWidgetItem]:
        v = record.values
        due = v.get("due_on")
        done = bool(v.get("done"))
        done_text = "✓" + (f" {v['done_on']}" if v.get("done_on") else "") if done else ""
        items = [QTableWidgetItem(str(due or "")),
                 QTableWidgetItem(str(v.get("description") or "")),
                 QTableWidgetItem(done_text)]
        if not done and isinstance(due, dt.date) and due < dt.date.today():
            for item in items:
                item.setForeground(QBrush(OVERDUE))
                item.setToolTip(tr("Overdue"))
        return items

    def add_buttons(self) -> list[QPushButton]:
        return [self.add_button]

    def action_buttons(self) -> list[QPushButton]:
        return [self.edit_button, self.done_button, self.remove_button]

    def _update_buttons(self) -> None:
        if not hasattr(self, "done_button"):
            return
        super()._update_buttons()

    def overdue_rows(self) -> list[int]:
        today = dt.date.today()
        return [row for row, r in enumerate(self.items)
                if not r.values.get("done") and isinstance(r.values.get("due_on"), dt.date)
                and r.values["due_on"] < today]

    def add_follow_up(self) -> Record | None:
        if self.record_id is None or self.readonly:
            return None
        answer = self.ask_follow_up(self)
        if answer is None:
            return None
        due, description = answer
        try:
            record, _ = record_service.create(self.desk, FOLLOW_UPS, {
                "record_id": self.record_id, "due_on": due, "description": description,
            }, post=record_service.get(self.desk, self.record_id).post)
        except OfficerDeskError as e:
            messages.show_problem(self, tr("New follow-up"), problem_text(e))
            return None
        self._push(CreateCommand, record)
        self._changed()
        return record

    def edit_current(self) -> RecordEditor | None:
        """The chosen follow-up's editor (window-modal); saved, the change is undoable."""
        from officer_desk.gui.editor import RecordEditor

        item = self.current_item()
        if item is None or self.readonly:
            return None
        dialog = RecordEditor(self.desk, FOLLOW_UPS, item, self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._edited(dialog, item.id))
        self.editor = dialog
        dialog.open()
        return dialog

    def _edited(self, dialog: RecordEditor, item_id: str) -> None:
        change = dialog.change
        if change is None or not change.fields.get(item_id):
            return
        self._changed()
        row = next((n for n, r in enumerate(self.items) if r.id == item_id), -1)
        if row >= 0:
            self._push(EditCommand, self.items[row], change)
            self.select_row(row)

    def toggle_done(self) -> bool:
        item = self.current_item()
        if item is None or self.readonly:
            return False
        done = not item.values.get("done")
        row = self.table.currentRow()
        try:  # one another window marked so meanwhile is left as it is (todo.set_done)
            change = todo.set_done(self.desk, item.id, done, today=self.today())
        except OfficerDeskError as e:
            messages.show_problem(self, tr("Done"), problem_text(e))
            return False
        if change.fields.get(item.id):
            self._push(EditCommand, item, change)
        self._changed()
        if 0 <= row < len(self.items):
            self.select_row(row)
        return True
