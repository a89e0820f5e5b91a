"""Table models over the services: lists of records that fetch lazily.

A ``RecordTableModel`` holds a ``ListQuery`` and the rows fetched so far, 200 at a
time through ``queries.list_records``: opening a list reads one page and one count, so
100,000 records open as fast as 100. Each row keeps only the id, post, titles and the
raw values of the shown columns (no Qt objects, no long texts it does not show);
values are turned into text when the view asks, so switching language needs no
reload.

A new query, search or sort runs off the GUI thread: the count and the first page are
read in the worker thread on a read-only desk of its own (a SQLite connection cannot
cross threads), and come back by a queued signal. Each load has a generation number;
a result that is no longer the newest is dropped (and a load not yet started when a
newer one is asked for is skipped). While a load runs, ``loading`` is True, the rows
shown stay those of the previous query and no more of them are fetched. Opening a list
(the constructor) and ``refresh`` after a change read on the GUI thread, as do the
later pages a view asks for while scrolling (``fetchMore``: 200 rows, a few
milliseconds even at 100,000 records).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from officer_desk.domain.errors import OfficerDeskError, ValidationError
from officer_desk.domain.fields import Field, FieldType
from officer_desk.domain.kinds import RecordKind, kind_named
from officer_desk.gui.worker import read_only, worker_pool
from officer_desk.services import display, queries
from officer_desk.services.desk import Desk
from officer_desk.services.queries import ListQuery

#: Rows read per query.
PAGE_SIZE = 200

#: The columns every list starts with: short id, owning post, title in the UI language.
LEAD_COLUMNS: tuple[str, ...] = ("id", "post", "title")

#: The fields a list shows after the lead columns, per kind.  (The CLI's choice lives in
#: ``officer_desk.cli.lookup.LIST_COLUMNS``; the window shows a few more.)  A follow-up's
#: description and an attachment's file name are their title column.
LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "posts": ("code", "city_ko", "jurisdiction"),
    "vocab_terms": ("vocabulary", "code", "active"),
    "companies": ("size", "sector", "technology_field"),
    "disputes": ("stage", "status", "ip_type", "dispute_kind", "opened_on"),
    "engagements": ("agency", "held_on"),
    "trend_notes": ("category", "noted_on", "significance"),
    "conferences": ("conference_kind", "held_on"),
    "agenda_items": ("conference_id", "position"),
    "action_items": ("status", "due_on", "owner_name"),
    "follow_ups": ("due_on", "done"),
    "attachments": ("size",),
}

#: (English, Korean) headers of the lead columns (the title's comes from its field).
LEAD_HEADERS: dict[str, tuple[str, str]] = {
    "id": ("ID", "ID"),
    "post": ("Post", "공관"),
}

#: Role that returns a row's record id (also what ``record_id(row)`` gives).
RecordIdRole = Qt.ItemDataRole.UserRole

#: Titles longer than this get a tooltip with the whole text.
TOOLTIP_CHARS = 40

_LANGUAGE_SUFFIX = re.compile(r"\s*\((Korean|English|한글|영문)\)\s*$")

#: ListQuery fields ``set_query`` may change ("filters" is another name for "where").
QUERY_KEYS = frozenset(
    {"where", "posts", "date_from", "date_to", "text", "include_deleted", "only_deleted",
     "sort"}
)


def columns_for(kind: RecordKind) -> tuple[str, ...]:
    """The column names of a kind's list: the lead columns, then its key fields."""
    return LEAD_COLUMNS + LIST_COLUMNS.get(kind.name, ())


def title_header(kind: RecordKind, lang: str) -> str:
    """``Title``/``제목`` (a kind's first title field's label without "(Korean)")."""
    names = kind.title_ko if lang == "ko" else kind.title_en
    if not names:
        return "제목" if lang == "ko" else "Title"
    return _LANGUAGE_SUFFIX.sub("", kind.field(names[0]).label(lang))


def count_label_text(shown: int, total: int, lang: str = "ko") -> str:
    """``200 of 41,666`` (Korean: ``41,666건 중 200건``) for a count label."""
    return display.count_text(shown, total, lang)


@dataclass(frozen=True, slots=True)
class _Row:
    """What a list keeps of a record: enough to show its cells, nothing more."""

    id: str
    post: str
    deleted: bool
    title_en: str
    title_ko: str
    cells: tuple[Any, ...]  # raw values of the kind's key fields, in column order


def _first(values: dict[str, Any], names: tuple[str, ...]) -> str:
    for name in names:
        value = values.get(name)
        if value:
            return str(value)
    return ""


@dataclass(frozen=True, slots=True)
class _Read:
    """Rows read for a query, with the titles of the records they link to."""

    rows: list[_Row]
    total: int
    titles: dict[str, tuple[str, str]]


