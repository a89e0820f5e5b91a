"""The small read-only tables of dialogs and pages (packages, conflicts, deadlines).

Lists of records use ``RecordTableModel``; these are for a handful of rows that a page
fills itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem


def read_only_item(text: Any, *, align_right: bool = False,
                   tooltip: bool = False) -> QTableWidgetItem:
    """A cell showing ``text`` (None: empty) that cannot be edited."""
    shown = "" if text is None else str(text)
    item = QTableWidgetItem(shown)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        item.setToolTip(shown)
    return item


def row_table(headers: Sequence[str]) -> QTableWidget:
    """A table of whole-row single selection, no row numbers, the last column stretched.

    ``headers`` are shown as given (translated by the caller)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table
