"""A list's table view: Tab leaves it, and End goes to the last record at once.

Tab and Shift+Tab move to the next and previous widgets of the page (the detail tabs,
the buttons), as everywhere else, instead of walking the cells and changing the record
shown. End and Ctrl+End first have the model offer every row (``reach_end``: one page
read, the last), then choose the last record; Home and Ctrl+Home the first.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from officer_desk.gui.models import RecordTableModel


class ListTable(QTableView):
    """The table of a list page (one row chosen at a time)."""

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setTabKeyNavigation(False)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()

    def records(self) -> RecordTableModel:
        model = self.model()
        assert isinstance(model, RecordTableModel)
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # a list's End and Home are its last and first records, with or without Ctrl (a
        # table's own End goes to the last column of the row)
        if event.key() == Qt.Key.Key_End:
            self.go_to_end()
            return
        if event.key() == Qt.Key.Key_Home:
            model = self.records()
            if model.rowCount():
                self.setCurrentIndex(model.index(0, self.first_column()))
            return
        super().keyPressEvent(event)

    def go_to_end(self) -> None:
        """The last record, chosen and scrolled to (what End does)."""
        model = self.records()
        model.reach_end()
        if model.rowCount():
            self.setCurrentIndex(model.index(model.rowCount() - 1, self.first_column()))
            self.scrollToBottom()

    def choose_first(self) -> None:
        """The first record chosen, when none is (Down from the search box)."""
        model = self.records()
        if model.rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(model.index(0, self.first_column()))

    def first_column(self) -> int:
        """The leftmost column shown (a hidden column's cell is not a place to be)."""
        header = self.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical
        return 0

    def current_row(self) -> int:
        index: QModelIndex = self.currentIndex()
        return index.row() if index.isValid() else -1
