"""What the panels under a list's detail pane share: a table of the items of one kind
linked to the selected record (attachments, follow-ups), buttons under it, and changes
made only through the services, each pushed onto the window's undo stack when there is
one (``undo_stack``), then ``changed`` emitted so the list can refresh its counts.
"""

from __future__ import annotations

from abc import ABCMeta, abstractmethod

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import NotPermitted, OfficerDeskError
from officer_desk.domain.kinds import RecordKind
from officer_desk.domain.records import Record
from officer_desk.gui import messages
from officer_desk.gui.texts import problem_text, tr
from officer_desk.gui.undo import DeleteCommand, RecordCommand
from officer_desk.services import queries
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk


class PanelMeta(type(QWidget), ABCMeta):
    """Lets a QWidget subclass declare abstract methods."""


class RecordPanel(QWidget, metaclass=PanelMeta):
    """A table of the items of ``kind`` linked to one record, with buttons below."""

    changed = Signal()
    kind: RecordKind

    def __init__(self, desk: Desk, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.lang = desk, lang
        self.record_id: str | None = None
        self.readonly = True
        self.items: list[Record] = []
        #: the window's undo stack, if changes here are to be undoable
        self.undo_stack: QUndoStack | None = None
        self.table = QTableWidget(0, len(self.headers()))
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QHBoxLayout()
        self.note = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    # -- to be filled in by each panel ----------------------------------------------------

    @abstractmethod
    def headers(self) -> list[str]:
        """The column headers of the panel's table."""

    @abstractmethod
    def cells(self, record: Record) -> list[QTableWidgetItem]:
        """One table row for ``record``."""

    def action_buttons(self) -> list[QPushButton]:
        """Buttons that need a chosen row."""
        return []

    def add_buttons(self) -> list[QPushButton]:
        """Buttons that need only an editable record."""
        return []

    # -- showing ----------------------------------------------------------------------------

    def show_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.readonly = True
        if record_id is not None:
            try:
                record = record_service.get(self.desk, record_id)
                self.desk.check_can_edit(record)
                self.readonly = record.deleted
            except NotPermitted:
                self.readonly = True
            except OfficerDeskError:
                self.record_id = None
        self.reload()

    def reload(self) -> None:
        self.items = []
        if self.record_id is not None:
            try:
                page = queries.list_records(self.desk, self.kind, queries.ListQuery(
                    where={"record_id": self.record_id}, limit=None))
                self.items = page.records
            except OfficerDeskError:
                self.items = []
        self.table.setRowCount(len(self.items))
        for row, record in enumerate(self.items):
            for column, item in enumerate(self.cells(record)):
                self.table.setItem(row, column, item)
        self._update_buttons()

    def count(self) -> int:
        return len(self.items)

    def current_item(self) -> Record | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        if not selected or not 0 <= row < len(self.items):
            return None
        return self.items[row]

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        editable = self.record_id is not None and not self.readonly
        for button in self.add_buttons():
            button.setEnabled(editable)
        chosen = self.current_item() is not None
        for button in self.action_buttons():
            button.setEnabled(editable and chosen)

    def _changed(self, *_record_id: str) -> None:
        self.reload()
        self.changed.emit()

    def _push(self, command: type[RecordCommand], record: Record, *args: object) -> None:
        """Record a change made through the services for undo (if there is a stack)."""
        if self.undo_stack is not None:
            self.undo_stack.push(command(self.desk, record, *args, self.lang, parent=self,
                                         done=self._changed))

    def remove_current(self) -> bool:
        """Delete the chosen item after asking (it is kept as a tombstone)."""
        item = self.current_item()
        if item is None or self.readonly:
            return False
        if not messages.ask(self, tr("Remove"),
                                 f"{tr('Remove this item?')}\n\n{item.title(self.lang)}"):
            return False
        try:
            change = record_service.delete(self.desk, item.id)
        except OfficerDeskError as e:
            messages.show_problem(self, tr("Remove"), problem_text(e))
            return False
        if not change.empty:
            self._push(DeleteCommand, item)
        self._changed()
        return True
