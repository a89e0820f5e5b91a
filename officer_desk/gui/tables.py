"""The small read-only tables of dialogs and pages (packages, conflicts, deadlines).

Lists of records use ``RecordTableModel``; these are for a handful of rows that a page
fills itself.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QTableWidgetItem

from officer_desk.gui.texts import tr


def plain_tip(text: str | None) -> str | None:
    """A record's text as a tooltip shows it: as it is. Qt takes a tooltip that looks
    like HTML for rich text (a title "Samsung <b>Electronics</b>" showed bold, without
    its tags; "R&amp;D" as "R&D"), so such a text is given escaped, its line breaks
    and spaces kept."""
    if not text or not QtGui.Qt.mightBeRichText(text):
        return text
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def read_only_item(text: Any, *, align_right: bool = False,
                   tooltip: bool = False) -> QTableWidgetItem:
    """A cell showing ``text`` (None: empty) that cannot be edited."""
    shown = "" if text is None else str(text)
    item = QTableWidgetItem(shown)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        item.setToolTip(plain_tip(shown))
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


def bold_label(text: str) -> QLabel:
    """A label in the bold of the application's font (a box's heading)."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def one_line(text: str, limit: int = 120) -> str:
    """``text`` on one line, cut to ``limit`` characters (an ellipsis says so)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark window (a dark colour scheme)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def overdue_color(palette: QPalette) -> QColor:
    """The red of overdue deadlines, readable on the palette's window colour."""
    return QColor("#ff7070") if is_dark(palette) else QColor("#b00020")


def days_text(days_left: int) -> str:
    """Days until a deadline: "3", "today", "12 days late"."""
    if days_left < 0:
        return tr("{n} days late").format(n=-days_left)
    return tr("today") if days_left == 0 else f"{days_left}"
