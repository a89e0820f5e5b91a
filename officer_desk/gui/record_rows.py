"""The dashboard's short tables (deadlines, recent changes): rows of text, each opening
the record it belongs to.

A model, not a ``QTableWidget``: two hundred deadlines were a thousand cell objects
made on the GUI thread before the dashboard could paint, most of them never seen; the
view asks the model for the cells it paints.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from officer_desk.gui.tables import plain_tip

#: The role whose data is the id of the record a row opens.
RecordIdRole = Qt.ItemDataRole.UserRole
#: Columns are as wide as their text, but at most this (the last takes the rest).
MAX_COLUMN_WIDTH = 260
#: Room beside a cell's text (its margins and the grid line): what Qt's own fit leaves.
CELL_PADDING = 14
#: Of a column's texts, the longest this many (by characters, and by UTF-8 bytes, which
#: weighs Hangul and Hanja as the wide letters they are) are measured for its width.
MEASURED_TEXTS = 16

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RecordRow:
    """One row: the record it opens (None: none) and its cells' text."""

    record_id: str | None
    cells: tuple[str, ...]


class RecordRowsModel(QAbstractTableModel):
    """Read-only rows of text; ``right`` columns are aligned right (numbers)."""

    def __init__(self, headers: Sequence[str], *, right: Sequence[int] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self.right = frozenset(right)
        self.rows: list[RecordRow] = []

    def set_rows(self, rows: list[RecordRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def record_id(self, row: int) -> str | None:
        return self.rows[row].record_id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(row.cells[index.column()])
        if role == RecordIdRole:
            return row.record_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS


def longest_texts(texts: Iterable[str], keep: int = MEASURED_TEXTS) -> set[str]:
    """The texts that may be the widest on screen: the ``keep`` longest by characters
    and by UTF-8 bytes. Measuring each of two hundred cells of a column was most of the
    dashboard's deadline table's time on the GUI thread."""
    distinct = set(texts)
    if len(distinct) <= keep:
        return distinct
    return (set(heapq.nlargest(keep, distinct, key=len))
            | set(heapq.nlargest(keep, distinct, key=lambda t: len(t.encode()))))


class RecordRowsView(QTableView):
    """Whole-row single selection, no row numbers, one line a row (a long title is cut;
    its tooltip has it), the last column stretched."""

    def __init__(self, headers: Sequence[str], *, right: Sequence[int] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.rows = RecordRowsModel(headers, right=right, parent=self)
        self.setModel(self.rows)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setMinimumHeight(220)

    def show_rows(self, rows: list[RecordRow]) -> None:
        """Show ``rows``; columns fit their text (at most ``MAX_COLUMN_WIDTH`` but the
        last)."""
        self.rows.set_rows(rows)
        # measured here, from the text: the view's own measure asks the model for every
        # role of every cell, through Python (a tenth of a second for 200 rows)
        cell, head = self.fontMetrics(), self.horizontalHeader().fontMetrics()
        padding = CELL_PADDING
        for column, title in enumerate(self.rows.headers[:-1]):
            texts = longest_texts(r.cells[column] for r in rows)
            widest = max((cell.horizontalAdvance(t) for t in texts), default=0)
            width = max(widest, head.horizontalAdvance(title) + 16) + padding
            self.setColumnWidth(column, min(width, MAX_COLUMN_WIDTH))

    def row_count(self) -> int:
        return self.rows.rowCount()

    def text(self, row: int, column: int) -> str:
        return self.rows.rows[row].cells[column]

    def record_ids(self) -> list[str | None]:
        """The record each row opens."""
        return [r.record_id for r in self.rows.rows]

    def current_row(self) -> int:
        return self.currentIndex().row()