def _read(
    desk: Desk, kind: RecordKind, query: ListQuery, key: tuple[Field, ...],
    links: tuple[Field, ...], known: Collection[str],
) -> _Read:
    """Read ``query``'s page as rows (on whichever thread ``desk`` belongs to)."""
    names = list(dict.fromkeys(
        [*kind.title_en, *kind.title_ko, *(f.name for f in key), *(f.name for f in links)]))
    page = queries.list_fields(desk, kind, names, query)
    values = [dict(zip(names, row[3:], strict=True)) for row in page.rows]
    rows = [
        _Row(
            id=row[0], post=row[1], deleted=row[2],
            title_en=_first(v, kind.title_en), title_ko=_first(v, kind.title_ko),
            cells=tuple(v[f.name] for f in key),
        )
        for row, v in zip(page.rows, values, strict=True)
    ]
    titles: dict[str, tuple[str, str]] = {}
    if links:
        wanted = {
            rid
            for v in values for f in links
            for rid in display.linked_ids(f, v[f.name])
            if rid not in known
        }
        if wanted:
            titles = display.titles_of(desk, wanted)
    return _Read(rows, page.total, titles)


class _Generation:
    """The newest load's number, read by the worker thread to skip stale loads."""

    def __init__(self) -> None:
        self.value = 0


class _Relay(QObject):
    """Brings a load's result (or exception) back to the GUI thread.

    It has no parent: the model and each running load hold it, so it is never deleted
    (with a closing window) while a worker thread emits from it; once the model is gone
    the emit reaches no one.
    """

    delivered = Signal(int, object)


