"""Creating, editing, deleting and restoring a list's records, each undoable.

They go through the services (the editor shows their field messages), and each change
is then pushed onto the window's undo stack as a command (``gui.undo``) whose undo and
redo call the services again. A read-only window's lists change nothing: the editor opens
read-only there (it says why) and nothing is deleted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import RecordKind
from officer_desk.gui import messages
from officer_desk.gui.models import RecordTableModel
from officer_desk.gui.texts import problem_text, tr
from officer_desk.gui.undo import CreateCommand, DeleteCommand, EditCommand, RestoreCommand
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk
from officer_desk.services.references import referring_counts

if TYPE_CHECKING:  # loaded when a record is first opened
    from officer_desk.gui.editor import RecordEditor


class RecordEditing(QWidget):
    """The editing half of a list page (``RecordListPage`` builds the widgets)."""

    desk: Desk
    kind: RecordKind
    lang: str
    undo_stack: QUndoStack
    model: RecordTableModel
    table: QTableView
    problem: QLabel
    editor: RecordEditor | None

    def current_record_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        try:
            return self.model.record_id(index.row())
        except IndexError:
            return None

    def new_record(self) -> RecordEditor:
        """Open the editor on a new record (in a read-only window, Ctrl+N opens it read
        only, saying why: the page's New button is disabled there)."""
        return self._open_editor(None)

    def edit_current(self) -> RecordEditor | None:
        record_id = self.current_record_id()
        if record_id is None:
            return None
        try:
            record = record_service.get(self.desk, record_id)
        except OfficerDeskError as e:
            self.problem.setText(problem_text(e))
            return None
        return self._open_editor(record)

    def _open_editor(self, record) -> RecordEditor:
        """Open the editor (window-modal, not blocking); the list follows when it saves."""
        from officer_desk.gui.editor import RecordEditor

        dialog = RecordEditor(self.desk, self.kind, record, self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.on_child_saved = self._saved_elsewhere
        self.editor = dialog
        dialog.open()
        return dialog

    def _saved_elsewhere(self, dialog: RecordEditor) -> None:
        """A record made from inside the editor (a new company): undoable as well."""
        if dialog.record_id is None or dialog.change is None or not dialog.change.created:
            return
        try:
            record = record_service.get(self.desk, dialog.record_id)
        except OfficerDeskError:
            return
        self.undo_stack.push(CreateCommand(self.desk, record, self.lang, parent=self))

    def _saved(self, dialog: RecordEditor) -> None:
        """The editor saved through the services: record it for undo, then show it."""
        if dialog.record_id is not None and dialog.change is not None:
            try:
                record = record_service.get(self.desk, dialog.record_id)
            except OfficerDeskError:
                record = None
            if record is not None and dialog.change.created:
                self.undo_stack.push(CreateCommand(
                    self.desk, record, self.lang, parent=self, done=self._after_change))
            elif record is not None and dialog.change.fields.get(record.id):
                self.undo_stack.push(EditCommand(
                    self.desk, record, dialog.change, self.lang, parent=self,
                    done=self._after_change))
        self._after_change(dialog.record_id)

    def delete_or_restore(self) -> bool:
        """Delete the selected record (or restore it if deleted) after asking."""
        record_id = self.current_record_id()
        if record_id is None or self.desk.readonly:
            return False
        try:
            record = record_service.get(self.desk, record_id)
            restoring = record.deleted
            question = tr("Restore this record?") if restoring else tr("Delete this record?")
            question += f"\n\n{record.title(self.lang)}"
            if not restoring and (referring := referring_counts(self.desk, record)):
                question += "\n\n" + tr(
                    "Still referred to by: {records}. They keep referring to it once it is "
                    "deleted; change them first if it is a duplicate.").format(
                    records=", ".join(f"{kind.label(self.lang)} {count:,}"
                                      for kind, count in referring))
            if not messages.ask(self, tr("Restore") if restoring else tr("Delete"),
                                question):
                return False
            if restoring:
                change = record_service.restore(self.desk, record_id)
            else:
                change = record_service.delete(self.desk, record_id)
        except OfficerDeskError as e:
            messages.show_problem(self, tr("Delete"), problem_text(e))
            return False
        if not change.empty:
            command = RestoreCommand if restoring else DeleteCommand
            self.undo_stack.push(command(self.desk, record, self.lang, parent=self,
                                         done=self._after_change))
        self._after_change(record_id)
        return True

    def _after_change(self, record_id: str | None) -> None:
        self.problem.clear()
        self.model.refresh()
        row = self.model.row_of(record_id) if record_id else -1
        if row >= 0:
            self.table.selectRow(row)
            self._show_detail(self.model.index(row, 0))
        else:
            self._show_detail(self.table.currentIndex())
