"""Panels under a list's detail pane: the selected record's attachments here, its
follow-ups in ``follow_ups_panel`` (also importable from here).

Each panel shows one record's items (``show_record``), changes them only through the
services, and emits ``changed`` after every change so the list page can refresh its
model and the tab titles' counts. Given the window's undo stack (``undo_stack``), each
change is pushed onto it as a command, so Ctrl+Z takes back an added follow-up too.
The file dialog and the URL opener are attributes, so tests replace them.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QPushButton, QTableWidgetItem, QWidget

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import ATTACHMENTS
from officer_desk.domain.records import Record
from officer_desk.gui import messages
from officer_desk.gui.follow_ups_panel import FollowUpsPanel
from officer_desk.gui.record_panel_base import RecordPanel
from officer_desk.gui.texts import problem_text, tr
from officer_desk.gui.undo import CreateCommand
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk
from officer_desk.services.display import human_size

__all__ = ["AttachmentsPanel", "FollowUpsPanel", "choose_files"]

#: ``choose_files(parent, caption) -> paths``: how files to attach are chosen.
ChooseFiles = Callable[[QWidget, str], list[str]]


def choose_files(parent: QWidget, caption: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, caption)
    return list(paths)


class AttachmentsPanel(RecordPanel):
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
                problems.append(f"{Path(path).name}: {problem_text(e)}")
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
            messages.show_problem(self, tr("Open file"), problem_text(e))
            return None
        self.opened.append(path)
        self.open_url(QUrl.fromLocalFile(str(path)))
        return path
