"""A table model whose rows are read a page at a time, as the view needs them.

The model offers the view the rows "reached" so far (``rowCount``): the first page,
then one page more each time the view scrolls to the bottom (``fetchMore``), or every
row at once when the person goes to the end (``reach_end``: End, Ctrl+End). Going to
the end of 41,666 records reads one page, the last, not the 208 before it.

A row reached but not read yet (the middle of a list jumped over by dragging the scroll
bar) is painted blank while its page is read in the worker thread (a page in the middle
of a list sorted by labels takes 200 ms or more: the window would stutter), and filled
in when it comes; ``record_id`` reads it at once. ``RecordTableModel`` says what is read
and shown.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import RecordKind
from officer_desk.gui.list_reading import (
    Generation,
    Load,
    PageStore,
    Read,
    ReadFields,
    Relay,
    Row,
    read_page,
)
from officer_desk.gui.worker import worker_pool
from officer_desk.services.desk import Desk
from officer_desk.services.queries import ListQuery

#: Rows read per page.
PAGE_SIZE = 200

#: How many of the pages last looked at a refresh reads again (besides the first).
RECENT_PAGES = 3


class PagedModel(QAbstractTableModel):
    """Rows reached, rows read (by page), and how many there are in all."""

    #: (rows reached so far, records matching the query)
    countChanged = Signal(int, int)
    #: a background refresh (F5) has replaced the rows
    refreshed = Signal()

    _desk: Desk
    _kind: RecordKind
    _read_columns: ReadFields
    _shown: ListQuery
    _loading: bool

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._store = PageStore(PAGE_SIZE, RECENT_PAGES)
        self._reach = 0  # rows offered to the view (rowCount)
        self._total = 0
        #: Set while rows change: a fetch asked for from inside our own signals (a view or
        #: a model tester reacting to modelReset/rowsInserted) waits for the next call.
        self._busy = False
        #: pages being read in the worker thread for the view, and the rows they are
        #: for (a new number each time the rows are replaced: a late page is dropped)
        self._pending: set[int] = set()
        self._rows_of = Generation()
        self._page_relay = Relay()
        self._page_relay.delivered.connect(self._page_delivered)
        #: whether pages the view asks for are read in the worker thread
        self.background = False

    @property
    def total(self) -> int:
        """How many records match the query (the rows reached so far are ``rowCount``)."""
        return self._total

    def record_id(self, row: int) -> str:
        """The id of the record on ``row`` (IndexError if the list has no such row)."""
        found = self._row(row) if 0 <= row < self._reach else None
        if found is None:
            raise IndexError(f"row {row} is not in the list ({self._reach} rows)")
        return found.id

    def row_of(self, record_id: str) -> int:
        """The row of a record among the pages read so far, -1 if it is not there."""
        return self._store.row_of(record_id, self._reach)

    def reach_end(self) -> None:
        """Offer every row to the view at once, reading only the last page now (End)."""
        if self._loading or self._busy or self._reach >= self._total:
            return
        self._row(self._total - 1)  # the last page, read backwards from the end
        self._set_reach(self._total)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._reach

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if parent.isValid() or self._busy or self._loading:
            return False
        return self._reach < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        start = self._reach
        self._row(start)  # its page, read now: a short page ends the list there
        n = start // PAGE_SIZE
        read = self._store.page_length(n)
        if read < PAGE_SIZE:  # records went since they were counted
            self._total = min(self._total, n * PAGE_SIZE + read)
        self._set_reach(min(self._total, start + PAGE_SIZE))

    def _show(self, query: ListQuery, read: Read, reach: int) -> None:
        """Show ``read`` (``query``'s) in place of the rows shown, reaching ``reach``."""
        self._busy = True
        try:
            self.beginResetModel()
            self._rows_replaced()
            self._query = self._shown = dataclasses.replace(query, limit=PAGE_SIZE, offset=0)
            self._total = self._store.keep(read)
            self._reach = min(self._total, max(reach, PAGE_SIZE))
            self.endResetModel()
        finally:
            self._busy = False
        self.countChanged.emit(self._reach, self._total)

    def _replace(self, read: Read) -> None:
        """A background refresh's rows: the same rows stay selected and scrolled to."""
        self._busy = True
        try:
            self._rows_replaced()
            self._total = self._store.keep(read)
        finally:
            self._busy = False
        self._set_reach(min(self._total, max(self._reach, PAGE_SIZE)))
        if self._reach:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._reach - 1, len(self._columns) - 1))
        self.refreshed.emit()

    def _set_reach(self, reach: int) -> None:
        """Offer ``reach`` rows to the view (rows added or taken at the end)."""
        before = self._reach
        if reach == before:
            self.countChanged.emit(self._reach, self._total)
            return
        self._busy = True
        try:
            if reach > before:
                self.beginInsertRows(QModelIndex(), before, reach - 1)
                self._reach = reach
                self.endInsertRows()
            else:
                self.beginRemoveRows(QModelIndex(), reach, before - 1)
                self._reach = reach
                self.endRemoveRows()
        finally:
            self._busy = False
        self.countChanged.emit(self._reach, self._total)

    def _row(self, row: int) -> Row | None:
        """Row ``row``, its page read now if it was not (None: past the records' end)."""
        return self._store.row(row, self._read_page)

    def _row_to_paint(self, row: int) -> Row | None:
        """Row ``row`` if its page is read; else None, and the page is read in the worker
        thread (``_page_delivered`` fills the rows in)."""
        n = row // PAGE_SIZE
        if n in self._store.pages or not self.background or self._desk.closed:
            return self._row(row)
        if n not in self._pending:
            self._pending.add(n)
            window = dataclasses.replace(self._shown, limit=PAGE_SIZE, offset=n * PAGE_SIZE)
            kind, columns, total = self._kind, self._read_columns, self._total
            known = frozenset(self._store.titles)
            worker_pool().start(Load(
                self._page_relay, self._rows_of, self._rows_of.value, self._desk.path,
                lambda desk: (n, read_page(desk, kind, window, columns, known, total=total))))
        return None

    def _page_delivered(self, generation: int, result: object) -> None:
        if generation != self._rows_of.value or self._desk.closed:
            return  # read for rows replaced since
        if isinstance(result, OfficerDeskError):
            self._pending.clear()
            self._problem(result)
            return
        if isinstance(result, BaseException):
            raise result  # unexpected: the crash dialog shows it
        n, read = result  # type: ignore[misc]
        self._pending.discard(n)
        if n in self._store.pages:
            return
        self._store.keep_page(n, read)
        first, last = n * PAGE_SIZE, min(self._reach, (n + 1) * PAGE_SIZE) - 1
        if first <= last:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self._columns) - 1))

    def _rows_replaced(self) -> None:
        """Pages being read for the rows shown until now are no longer wanted."""
        self._rows_of.value += 1
        self._pending.clear()

    def _read_page(self, n: int) -> Read:
        """Page ``n`` of the query shown, read here (counted already)."""
        if self._desk.closed:
            return Read([], self._total, {})
        window = dataclasses.replace(self._shown, limit=PAGE_SIZE, offset=n * PAGE_SIZE)
        try:
            return read_page(self._desk, self._kind, window, self._read_columns,
                             self._store.titles, total=self._total)
        except OfficerDeskError as e:
            self._problem(e)
            return Read([], self._total, {})

    def _problem(self, error: OfficerDeskError) -> None:
        """Show a failed read (each concrete model says where: a signal to its page)."""
        raise NotImplementedError
