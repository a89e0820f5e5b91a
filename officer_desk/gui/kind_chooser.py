"""Ctrl+N on a page that shows no one kind of record (the dashboard): which kind?

A small list, the first entry chosen: Up/Down and Enter (or a double click) choose,
Esc cancels. The window then opens that kind's list with a new record's editor.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from officer_desk.domain.kinds import RecordKind
from officer_desk.gui.texts import tr


class KindChooser(QDialog):
    """Choose the kind of a new record; ``chosen`` is emitted with its name."""

    chosen = Signal(str)

    def __init__(self, kinds: Sequence[RecordKind], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New record"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.kinds = list(kinds)
        self.list = QListWidget()
        for n, kind in enumerate(self.kinds, start=1):
            self.list.addItem(f"{n}  {kind.label(lang)}")
        self.list.setCurrentRow(0)
        self.list.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("New"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("What do you want to record?")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """1 … 9 in the list choose the numbered kind at once."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            text = event.text()  # type: ignore[attr-defined]
            if text.isdigit() and 1 <= int(text) <= len(self.kinds):
                self.list.setCurrentRow(int(text) - 1)
                self.accept()
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        row = self.list.currentRow()
        super().accept()
        if 0 <= row < len(self.kinds):
            self.chosen.emit(self.kinds[row].name)
