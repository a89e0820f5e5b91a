"""One kind's list: search, filters, saved views, table, and the chosen record's details.

The page keeps no query of its own: every widget change builds the query's fields again
and hands them to the ``RecordTableModel`` (``set_query``), which asks the services.
Its parts live beside it: the filter row (``list_filters``), the saved views
(``list_views``), the columns and what is remembered of them (``list_columns``), the
table (``list_table``), what an empty list says (``list_empty``), the count and order
line (``list_status``) and the editing of records (``list_editing``).

Keys: Down or Enter in the search box go to the results, Esc clears the search; Tab
leaves the table for the detail tabs; End and Ctrl+End go to the last record; Ctrl+N
opens a new record; Enter edits and Delete deletes the chosen one.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.kinds import RecordKind
from officer_desk.gui.detail_tabs import DetailTabs
from officer_desk.gui.list_columns import ColumnLayout
from officer_desk.gui.list_editing import RecordEditing
from officer_desk.gui.list_empty import EmptyList
from officer_desk.gui.list_filters import FilterRow, filter_fields
from officer_desk.gui.list_search import SearchBox
from officer_desk.gui.list_status import count_text, order_text
from officer_desk.gui.list_table import ListTable
from officer_desk.gui.list_views import SavedViews
from officer_desk.gui.models import RecordTableModel
from officer_desk.gui.texts import tr
from officer_desk.services.desk import Desk
from officer_desk.services.queries import ListQuery

if TYPE_CHECKING:  # made when a record is first chosen
    from officer_desk.gui.editor import RecordEditor
    from officer_desk.gui.links_panel import LinksPanel
    from officer_desk.gui.record_panels import AttachmentsPanel, FollowUpsPanel

__all__ = ["SEARCH_PAUSE_MS", "RecordListPage", "filter_fields"]

#: How long typing must pause before the list is searched. Shorter than the gap between
#: most keystrokes: a search runs in the worker thread (a stale one is dropped), so
#: searching while the officer types costs the window nothing, and the results come
#: soon after the last key (the target is 150 ms from it; the search takes 20-60 ms on
#: 100,000 records).
SEARCH_PAUSE_MS = 70


class RecordListPage(RecordEditing):
    """One kind's list: search, filters, views, deleted toggle, count, table, detail."""

    #: the id of a record the person asked to open (e.g. from the Links tab); the
    #: window shows it in its own list
    openRecordRequested = Signal(str)

    def __init__(self, desk: Desk, kind: RecordKind, lang: str,
                 parent: QWidget | None = None, *, settings: QSettings | None = None,
                 undo_stack: QUndoStack | None = None):
        super().__init__(parent)
        self.desk, self.kind, self.lang = desk, kind, lang
        #: the window's undo stack (shared by its lists); a page on its own keeps one
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        # Without an application name (tests, scripts) the layout is not remembered.
        if settings is None and QCoreApplication.organizationName():
            settings = QSettings()
        self.settings = settings
        self.model = RecordTableModel(desk, kind, lang, self)
        #: filters of a saved view that have no widget (kept until another view is chosen)
        self._extra_where: dict[str, Any] = {}
        self._extra_posts: tuple[str, ...] | None = None
        self._choose_first = False  # Down/Enter in the search box before results came
        self._kept: str | None = None  # the record chosen when F5 was pressed

        self.search = SearchBox()
        self.post = QComboBox()
        self.post.addItem(tr("All posts"), None)
        for code in desk.post_codes():
            self.post.addItem(code, code)
        self.deleted = QCheckBox(tr("Show deleted"))
        self.new_button = QPushButton(tr("New"), enabled=not desk.readonly)
        self.new_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.edit_button = QPushButton(tr("Edit"), enabled=False)
        self.delete_button = QPushButton(tr("Delete"), enabled=False)
        self.filters_button = QPushButton(tr("Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setChecked(True)
        self.editor: RecordEditor | None = None
        self.count, self.order, self.problem = QLabel(), QLabel(), QLabel()
        self.problem.setStyleSheet("color: #b00020")
        for label in (self.count, self.order, self.problem):  # a view's name, a search …
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.filter_row = FilterRow(desk, kind, lang)
        self.filters = self.filter_row.filters
        row = self.filter_row
        self.date_from_on, self.date_to_on = row.date_from_on, row.date_to_on
        self.date_from, self.date_to = row.date_from, row.date_to
        self.filters_button.toggled.connect(self.filter_row.setVisible)
        if self.filter_row.empty:
            self.filters_button.hide()
            self.filter_row.hide()
        self.saved = SavedViews(desk, kind, self, self.problem, self.current_query,
                                self.apply_query)
        self.views = self.saved.views
        self.save_view_button = self.saved.save_button
        self.delete_view_button = self.saved.delete_button

        self.table = ListTable(self.model)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.empty = EmptyList(kind.label(lang) if lang == "ko" else kind.label(lang).lower())
        self.empty.new_button.setEnabled(not desk.readonly)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)
        # under the table: the chosen record's details, attachments, follow-ups, links
        self.tabs = DetailTabs(desk, kind, lang, self.undo_stack, self)
        self.detail = self.tabs.detail
        self.tabs.openRecordRequested.connect(self.openRecordRequested)
        self.tabs.recordChanged.connect(self._panel_changed)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for widget in (self.post, self.deleted, self.filters_button, self.views,
                       self.save_view_button, self.delete_view_button, self.new_button,
                       self.edit_button, self.delete_button):
            bar.addWidget(widget)
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("list_detail_splitter")
        split.addWidget(self.table_stack)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.filter_row)
        # under the filters: a refused filter on the left, the order and count on the right
        status = QHBoxLayout()
        status.addWidget(self.problem, 1)
        status.addWidget(self.order)
        status.addSpacing(12)
        status.addWidget(self.count)
        layout.addLayout(status)
        layout.addWidget(split, 1)
        self._set_tab_order()

        self.columns = ColumnLayout(self, kind, self.model, self.table, split, settings)
        self.columns.restore_header()
        self.columns.restore_splitter()
        split.splitterMoved.connect(self.columns.save_splitter)
        self._connect()
        self._show_indicator()
        self._show_count()

    def _connect(self) -> None:
        self._pause = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(self._pause.start)
        self.search.toResults.connect(self.go_to_results)
        self.search.clearRequested.connect(self.clear_search)
        self.post.currentIndexChanged.connect(self._apply_filters)
        self.deleted.toggled.connect(self._apply_filters)
        self.filter_row.changed.connect(self._apply_filters)
        self.filter_row.typing.connect(self._pause.start)
        header = self.table.horizontalHeader()
        header.sectionMoved.connect(self.columns.save_header)
        header.sectionResized.connect(self.columns.save_header)
        header.sortIndicatorChanged.connect(self._sort_chosen)
        self.model.countChanged.connect(self._show_count)
        self.model.loadingChanged.connect(self._show_loading)
        self.model.modelReset.connect(self._rows_replaced)
        self.model.refreshed.connect(self._rows_replaced)
        self.model.problem.connect(self.problem.setText)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.empty.clearRequested.connect(self.clear_search)
        self.empty.newRequested.connect(self.new_record)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_or_restore)
        self.table.doubleClicked.connect(lambda index: self.edit_current())
        # Ctrl+N works while the page is shown (a hidden page's shortcuts are inactive).
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        # Enter and Delete act on the table only when it has the focus (PySide6 ignores a
        # ``context=`` given with a callable; Enter in the Links tab must not edit)
        table_keys = [(QKeySequence(Qt.Key.Key_Return), self.edit_current),
                      (QKeySequence(Qt.Key.Key_Enter), self.edit_current),
                      (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_or_restore)]
        for sequence, action in table_keys:
            shortcut = QShortcut(sequence, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)

    def focus_order(self) -> list[QWidget]:
        """Tab order: search, filters, the bar's buttons, table, then the detail tabs."""
        return [self.search, self.post, *self.filter_row.focus_widgets(), self.deleted,
                self.filters_button, self.views, self.save_view_button,
                self.delete_view_button, self.new_button, self.edit_button,
                self.delete_button, self.table, self.tabs]

    def _set_tab_order(self) -> None:
        for a, b in itertools.pairwise(self.focus_order()):
            QWidget.setTabOrder(a, b)

    # -- keys in the search box (see list_search) -------------------------------------

    def go_to_results(self) -> None:
        """The table gets the focus, on its first record (a pending search runs now)."""
        if self._pause.isActive():
            self._apply_filters()
        if self.table_stack.currentWidget() is self.empty:
            button = self.empty.first_button()
            if button is not None and not self.model.loading:
                button.setFocus()
                return
        self.table.setFocus()
        if self.model.loading:
            self._choose_first = True
        else:
            self.table.choose_first()

    def clear_search(self) -> None:
        """Empty the search box and every filter, and show the whole list (Esc)."""
        self.apply_query(ListQuery(sort=self.model.query.sort))
        self.search.setFocus()

    # -- filters ------------------------------------------------------------------------

    def filter_values(self) -> dict[str, Any]:
        """The query fields the widgets stand for (what ``set_query`` is given)."""
        row = self.filter_row.values(self.model.query)
        where = dict(self._extra_where)
        for name, code in row.pop("where").items():
            if code is not None:
                where[name] = code
            else:
                where.pop(name, None)
        post = self.post.currentData()
        return {"where": where, "posts": (post,) if post else self._extra_posts, **row,
                "text": self.search.text().strip() or None,
                "include_deleted": self.deleted.isChecked()}

    def _apply_filters(self) -> None:
        self._pause.stop()
        self.problem.clear()
        self.model.set_query(**self.filter_values())

    def current_query(self) -> ListQuery:
        """What the list shows now (a search still waiting for its pause included)."""
        if self._pause.isActive():
            self._apply_filters()
        return self.model.query

    def set_widgets(self, query: ListQuery) -> None:
        """Show ``query`` in the widgets without applying anything."""
        widgets = [self.search, self.post, self.deleted, *self.filter_row.all_widgets()]
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            self.search.setText(query.text or "")
            self._extra_posts = None
            posts = tuple(query.posts or ())
            index = self.post.findData(posts[0]) if len(posts) == 1 else -1
            if posts and index < 0:
                self._extra_posts = posts
            self.post.setCurrentIndex(max(index, 0))
            self.deleted.setChecked(query.include_deleted)
            self._extra_where = self.filter_row.show_query(query)
        finally:
            for w, was in zip(widgets, blocked, strict=True):
                w.blockSignals(was)

    def apply_query(self, query: ListQuery) -> bool:
        """Show ``query`` in the widgets and the list (e.g. a saved view)."""
        self._pause.stop()
        self.set_widgets(query)
        self.problem.clear()
        changes = self.filter_values()
        changes["sort"] = query.sort
        changes["only_deleted"] = query.only_deleted
        took = self.model.set_query(**changes)
        self._show_indicator()
        return took

    # -- sort ---------------------------------------------------------------------------

    def _sort_chosen(self, *_args: Any) -> None:
        """A header was clicked: the view has asked the model; the arrow then shows the
        order actually used (the id column means the default order, on its own column)."""
        self._show_indicator()
        self.columns.save_header()

    def _show_indicator(self) -> None:
        header = self.table.horizontalHeader()
        column, order = self.model.sort_indicator()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
            was = header.blockSignals(True)
            try:
                header.setSortIndicator(column, order)
            finally:
                header.blockSignals(was)
        self.order.setText(order_text(self.model))

    # -- count, empty list and detail ------------------------------------------------------

    def _show_count(self, *_args: Any) -> None:
        self.count.setText(count_text(self.model.rowCount(), self.model.total))
        self._show_empty()

    def _show_loading(self) -> None:
        """While a search runs off the GUI thread, the count says so."""
        if self.model.loading:
            self.count.setText(tr("Searching…"))
            return
        self._show_count()
        self._show_indicator()
        if self._choose_first:  # Down or Enter was pressed in the search box
            self._choose_first = False
            self.table.choose_first()

    def _show_empty(self) -> None:
        """No rows: the empty list says why and what next, in place of the table."""
        if self.model.loading:
            return
        if self.model.total:
            self.table_stack.setCurrentWidget(self.table)
            return
        self.empty.show_for(self.model.query, can_create=not self.desk.readonly)
        had_focus = self.table.hasFocus()
        self.table_stack.setCurrentWidget(self.empty)
        if had_focus:  # the focus stays in the list's place: on what to do next
            (self.empty.first_button() or self.search).setFocus()

    def set_next_steps(self, *, can_import: bool, can_open_demo: bool) -> None:
        """What an empty list may offer besides New (the window knows)."""
        self.empty.can_import, self.empty.can_open_demo = can_import, can_open_demo
        self._show_empty()

    def _rows_replaced(self) -> None:
        """New rows (a query, a refresh): the record chosen before F5 stays chosen where
        it is now; otherwise the detail follows the chosen row, or empties."""
        kept, self._kept = self._kept, None
        row = self.model.row_of(kept) if kept else -1
        if row >= 0 and row != self.table.current_row():
            self.table.selectRow(row)
        self._show_detail(self.table.currentIndex())

    def refresh(self) -> None:
        """F5: read again in the worker thread (the window is never held up)."""
        self._kept = self.current_record_id()
        self.model.refresh(background=True)

    def _show_detail(self, current, _previous=None) -> None:
        chosen = current.isValid() and current.row() < self.model.rowCount()
        writable = chosen and not self.desk.readonly
        self.edit_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)
        record_id = None
        if chosen:
            try:
                record_id = self.model.record_id(current.row())
            except IndexError:
                record_id = None
        record = self.tabs.show_record(record_id)
        if record is not None:
            self.delete_button.setText(tr("Restore") if record.deleted else tr("Delete"))

    # -- the detail tabs' panels (made when first needed: see DetailTabs) --------------

    @property
    def attachments(self) -> AttachmentsPanel | None:
        return self.tabs.attachments

    @property
    def follow_ups(self) -> FollowUpsPanel | None:
        return self.tabs.follow_ups

    @property
    def links(self) -> LinksPanel | None:
        return self.tabs.links

    def _panel_changed(self, record_id: str | None) -> None:
        """An attachment or follow-up changed: the list and the counts follow."""
        self._after_change(record_id or self.current_record_id())
