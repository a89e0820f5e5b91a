"""Panels under a list's detail pane: the selected record's attachments and follow-ups.

Each panel shows one record's items (``show_record``), changes them only through the
services, and emits ``changed`` after every change so the list page can refresh its
model and the tab titles' counts. Given the window's undo stack (``undo_stack``), each
change is pushed onto it as a command, so Ctrl+Z takes back an added follow-up too.
The file dialog, the URL opener and the follow-up question are attributes, so tests
replace them.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from abc import ABCMeta, abstractmethod
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import NotPermitted, OfficerDeskError
from officer_desk.domain.kinds import ATTACHMENTS, FOLLOW_UPS, RecordKind
from officer_desk.domain.records import Record
from officer_desk.gui import messages
from officer_desk.gui.texts import tr
from officer_desk.gui.undo import CreateCommand, DeleteCommand, EditCommand, RecordCommand
from officer_desk.services import queries
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk
from officer_desk.services.display import human_size

#: ``choose_files(parent, caption) -> paths``: how files to attach are chosen.
ChooseFiles = Callable[[QWidget, str], list[str]]
#: ``ask_follow_up(parent) -> (due date, description) or None``.
AskFollowUp = Callable[[QWidget], "tuple[dt.date, str] | None"]

OVERDUE = QColor("#b00020")


def choose_files(parent: QWidget, caption: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, caption)
    return list(paths)


class _PanelMeta(type(QWidget), ABCMeta):
    """Lets a QWidget subclass declare abstract methods."""


class _RecordPanel(QWidget, metaclass=_PanelMeta):
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
            messages.show_problem(self, tr("Remove"), str(e))
            return False
        if not change.empty:
            self._push(DeleteCommand, item)
        self._changed()
        return True


class AttachmentsPanel(_RecordPanel):
    """A record's attachments: add (button or drop), open, remove."""

    kind = ATTACHMENTS

    def __init__(self, desk: Desk, lang: str, parent: QWidget | None = None) -> None:
        self.add_button = QPushButton(tr("Add…"))
        self.open_button = QPushButton(tr("Open file"))
        self.remove_button = QPushButton(tr("Remove"))
        super().__init__(desk, lang, parent)
        self.choose_files: ChooseFiles = choose_files
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        #: the files written for opening (kept until the program ends)
        self.opened: list[Path] = []
        self.setAcceptDrops(True)
        self.table.setToolTip(tr("Drop files here to attach them"))
        for button in (self.add_button, self.open_button, self.remove_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.add_button.clicked.connect(self.add_chosen)
        self.open_button.clicked.connect(self.open_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self._update_buttons()

    def headers(self) -> list[str]:
        return [tr("File name"), tr("Size"), tr("Type"), tr("Added")]

    def cells(self, record: Record) -> list[QTableWidgetItem]:
        v = record.values
        return [QTableWidgetItem(str(v.get("file_name") or "")),
                QTableWidgetItem(human_size(v.get("size"))),
                QTableWidgetItem(str(v.get("media_type") or "")),
                QTableWidgetItem((record.created_at or "")[:16].replace("T", " "))]

    def add_buttons(self) -> list[QPushButton]:
        return [self.add_button]

    def action_buttons(self) -> list[QPushButton]:
        # opening is reading: allowed on another post's record too
        return [self.remove_button]

    def _update_buttons(self) -> None:
        if not hasattr(self, "open_button"):
            return
        super()._update_buttons()
        self.open_button.setEnabled(self.current_item() is not None)

    # -- adding -----------------------------------------------------------------------------

    def add_chosen(self) -> int:
        if self.record_id is None or self.readonly:
            return 0
        return self.add_files(self.choose_files(self, tr("Attach files")))

    def add_files(self, paths: list[str]) -> int:
        """Attach each file; a refused one is named in a message, the rest are added."""
        if self.record_id is None or self.readonly or not paths:
            return 0
        attached: list[Record] = []
        problems = []
        for path in paths:
            try:
                attached.append(record_service.attach_file(self.desk, self.record_id, path)[0])
            except OfficerDeskError as e:
                problems.append(f"{Path(path).name}: {e}")
        added = len(attached)
        many = self.undo_stack is not None and added > 1
        if many:  # one undo step for the files added together
            self.undo_stack.beginMacro(tr("Attach {n} files").format(n=added))
        for record in attached:
            self._push(CreateCommand, record)
        if many:
            self.undo_stack.endMacro()
        if added:
            self._changed()
        if problems:
            messages.show_problem(self, tr("Attach files"), "\n".join(problems))
        return added

    def _local_files(self, event: QDragEnterEvent | QDropEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.record_id is not None and not self.readonly and self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self.record_id is not None and not self.readonly:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_files(event)
        if not paths or self.record_id is None or self.readonly:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # -- opening ----------------------------------------------------------------------------

    def open_current(self) -> Path | None:
        """Write the chosen attachment to a temporary file and open it."""
        item = self.current_item()
        if item is None:
            return None
        try:
            record = record_service.get(self.desk, item.id)
            content = bytes(record.values.get("content") or b"")
            name = Path(str(record.values.get("file_name") or "attachment")).name
            folder = Path(tempfile.mkdtemp(prefix="officer-desk-"))
            path = folder / (name or "attachment")
            path.write_bytes(content)
        except (OfficerDeskError, OSError) as e:
            messages.show_problem(self, tr("Open file"), str(e))
            return None
        self.opened.append(path)
        self.open_url(QUrl.fromLocalFile(str(path)))
        return path


class FollowUpDialog(QDialog):
    """A new follow-up: due date and description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New follow-up"))
        self.due = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.due.setDate(QDate.currentDate().addDays(7))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Due"), self.due)
        form.addRow(tr("Description"), self.description)
        form.addRow(buttons)

    def values(self) -> tuple[dt.date, str]:
        return self.due.date().toPython(), self.description.toPlainText().strip()


def ask_follow_up(parent: QWidget) -> tuple[dt.date, str] | None:
    dialog = FollowUpDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


class FollowUpsPanel(_RecordPanel):
    """A record's follow-ups: add, mark done (or not), remove; overdue ones in red."""

    kind = FOLLOW_UPS

    def __init__(self, desk: Desk, lang: str, parent: QWidget | None = None) -> None:
        self.add_button = QPushButton(tr("Add…"))
        self.done_button = QPushButton(tr("Done"))
        self.remove_button = QPushButton(tr("Remove"))
        super().__init__(desk, lang, parent)
        self.ask_follow_up: AskFollowUp = ask_follow_up
        self.today: Callable[[], dt.date] = dt.date.today
        for button in (self.add_button, self.done_button, self.remove_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.add_button.clicked.connect(self.add_follow_up)
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
        return [self.done_button, self.remove_button]

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
            messages.show_problem(self, tr("New follow-up"), str(e))
            return None
        self._push(CreateCommand, record)
        self._changed()
        return record

    def toggle_done(self) -> bool:
        item = self.current_item()
        if item is None or self.readonly:
            return False
        done = not item.values.get("done")
        row = self.table.currentRow()
        try:
            change = record_service.update(self.desk, item.id, {
                "done": done, "done_on": self.today() if done else None})
        except OfficerDeskError as e:
            messages.show_problem(self, tr("Done"), str(e))
            return False
        if change.fields.get(item.id):
            self._push(EditCommand, item, change)
        self._changed()
        if 0 <= row < len(self.items):
            self.select_row(row)
        return True
