"""A list's search box: Down or Enter go to the results, Esc clears the search.

The box only says what was pressed (``toResults``, ``clearRequested``); the page
decides what that means (run a search still waiting for its pause, choose the first
record, show every record again).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from officer_desk.gui.texts import tr

#: Keys in the search box that go to the results.
TO_RESULTS = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchBox(QLineEdit):
    """The text a list is searched for, typed in Korean or English."""

    toResults = Signal()
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("Search (Korean or English)…"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.setToolTip(tr("Down or Enter: to the results. Esc: clear the search."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() or event.modifiers() == Qt.KeyboardModifier.KeypadModifier
        if event.key() in TO_RESULTS and plain:
            self.toResults.emit()
            return
        if event.key() == Qt.Key.Key_Escape and plain and self.text():
            self.clearRequested.emit()
            return
        super().keyPressEvent(event)
