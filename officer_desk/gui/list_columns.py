"""A list's columns: their widths, the menu that hides and shows them, what is remembered.

The title column takes whatever width the others leave (it stretches with the window);
the others start at what their values need (a date, a short code) and at least their
header's text, and can be dragged.
The column layout (order, widths, hidden columns, sort) and the list/detail splitter
are kept per kind in QSettings (none without an application name: tests, scripts).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QSplitter, QTableView, QWidget

from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import RecordKind
from officer_desk.gui.models import RecordTableModel

#: Room around a cell's text (the frame and margins of the style).
CELL_PADDING = 16
#: Room around a header's text (margins and the sort arrow).
HEADER_PADDING = 28


def header_key(kind: RecordKind) -> str:
    return f"lists/{kind.name}/header"


def splitter_key(kind: RecordKind) -> str:
    return f"lists/{kind.name}/splitter"


class ColumnLayout:
    """Widths, visibility and remembered layout of one list's columns and splitter."""

    def __init__(self, page: QWidget, kind: RecordKind, model: RecordTableModel,
                 table: QTableView, split: QSplitter, settings: QSettings | None) -> None:
        self.page, self.kind, self.model = page, kind, model
        self.table, self.split, self.settings = table, split, settings
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.default_widths()
        header.customContextMenuRequested.connect(self._show_menu)

    @property
    def header(self) -> QHeaderView:
        return self.table.horizontalHeader()

    def default_widths(self) -> None:
        """Widths until the person sets their own: short codes and dates what they need,
        the title the rest."""
        em = self.page.fontMetrics().horizontalAdvance("가")
        cells = self.table.fontMetrics()
        # a short id is eight hex digits: room for the widest of them, and the padding
        digit = max(cells.horizontalAdvance(c) for c in "0123456789abcdef")
        widths = {"id": 8 * digit + CELL_PADDING, "post": 4 * em, "title": 30 * em}
        heading = self.header.fontMetrics()
        for column, name in enumerate(self.model.column_names):
            field = self.kind.field(name) if self.kind.has_field(name) else None
            if name in widths:
                width = widths[name]
            elif field is not None and field.type in (FieldType.DATE, FieldType.BOOL,
                                                      FieldType.INTEGER):
                width = 7 * em
            else:
                width = 9 * em
            # the header is read whole, with room for the sort arrow
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(width, heading.horizontalAdvance(text) + HEADER_PADDING)
            self.header.resizeSection(column, width)
        self.stretch_title()

    def stretch_title(self) -> None:
        """The title column takes the width left (the last column when it is hidden)."""
        title = self.model.column_of("title")
        header = self.header
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        shown = title >= 0 and not header.isSectionHidden(title)
        if shown:
            header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(not shown)

    def menu(self) -> QMenu:
        """A menu of the columns, each checked when shown; unchecking hides it."""
        menu = QMenu(self.page)
        header = self.header
        count = self.model.columnCount()
        shown = [i for i in range(count) if not header.isSectionHidden(i)]
        for i in range(count):
            label = str(self.model.headerData(i, Qt.Orientation.Horizontal,
                                              Qt.ItemDataRole.DisplayRole) or "")
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(not (len(shown) == 1 and i in shown))  # keep one column
            action.setData(self.model.column_names[i])
            action.toggled.connect(
                lambda on, name=self.model.column_names[i]: self.set_visible(name, on))
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.header.mapToGlobal(pos))

    def set_visible(self, name: str, visible: bool) -> None:
        header = self.header
        column = self.model.column_of(name)
        if not visible and header.count() - header.hiddenSectionCount() <= 1:
            return
        header.setSectionHidden(column, not visible)
        self.stretch_title()
        self.save_header()

    def hidden(self) -> list[str]:
        header = self.header
        return [n for i, n in enumerate(self.model.column_names) if header.isSectionHidden(i)]

    def save_header(self, *_args: Any) -> None:
        if self.settings is not None:
            self.settings.setValue(header_key(self.kind), self.header.saveState())

    def save_splitter(self, *_args: Any) -> None:
        """Remember how the list and the detail share the page (per kind)."""
        if self.settings is not None:
            self.settings.setValue(splitter_key(self.kind), self.split.saveState())

    def restore_splitter(self) -> bool:
        if self.settings is None:
            return False
        state = self.settings.value(splitter_key(self.kind))
        return bool(state) and self.split.restoreState(state)

    def restore_header(self) -> bool:
        """The remembered layout; its sort becomes the list's (the database sorts)."""
        if self.settings is None:
            return False
        state = self.settings.value(header_key(self.kind))
        if not state:
            return False
        header = self.header
        ok = header.restoreState(state)
        if ok:
            self.stretch_title()
            column = header.sortIndicatorSection()
            if 0 <= column < self.model.columnCount():
                # read at once: the list is painted sorted the first time
                self.model.set_query(
                    sort=self.model.sort_spec(column, header.sortIndicatorOrder()), wait=True)
        return ok
