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

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from officer_desk.domain.errors import OfficerDeskError, ValidationError
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import RecordKind, kind_named
from officer_desk.gui.list_reading import (
    Generation,
    Load,
    Read,
    ReadFields,
    Relay,
    read_pages,
)
from officer_desk.gui.model_columns import LIST_COLUMNS, Columns, count_label_text, full_title
from officer_desk.gui.paged_model import PAGE_SIZE, PagedModel
from officer_desk.gui.tables import plain_tip
from officer_desk.gui.worker import worker_pool
from officer_desk.services import queries, sort_order
from officer_desk.services.desk import Desk
from officer_desk.services.queries import ListQuery
from officer_desk.services.sort_order import SortBasis

__all__ = ["LIST_COLUMNS", "PAGE_SIZE", "RecordIdRole", "RecordTableModel",
           "count_label_text"]

#: Role that returns a row's record id (also what ``record_id(row)`` gives).
RecordIdRole = Qt.ItemDataRole.UserRole

#: Titles longer than this get a tooltip with the whole text.
TOOLTIP_CHARS = 40

#: ListQuery fields ``set_query`` may change ("filters" is another name for "where").
QUERY_KEYS = frozenset(
    {"where", "posts", "date_from", "date_to", "text", "include_deleted", "only_deleted",
     "sort", "sort_lang"}
)


class RecordTableModel(PagedModel):
    """One kind's records as a table, read page by page as the view needs them."""

    #: A message a person can act on (e.g. an invalid filter; the rows stay as they were).
    problem = Signal(str)
    #: a query started or stopped reading off the GUI thread (see ``loading``); no bool
    #: argument: PySide6 6.12 loses a reference to True/False passed through a Python signal
    loadingChanged = Signal()

    def __init__(self, desk: Desk, kind: RecordKind | str, lang: str = "ko",
                 parent: Any = None, *, query: ListQuery | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._kind = kind_named(kind) if isinstance(kind, str) else kind
        self._lang = lang
        self._cols = Columns(self._kind, desk.vocab)
        self._columns = self._cols.names
        self._read_columns = ReadFields(self._cols.key, self._cols.links)
        self._query = dataclasses.replace(query or ListQuery(), limit=PAGE_SIZE, offset=0,
                                          sort_lang=lang)
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
    def query(self) -> ListQuery:
        """A copy of the current query."""
        return dataclasses.replace(self._query, where=dict(self._query.where))

    @property
    def column_names(self) -> tuple[str, ...]:
        return self._columns

    def column_of(self, name: str) -> int:
        """The column showing ``name`` ("id", "post", "title" or a field), -1 if none."""
        return self._cols.of(name)

    def count_text(self) -> str:
        return count_label_text(self._reach, self._total, self._lang)

    def sort_indicator(self) -> tuple[int, Qt.SortOrder]:
        """The column and order the current sort corresponds to (column -1: none shown)."""
        return self._cols.sort_indicator(self._query.sort, self._lang)

    def sort_basis(self) -> SortBasis:
        """What the current sort follows: a value, a label, or a process order."""
        return self._cols.sort_basis(self._query.sort)

    def sort_scale_ends(self) -> tuple[str, str] | None:
        """The first and last labels of the scale the list is sorted on (significance:
        high … low), in the scale's own order; None when it is not sorted on a scale."""
        name = (self._query.sort or self._kind.default_sort).lstrip("-+")
        if not self._kind.has_field(name):
            return None
        f = self._kind.field(name)
        if f.type is not FieldType.VOCAB or f.vocab not in sort_order.SCALE_VOCABULARIES:
            return None
        terms = self._desk.vocab.terms(f.vocab)
        if not terms:
            return None
        return terms[0].label(self._lang), terms[-1].label(self._lang)

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
        return self._cols.sort_spec(column, order, self._lang)

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
            return self._start(self._query, tuple(self._store.recent), refresh=True)
        return self._load(self._query, self._reach, tuple(self._store.recent))

    # -- QAbstractItemModel ------------------------------------------------------------

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._reach:
            return None
        row = self._row_to_paint(index.row())
        if row is None:  # not read yet: read in the worker thread, filled in when it comes
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cols.text(row, column, self._lang, self._store.titles)
        if role == RecordIdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._cols.text(row, column, self._lang, self._store.titles)
            if len(text) > TOOLTIP_CHARS:
                return plain_tip(full_title(row, self._lang)
                                 if self._columns[column] == "title" else text)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._cols.alignment(column)
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
            return self._cols.header(section, self._lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._cols.alignment(section):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    # -- reading -------------------------------------------------------------------------

    def _read(self, desk: Desk, query: ListQuery, pages: Collection[int]) -> Read:
        # the linked records' titles are read again with the rows (a company deleted or
        # renamed since shows as it is now); pages read later reuse them (``PageStore``)
        return read_pages(desk, self._kind, query, self._read_columns, (), pages, PAGE_SIZE)

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
        kind, columns = self._kind, self._read_columns
        task = Load(self._relay, self._newest, self._newest.value, self._desk.path,
                    lambda desk: read_pages(desk, kind, wanted, columns, (), pages,
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
        if isinstance(result, Read):  # the rows first: who hears "loaded" sees them
            if refresh:
                self._replace(result)
            else:
                self._show(self._query, result, 0)
            self._set_loading(False)
            return
        self._set_loading(False)
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

    def _problem(self, error: OfficerDeskError) -> None:
        self.problem.emit(self._message(error))

    def _message(self, error: OfficerDeskError) -> str:
        if isinstance(error, ValidationError):
            return error.summary(self._lang)
        return error.message(self._lang)
