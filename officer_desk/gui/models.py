"""The table model of a list: one kind's records, read page by page as they are needed.

A ``RecordTableModel`` holds a ``ListQuery`` and the pages of 200 rows read so far
(``list_reading``). Opening a list reads one page and one count, so 100,000 records
open as fast as 100. The model offers the view the rows "reached" so far (``rowCount``):
the first page, then 200 more each time the view scrolls to the bottom (``fetchMore``),
or all of them at once when the person goes to the end (``reach_end``: End, Ctrl+End).
A row reached but not read yet (the middle of a list jumped over) is read with its page
when the view first asks for it, so going to the end reads one page, not all before it.
Values are turned into text when the view asks, so switching language needs no reload.

A new query, search or sort runs off the GUI thread (see ``list_reading.Load``); while
it runs, ``loading`` is True and the rows shown stay those of the previous query. So
does F5 (``refresh(background=True)``): the count, the first page and the pages last
looked at are read again in the worker thread, and replace the old ones when they come.
Opening a list and ``refresh`` after a change read on the GUI thread (the changed record
is selected right after).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from officer_desk.domain.errors import OfficerDeskError, ValidationError
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import RecordKind, kind_named
from officer_desk.gui.list_reading import (
    Columns,
    Generation,
    Load,
    Read,
    Relay,
    Row,
    read_page,
    read_pages,
)
from officer_desk.gui.model_columns import (
    LEAD_COLUMNS,
    LEAD_HEADERS,
    LIST_COLUMNS,
    columns_for,
    count_label_text,
    title_header,
)
from officer_desk.gui.worker import worker_pool
from officer_desk.services import display, queries, sort_order
from officer_desk.services.desk import Desk
from officer_desk.services.queries import ListQuery
from officer_desk.services.sort_order import SortBasis

__all__ = ["LIST_COLUMNS", "PAGE_SIZE", "RecordIdRole", "RecordTableModel",
           "count_label_text"]

#: Rows read per page.
PAGE_SIZE = 200

#: How many of the pages last looked at a refresh reads again (besides the first).
RECENT_PAGES = 3

#: Role that returns a row's record id (also what ``record_id(row)`` gives).
RecordIdRole = Qt.ItemDataRole.UserRole

#: Titles longer than this get a tooltip with the whole text.
TOOLTIP_CHARS = 40

#: ListQuery fields ``set_query`` may change ("filters" is another name for "where").
QUERY_KEYS = frozenset(
    {"where", "posts", "date_from", "date_to", "text", "include_deleted", "only_deleted",
     "sort", "sort_lang"}
)


class RecordTableModel(QAbstractTableModel):
    """One kind's records as a table, read page by page as the view needs them."""

    #: A message a person can act on (e.g. an invalid filter; the rows stay as they were).
    problem = Signal(str)
    #: (rows reached so far, records matching the query)
    countChanged = Signal(int, int)
    #: a query started or stopped reading off the GUI thread (see ``loading``); no bool
    #: argument: PySide6 6.12 loses a reference to True/False passed through a Python signal
    loadingChanged = Signal()
    #: a background refresh (F5) has replaced the rows
    refreshed = Signal()

    def __init__(self, desk: Desk, kind: RecordKind | str, lang: str = "ko",
                 parent: Any = None, *, query: ListQuery | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._kind = kind_named(kind) if isinstance(kind, str) else kind
        self._lang = lang
        self._columns = columns_for(self._kind)
        self._fields: tuple[Field | None, ...] = tuple(
            self._kind.field(n) if self._kind.has_field(n) else None for n in self._columns)
        key = tuple(f for f in self._fields[len(LEAD_COLUMNS):] if f is not None)
        self._read_columns = Columns(key, tuple(
            f for f in key if f.type in (FieldType.REF, FieldType.LINK, FieldType.REFS)))
        self._query = dataclasses.replace(query or ListQuery(), limit=PAGE_SIZE, offset=0,
                                          sort_lang=lang)
        self._pages: dict[int, list[Row]] = {}
        self._recent: list[int] = []  # pages last looked at, the newest last
        self._reach = 0  # rows offered to the view (rowCount)
        self._titles: dict[str, tuple[str, str]] = {}
        self._total = 0
        #: Set while rows change: a fetch asked for from inside our own signals (a view or
        #: a model tester reacting to modelReset/rowsInserted) waits for the next call.
        self._busy = False
        #: the query whose rows are shown (``_query`` runs ahead while loading)
        self._shown = self._query
        self._newest = Generation()
        self._loading = False
        self._refreshing = False
        self._relay = Relay()
        self._relay.delivered.connect(self._delivered)
        #: whether new queries read in the worker thread (a database file is needed)
        self.background = desk.path.is_file()
        if not self._load(self._query):  # e.g. a saved view gone stale
            self._query = ListQuery(limit=PAGE_SIZE, sort_lang=lang)
            self._load(self._query)

    # -- what the window reads ---------------------------------------------------------

    @property
    def kind(self) -> RecordKind:
        return self._kind

    @property
    def lang(self) -> str:
        return self._lang

    @property
    def loading(self) -> bool:
        """Whether a new query is being read (the rows shown are the previous query's)."""
        return self._loading

    @property
    def total(self) -> int:
        """How many records match the query (the rows reached so far are ``rowCount``)."""
        return self._total

    @property
    def query(self) -> ListQuery:
        """A copy of the current query."""
        return dataclasses.replace(self._query, where=dict(self._query.where))

    @property
    def column_names(self) -> tuple[str, ...]:
        return self._columns

    def column_of(self, name: str) -> int:
        """The column showing ``name`` ("id", "post", "title" or a field), -1 if none."""
        return self._columns.index(name) if name in self._columns else -1

    def record_id(self, row: int) -> str:
        """The id of the record on ``row`` (IndexError if the list has no such row)."""
        found = self._row(row) if 0 <= row < self._reach else None
        if found is None:
            raise IndexError(f"row {row} is not in the list ({self._reach} rows)")
        return found.id

    def row_of(self, record_id: str) -> int:
        """The row of a record among the pages read so far, -1 if it is not there."""
        for n, rows in self._pages.items():
            for i, row in enumerate(rows):
                if row.id == record_id and n * PAGE_SIZE + i < self._reach:
                    return n * PAGE_SIZE + i
        return -1

    def count_text(self) -> str:
        return count_label_text(self._reach, self._total, self._lang)

    def sort_indicator(self) -> tuple[int, Qt.SortOrder]:
        """The column and order the current sort corresponds to (column -1: none shown)."""
        spec = self._query.sort or self._kind.default_sort
        order = (Qt.SortOrder.DescendingOrder if spec.startswith("-")
                 else Qt.SortOrder.AscendingOrder)
        name = spec.lstrip("-+")
        if name in self._title_fields():
            return self.column_of("title"), order
        return self.column_of(name), order

    def sort_field(self) -> str:
        """The field (or metadata column such as ``updated_at``) the list is sorted on."""
        return (self._query.sort or self._kind.default_sort).lstrip("-+")

    def sort_basis(self) -> SortBasis:
        """What the current sort follows: a value, a label, or a process order."""
        name = self.sort_field()
        if not self._kind.has_field(name):
            return SortBasis.VALUE
        return sort_order.basis_of(self._kind.field(name))

    def sort_is_default(self) -> bool:
        return self._query.sort in (None, self._kind.default_sort)

    # -- changing what is shown ---------------------------------------------------------

    def set_query(self, **changes: Any) -> bool:
        """Change filters, text, posts, period, sort or deleted rows shown, and reload.

        Keys are ``ListQuery`` fields (``filters`` is accepted for ``where``). An invalid
        query leaves everything as it was and emits ``problem``; returns whether it took.
        The rows are read in the worker thread (``loading`` until they are shown) unless
        ``wait`` is given.
        """
        wait = bool(changes.pop("wait", False))
        if "filters" in changes:
            changes["where"] = changes.pop("filters")
        unknown = set(changes) - QUERY_KEYS
        if unknown:
            raise TypeError(f"set_query() got unknown keys: {', '.join(sorted(unknown))}")
        if "where" in changes:
            changes["where"] = dict(changes["where"] or {})
        if changes.get("posts") is not None:
            changes["posts"] = tuple(changes["posts"])
        query = dataclasses.replace(self._query, **changes)
        if wait or not self.background:
            return self._load(query)
        return self._start(query, ())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (through the query: the database sorts, not the view).

        The id column, or column -1, means the kind's default order.
        """
        spec = self.sort_spec(column, order)
        if spec != self._query.sort:
            self.set_query(sort=spec)

    def sort_spec(self, column: int, order: Qt.SortOrder) -> str | None:
        """The query's ``sort`` for a column and order (None: the kind's default)."""
        name = self._sort_field(column)
        if name is None:
            return None
        return f"-{name}" if order == Qt.SortOrder.DescendingOrder else name

    def set_language(self, lang: str) -> None:
        """Show headers and values in ``lang`` ("ko" or "en"); a list sorted by labels
        is read again in the new language's order, any other is not."""
        if lang == self._lang:
            return
        self._lang = lang
        if self.sort_basis() is SortBasis.LABEL:
            self.set_query(sort_lang=lang)
        else:
            self._query = dataclasses.replace(self._query, sort_lang=lang)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._reach:
            last = self.index(self._reach - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.countChanged.emit(self._reach, self._total)

    def refresh(self, *, background: bool = False) -> bool:
        """Read again (after a change, or F5), keeping query, sort and how far the list
        reaches; the count, the first page and the pages last looked at are read.

        Without ``background`` the rows are read here, at once, so that a changed record
        can be selected right after (a query still loading is read now instead, and its
        late result dropped). With it (F5) they are read in the worker thread and the
        rows shown stay until they come (``refreshed``).
        """
        if background and self.background and not self._loading:
            return self._start(self._query, tuple(self._recent), refresh=True)
        return self._load(self._query, self._reach, tuple(self._recent))

    def reach_end(self) -> None:
        """Offer every row to the view at once, reading only the last page now (End)."""
        if self._loading or self._busy or self._reach >= self._total:
            return
        self._row(self._total - 1)  # the last page, read backwards from the end
        self._set_reach(self._total)

    # -- QAbstractItemModel ------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._reach

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

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
        read = len(self._pages.get(n, ()))
        if read < PAGE_SIZE:  # records went since they were counted
            self._total = min(self._total, n * PAGE_SIZE + read)
        self._set_reach(min(self._total, start + PAGE_SIZE))

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._reach:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == RecordIdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(row, column)
            if len(text) > TOOLTIP_CHARS:
                return self._full_title(row) if self._columns[column] == "title" else text
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(self._fields[column])
        if role == Qt.ItemDataRole.ForegroundRole and row.deleted:
            return QBrush(QGuiApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, role)
        if not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            f = self._fields[section]
            if f is not None and display.is_numeric(f):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    # -- reading -------------------------------------------------------------------------

    def _read(self, desk: Desk, query: ListQuery, pages: Collection[int]) -> Read:
        return read_pages(desk, self._kind, query, self._read_columns, self._titles, pages,
                          PAGE_SIZE)

    def _load(self, query: ListQuery, reach: int = 0, pages: Collection[int] = ()) -> bool:
        """Read ``query`` here (its first page and ``pages``) and show it instead of the
        current rows, reaching ``reach`` rows (at least the first page).

        Read first, reset after: a refused query changes nothing. Nothing is read once
        the database is closed (a window's widgets may still signal while it is torn down).
        A load still running in the worker thread is superseded.
        """
        if self._desk.closed:
            return False
        try:
            read = self._read(self._desk, query, pages)
        except OfficerDeskError as e:
            self.problem.emit(self._message(e))
            return False
        self._newest.value += 1
        self._refreshing = False
        self._set_loading(False)
        self._show(query, read, reach)
        return True

    def _start(self, query: ListQuery, pages: tuple[int, ...], *,
               refresh: bool = False) -> bool:
        """Check ``query`` here, then read it in the worker thread."""
        if self._desk.closed:
            return False
        try:  # a refused query is told at once, and nothing changes
            queries.check_query(self._desk, self._kind, query)
        except OfficerDeskError as e:
            self.problem.emit(self._message(e))
            return False
        self._newest.value += 1
        self._refreshing = refresh
        if not refresh:
            self._query = dataclasses.replace(query, limit=PAGE_SIZE, offset=0)
        wanted = dataclasses.replace(query, limit=PAGE_SIZE, offset=0)
        # the worker gets plain values, not the model (a QObject of this thread)
        kind, columns, known = self._kind, self._read_columns, frozenset(self._titles)
        task = Load(self._relay, self._newest, self._newest.value, self._desk.path,
                    lambda desk: read_pages(desk, kind, wanted, columns, known, pages,
                                            PAGE_SIZE))
        if not refresh:
            self._set_loading(True)
        worker_pool().start(task)
        return True

    def _delivered(self, generation: int, result: object) -> None:
        """A load's result, on the GUI thread: shown if it is still the newest."""
        if generation != self._newest.value or self._desk.closed:
            return
        refresh, self._refreshing = self._refreshing, False
        self._set_loading(False)
        if isinstance(result, Read):
            if refresh:
                self._replace(result)
            else:
                self._show(self._query, result, 0)
            return
        self._query = self._shown  # the rows shown are still the previous query's
        if isinstance(result, OfficerDeskError):
            self.problem.emit(self._message(result))
            self.countChanged.emit(self._reach, self._total)
            return
        assert isinstance(result, BaseException)
        raise result  # unexpected: the crash dialog shows it

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit()

    def _keep(self, read: Read) -> int:
        """Keep ``read``'s pages (replacing all others); returns the query's count."""
        self._titles.update(read.titles)
        self._pages = {0: read.rows, **read.pages}
        self._recent = [n for n in self._recent if n in self._pages]
        # a first page shorter than a page is the whole list, whatever was counted
        return len(read.rows) if len(read.rows) < PAGE_SIZE else max(read.total,
                                                                       len(read.rows))

    def _show(self, query: ListQuery, read: Read, reach: int) -> None:
        self._busy = True
        try:
            self.beginResetModel()
            self._query = self._shown = dataclasses.replace(query, limit=PAGE_SIZE, offset=0)
            self._total = self._keep(read)
            self._reach = min(self._total, max(reach, PAGE_SIZE))
            self.endResetModel()
        finally:
            self._busy = False
        self.countChanged.emit(self._reach, self._total)

    def _replace(self, read: Read) -> None:
        """A background refresh's rows: the same rows stay selected and scrolled to."""
        self._busy = True
        try:
            self._total = self._keep(read)
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
        n, i = divmod(row, PAGE_SIZE)
        rows = self._pages.get(n)
        if rows is None and not self._desk.closed:
            window = dataclasses.replace(self._shown, limit=PAGE_SIZE, offset=n * PAGE_SIZE)
            try:
                read = read_page(self._desk, self._kind, window, self._read_columns,
                                 self._titles, total=self._total)
            except OfficerDeskError as e:
                self.problem.emit(self._message(e))
                read = Read([], self._total, {})
            self._titles.update(read.titles)
            rows = self._pages[n] = read.rows
        if n not in self._recent[-1:]:
            self._recent = [*(p for p in self._recent if p != n), n][-RECENT_PAGES:]
        return rows[i] if rows is not None and i < len(rows) else None

    # -- showing -------------------------------------------------------------------------

    def _alignment(self, f: Field | None) -> Any:
        if f is not None and display.is_numeric(f):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if f is not None and f.type is FieldType.BOOL:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _text(self, row: Row, column: int) -> str:
        name = self._columns[column]
        if name == "id":
            return display.short_id(row.id)
        if name == "post":
            return row.post
        if name == "title":
            return display.one_line(self._full_title(row))
        f = self._fields[column]
        assert f is not None
        value = row.cells[column - len(LEAD_COLUMNS)]
        return display.format_value(f, value, self._desk.vocab, self._lang, titles=self._titles)

    def _full_title(self, row: Row) -> str:
        first, second = ((row.title_ko, row.title_en) if self._lang == "ko"
                         else (row.title_en, row.title_ko))
        return first or second

    def _header(self, section: int) -> str:
        name = self._columns[section]
        if name == "title":
            return title_header(self._kind, self._lang)
        if name in LEAD_HEADERS:
            en, ko = LEAD_HEADERS[name]
            return ko if self._lang == "ko" else en
        f = self._fields[section]
        assert f is not None
        return f.label(self._lang)

    def _title_fields(self) -> tuple[str, ...]:
        return self._kind.title_ko if self._lang == "ko" else self._kind.title_en

    def _sort_field(self, column: int) -> str | None:
        if not 0 <= column < len(self._columns):
            return None
        name = self._columns[column]
        if name == "id":
            return None
        if name == "title":
            titles = self._title_fields()
            return titles[0] if titles else None
        return name

    def _message(self, error: OfficerDeskError) -> str:
        if isinstance(error, ValidationError):
            return error.summary(self._lang)
        return str(error)
