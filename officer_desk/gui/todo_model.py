"""The Follow-ups to-do's rows: a lazy table model over ``services.todo``.

A page of ``PAGE_ROWS`` deadlines is read when the query is set and another each time
the view scrolls near the end (``fetchMore``), and every row left at once when End is
pressed (``reach_end``): each is one indexed query (tens of
milliseconds on 100,000 records), so the model reads on the GUI thread. One deadline
changed here (marked done, undone, edited) moves its own row only (``follow``): the
other rows are not read again, however far down the list it is; and the list knows
whether anything changed since it was read (``current``), so the window's refresh after
its own change reads nothing. Overdue rows
are drawn in the palette's overdue red, done ones greyed; the Done column reads ✓ for
done and, for an action item dropped, its status's label (중단 / Dropped).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from officer_desk.domain.kinds import kind_named
from officer_desk.gui.tables import days_text, one_line, overdue_color, plain_tip
from officer_desk.gui.texts import N_, tr
from officer_desk.services.desk import Desk
from officer_desk.services.todo import (
    TodoItem,
    TodoQuery,
    todo_count,
    todo_item,
    todo_items,
    todo_position,
)
from officer_desk.services.todo_changes import changed_since
from officer_desk.storage.meta import clock

PAGE_ROWS = 200
#: The columns: (key, header).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("due", N_("Due")), ("days", N_("Days")), ("done", N_("Done")),
    ("description", N_("Description")), ("owner", N_("Belongs to")), ("post", N_("Post")),
    ("kind", N_("Kind")),
)
OWNER_COLUMN = 4
Index = QModelIndex | QPersistentModelIndex


class TodoModel(QAbstractTableModel):
    """The deadlines ``query`` finds, ``PAGE_ROWS`` at a time; ``total`` of them."""

    def __init__(self, desk: Desk, lang: str, parent: Any = None):
        super().__init__(parent)
        self.desk, self.lang = desk, lang
        self.query = TodoQuery()
        self.items: list[TodoItem] = []
        self.total = 0
        #: (the case log's change counter, the day) the rows were read at, and the
        #: deadlines changed here since whose rows were moved (``follow``)
        self._read_at: tuple[int, dt.date] | None = None
        self._followed: set[str] = set()

    # -- reading ------------------------------------------------------------------------

    def set_query(self, query: TodoQuery) -> None:
        """Read the first page of ``query`` (and how many it finds in all)."""
        self.beginResetModel()
        self.query = query
        self.total = todo_count(self.desk, query)
        self.items = todo_items(self.desk, query, limit=PAGE_ROWS)
        self._mark_read()
        self.endResetModel()

    def reread(self, rows: int) -> None:
        """Read the query again, at least ``rows`` rows (what was shown stays shown)."""
        self.beginResetModel()
        self.total = todo_count(self.desk, self.query)
        self.items = todo_items(self.desk, self.query, limit=max(rows, PAGE_ROWS))
        self._mark_read()
        self.endResetModel()

    def _now(self) -> tuple[int, dt.date]:
        return clock(self.desk.conn), self.query.today or dt.date.today()

    def _mark_read(self) -> None:
        self._read_at, self._followed = self._now(), set()

    def current(self) -> bool:
        """The rows are as a read now would give them: the same day, and no record
        changed since they were read (a change stamps its record with the case log's
        change counter, merges included) but those ``follow`` moved."""
        if self._read_at is None:
            return False
        counter, day = self._read_at
        if day != (self.query.today or dt.date.today()):
            return False
        return changed_since(self.desk, counter) <= self._followed

    def follow(self, item_id: str) -> int:
        """The deadline ``item_id`` was changed here: its row goes, and comes back where
        the query now puts it if that is among the rows read; the others stay as read
        (however many: Space on row 16,000 reads one row, not 16,000). Its row now, or
        -1."""
        old = self.row_of(item_id)
        if old >= 0:
            self.beginRemoveRows(QModelIndex(), old, old)
            del self.items[old]
            self.total -= 1
            self.endRemoveRows()
        found = todo_item(self.desk, self.query, item_id)
        row = -1
        if found is not None:
            self.total += 1
            position = todo_position(self.desk, self.query, found)
            # past the rows read (and more to read): fetchMore reads it in its turn
            if position < len(self.items) or len(self.items) == self.total - 1:
                row = min(position, len(self.items))
                self.beginInsertRows(QModelIndex(), row, row)
                self.items.insert(row, found)
                self.endInsertRows()
        self._followed.add(item_id)
        return row

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.items) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = todo_items(self.desk, self.query, limit=PAGE_ROWS, offset=len(self.items))
        if not more:
            self.total = len(self.items)
            return
        self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(more) - 1)
        self.items.extend(more)
        self.endInsertRows()

    def reach_end(self) -> None:
        """Read every row not read yet, in one query (End: the last deadline)."""
        if not self.canFetchMore():
            return
        more = todo_items(self.desk, self.query, limit=self.total - len(self.items),
                          offset=len(self.items))
        if not more:
            self.total = len(self.items)
            return
        self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(more) - 1)
        self.items.extend(more)
        self.endInsertRows()

    def item(self, row: int) -> TodoItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, item_id: str) -> int:
        return next((n for n, x in enumerate(self.items) if x.id == item_id), -1)

    # -- the model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return tr(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        x = self.item(index.row()) if index.isValid() else None
        if x is None or not 0 <= index.column() < len(COLUMNS):
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(x, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "owner":
                return plain_tip("\n".join((x.owner_title(self.lang),
                                            tr("Enter or a double click opens this record"))))
            if key == "done":
                return tr("Space marks done (or open again)")
            return plain_tip(x.description) if key == "description" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QGuiApplication.palette()
            if x.done:
                return QBrush(palette.color(QPalette.ColorGroup.Disabled,
                                            QPalette.ColorRole.Text))
            if x.overdue:
                return QBrush(overdue_color(palette))
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "days":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, x: TodoItem, key: str) -> str:
        if key == "due":
            return x.due_on.isoformat()
        if key == "days":
            return "" if x.done else days_text(x.days_left)
        if key == "done":  # a dropped action item is not done: it says so
            if x.dropped:  # the action status's own label (중단 / Dropped)
                return self.desk.vocab.label("action_status", "dropped", self.lang)
            return "✓" if x.done else ""
        if key == "description":
            return one_line(x.description)
        if key == "owner":
            return one_line(x.owner_title(self.lang))
        if key == "post":
            return x.post
        return kind_named(x.kind).label(self.lang)