class _Load(QRunnable):
    """Read one query on a read-only desk of the worker thread's own."""

    def __init__(self, relay: _Relay, newest: _Generation, generation: int, path: Path,
                 read: Callable[[Desk], _Read]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.relay, self.newest, self.generation = relay, newest, generation
        self.path, self.read = path, read

    def run(self) -> None:
        if self.newest.value != self.generation:
            return  # a newer load was asked for before this one started
        self.relay.delivered.emit(self.generation, read_only(self.path, self.read))


class RecordTableModel(QAbstractTableModel):
    """One kind's records as a table, read page by page as the view scrolls."""

    #: A message a person can act on (e.g. an invalid filter; the rows stay as they were).
    problem = Signal(str)
    #: (rows fetched so far, records matching the query)
    countChanged = Signal(int, int)
    #: a query started or stopped reading off the GUI thread (see ``loading``); no bool
    #: argument: PySide6 6.12 loses a reference to True/False passed through a Python signal
    loadingChanged = Signal()

    def __init__(
        self,
        desk: Desk,
        kind: RecordKind | str,
        lang: str = "ko",
        parent: Any = None,
        *,
        query: ListQuery | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._kind = kind_named(kind) if isinstance(kind, str) else kind
        self._lang = lang
        self._columns = columns_for(self._kind)
        self._fields: tuple[Field | None, ...] = tuple(
            self._kind.field(n) if self._kind.has_field(n) else None for n in self._columns
        )
        self._key_fields = tuple(f for f in self._fields[len(LEAD_COLUMNS):] if f is not None)
        self._links = tuple(
            f for f in self._key_fields
            if f.type in (FieldType.REF, FieldType.LINK, FieldType.REFS)
        )
        self._query = dataclasses.replace(query or ListQuery(), limit=PAGE_SIZE, offset=0)
        self._rows: list[_Row] = []
        self._titles: dict[str, tuple[str, str]] = {}
        self._total = 0
        self._complete = True
        #: Set while rows change: a fetch asked for from inside our own signals (a view or
        #: a model tester reacting to modelReset/rowsInserted) waits for the next call.
        self._busy = False
        #: the query whose rows are shown (``_query`` runs ahead while loading)
        self._shown = self._query
        self._newest = _Generation()
        self._loading = False
        self._relay = _Relay()
        self._relay.delivered.connect(self._delivered)
        #: whether new queries read in the worker thread (a database file is needed)
        self.background = desk.path.is_file()
        if not self._load(self._query, PAGE_SIZE):  # e.g. a saved view gone stale
            self._query = ListQuery(limit=PAGE_SIZE)
            self._load(self._query, PAGE_SIZE)

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
        """How many records match the query (the rows fetched so far are ``rowCount``)."""
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
        """The id of the record on ``row`` (IndexError if that row is not fetched)."""
        if not 0 <= row < len(self._rows):
            raise IndexError(f"row {row} is not loaded ({len(self._rows)} rows)")
        return self._rows[row].id

    def row_of(self, record_id: str) -> int:
        """The row of a record among those fetched so far, -1 if it is not there."""
        for n, row in enumerate(self._rows):
            if row.id == record_id:
                return n
        return -1

    def count_text(self) -> str:
        return count_label_text(len(self._rows), self._total, self._lang)

    def sort_indicator(self) -> tuple[int, Qt.SortOrder]:
        """The column and order the current sort corresponds to (column -1: none shown)."""
        spec = self._query.sort or self._kind.default_sort
        order = (Qt.SortOrder.DescendingOrder if spec.startswith("-")
                 else Qt.SortOrder.AscendingOrder)
        name = spec.lstrip("-+")
        if name in self._title_fields():
            return self.column_of("title"), order
        return self.column_of(name), order

    # -- changing what is shown ---------------------------------------------------------

    def set_query(self, **changes: Any) -> bool:
        """Change filters, text, posts, period or deleted rows shown, and reload.

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
            return self._load(query, PAGE_SIZE)
        return self._start(query)

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
        """Show headers and values in ``lang`` ("ko" or "en"); nothing is reloaded."""
        if lang == self._lang:
            return
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.countChanged.emit(len(self._rows), self._total)

    def refresh(self) -> bool:
        """Read again (after a change), keeping query, sort and how far the view scrolled.

        Reads here, at once, so that the changed record can be selected right after; a
        query still loading is read now instead (its late result is dropped).
        """
        return self._load(self._query, max(PAGE_SIZE, len(self._rows)))

    # -- QAbstractItemModel ------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if parent.isValid() or self._busy or self._loading:
            return False
        return not self._complete and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        start = len(self._rows)
        query = dataclasses.replace(self._query, limit=PAGE_SIZE, offset=start)
        try:
            page = self._read(self._desk, query)
        except OfficerDeskError as e:
            self._complete = True  # do not retry on every scroll; refresh() tries again
            self.problem.emit(self._message(e))
            return
        self._titles.update(page.titles)
        rows = page.rows
        self._busy = True
        try:
            self._complete = len(rows) < PAGE_SIZE
            done = start + len(rows)
            self._total = done if self._complete else max(page.total, done)
            if rows:
                self.beginInsertRows(QModelIndex(), start, done - 1)
                self._rows.extend(rows)
                self.endInsertRows()
        finally:
            self._busy = False
        self.countChanged.emit(len(self._rows), self._total)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
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
            f = self._fields[column]
            if f is not None and display.is_numeric(f):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if f is not None and f.type is FieldType.BOOL:
                return Qt.AlignmentFlag.AlignCenter
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.deleted:
            return QBrush(QGuiApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
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

    # -- inside ------------------------------------------------------------------------

    def _load(self, query: ListQuery, rows: int) -> bool:
        """Read the first ``rows`` rows of ``query`` here and show them instead of the current.

        Read first, reset after: a refused query changes nothing. Nothing is read once
        the database is closed (a window's widgets may still signal while it is torn down).
        A load still running in the worker thread is superseded.
        """
        if self._desk.closed:
            return False
        limit = -(-rows // PAGE_SIZE) * PAGE_SIZE  # whole pages
        try:
            page = self._read(self._desk, dataclasses.replace(query, limit=limit, offset=0))
        except OfficerDeskError as e:
            self.problem.emit(self._message(e))
            return False
        self._newest.value += 1
        self._set_loading(False)
        self._show(query, page, limit)
        return True

    def _start(self, query: ListQuery) -> bool:
        """Check ``query`` here, then read its first page in the worker thread."""
        if self._desk.closed:
            return False
        try:  # a refused query is told at once, and nothing changes
            queries.check_query(self._desk, self._kind, query)
        except OfficerDeskError as e:
            self.problem.emit(self._message(e))
            return False
        self._newest.value += 1
        self._query = dataclasses.replace(query, limit=PAGE_SIZE, offset=0)
        first_page = dataclasses.replace(self._query)
        # the worker gets plain values, not the model (a QObject of this thread)
        kind, key, links, known = self._kind, self._key_fields, self._links, frozenset(
            self._titles)
        task = _Load(self._relay, self._newest, self._newest.value, self._desk.path,
                     lambda desk: _read(desk, kind, first_page, key, links, known))
        self._set_loading(True)
        worker_pool().start(task)
        return True

    def _delivered(self, generation: int, result: object) -> None:
        """A load's result, on the GUI thread: shown if it is still the newest."""
        if generation != self._newest.value or self._desk.closed:
            return
        self._set_loading(False)
        if isinstance(result, _Read):
            self._show(self._query, result, PAGE_SIZE)
            return
        self._query = self._shown  # the rows shown are still the previous query's
        if isinstance(result, OfficerDeskError):
            self.problem.emit(self._message(result))
            self.countChanged.emit(len(self._rows), self._total)
            return
        assert isinstance(result, BaseException)
        raise result  # unexpected: the crash dialog shows it

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit()

    def _show(self, query: ListQuery, page: _Read, limit: int) -> None:
        self._titles.update(page.titles)
        new_rows = page.rows
        self._busy = True
        try:
            self.beginResetModel()
            self._query = self._shown = dataclasses.replace(query, limit=PAGE_SIZE, offset=0)
            self._rows = new_rows
            self._complete = len(new_rows) < limit
            self._total = len(new_rows) if self._complete else max(page.total, len(new_rows))
            self.endResetModel()
        finally:
            self._busy = False
        self.countChanged.emit(len(self._rows), self._total)

    def _read(self, desk: Desk, query: ListQuery) -> _Read:
        return _read(desk, self._kind, query, self._key_fields, self._links, self._titles)

    def _text(self, row: _Row, column: int) -> str:
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

    def _full_title(self, row: _Row) -> str:
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
