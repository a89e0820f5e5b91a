"""One kind's list: search, filters, saved views, remembered columns, table and detail.

The page keeps no query of its own: every widget change builds the query's fields again
and hands them to the ``RecordTableModel`` (``set_query``), which asks the services.
Saved views are ``ListQuery`` objects kept in the database (``services.views``); the
column layout (order, widths, hidden columns, sort) and the list/detail splitter are
kept per kind in QSettings.

Creating, editing, deleting and restoring go through the services as before (the
editor shows their field messages), and each change is then pushed onto the undo stack
as a command (``gui.undo``) whose undo and redo call the services again. The detail
tabs show the record, its attachments, follow-ups and links; a linked record asked for
is announced by ``openRecordRequested`` for the window to open.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import RecordKind
from officer_desk.gui import messages
from officer_desk.gui.detail_tabs import DetailTabs
from officer_desk.gui.models import RecordTableModel
from officer_desk.gui.texts import N_, problem_text, tr
from officer_desk.gui.undo import CreateCommand, DeleteCommand, EditCommand, RestoreCommand
from officer_desk.services import records as record_service
from officer_desk.services import views as view_service
from officer_desk.services.desk import Desk
from officer_desk.services.queries import ListQuery

if TYPE_CHECKING:  # loaded when a record is first opened or chosen
    from officer_desk.gui.editor import RecordEditor
    from officer_desk.gui.links_panel import LinksPanel
    from officer_desk.gui.record_panels import AttachmentsPanel, FollowUpsPanel

SEARCH_PAUSE_MS = 250

#: The fields a list can be filtered on with a combo box, in the order they are shown
#: (each only where the kind has it as a vocabulary or choice field).
FILTER_FIELDS: tuple[str, ...] = (
    "status", "ip_type", "dispute_kind", "stage", "technology_field", "category", "agency",
    "conference_kind", "sensitivity",
)

#: ``ask_name(parent, title, label) -> (text, ok)``: how a view's name is asked for.
AskName = Callable[[QWidget, str, str], tuple[str, bool]]

#: A dispute's status, as a word to translate.
CHOICE_WORDS = {"open": N_("Open"), "closed": N_("Closed")}


def ask_name(parent: QWidget, title: str, label: str) -> tuple[str, bool]:
    return QInputDialog.getText(parent, title, label)


def filter_fields(kind: RecordKind) -> list[str]:
    """The names of ``kind``'s fields that get a filter combo box."""
    return [
        name for name in FILTER_FIELDS
        if kind.has_field(name) and kind.field(name).type in (FieldType.VOCAB, FieldType.CHOICE)
    ]


def header_key(kind: RecordKind) -> str:
    return f"lists/{kind.name}/header"


def splitter_key(kind: RecordKind) -> str:
    return f"lists/{kind.name}/splitter"


class RecordListPage(QWidget):
    """One kind's list: search, filters, views, deleted toggle, count, table, detail."""

    #: the id of a record the person asked to open (e.g. from the Links tab); the
    #: window shows it in its own list
    openRecordRequested = Signal(str)

    def __init__(
        self,
        desk: Desk,
        kind: RecordKind,
        lang: str,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        undo_stack: QUndoStack | None = None,
    ):
        super().__init__(parent)
        self.desk, self.kind, self.lang = desk, kind, lang
        #: the window's undo stack (shared by its lists); a page on its own keeps one
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        # Without an application name (tests, scripts) the layout is not remembered.
        if settings is None and QCoreApplication.organizationName():
            settings = QSettings()
        self.settings = settings
        self.ask_name: AskName = ask_name
        self.model = RecordTableModel(desk, kind, lang, self)
        #: filters of a saved view that have no widget (kept until another view is chosen)
        self._extra_where: dict[str, Any] = {}
        self._extra_posts: tuple[str, ...] | None = None

        self.search = QLineEdit(placeholderText=tr("Search (Korean or English)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.post = QComboBox()
        self.post.addItem(tr("All posts"), None)
        for code in desk.post_codes():
            self.post.addItem(code, code)
        self.deleted = QCheckBox(tr("Show deleted"))
        self.new_button = QPushButton(tr("New"))
        self.new_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.edit_button = QPushButton(tr("Edit"))
        self.delete_button = QPushButton(tr("Delete"))
        self.edit_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.filters_button = QPushButton(tr("Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setChecked(True)
        self.editor: RecordEditor | None = None
        self.count = QLabel()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")

        # -- filters row ------------------------------------------------------------------
        self.filters: dict[str, QComboBox] = {}
        self.filter_row = QWidget()
        row = QHBoxLayout(self.filter_row)
        row.setContentsMargins(0, 0, 0, 0)
        for name in filter_fields(kind):
            f = kind.field(name)
            box = QComboBox()
            box.addItem(tr("All"), None)
            if f.type is FieldType.CHOICE:
                for code in f.choices:
                    box.addItem(tr(CHOICE_WORDS.get(code, code)), code)
            else:
                for term in desk.vocab.terms(f.vocab or ""):
                    label = term.label(lang)
                    if not term.active:
                        label = f"{label} {tr('(not in use)')}"
                    box.addItem(label, term.code)
            box.setObjectName(f"filter_{name}")
            # long labels ("Warning letter / licence demand") must not push the row off
            # the window: the box shows about 8 characters, the popup the whole label
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
            box.view().setMinimumWidth(box.view().sizeHintForColumn(0) + 24)
            caption = QLabel(f.label(lang))
            caption.setBuddy(box)
            row.addWidget(caption)
            row.addWidget(box)
            self.filters[name] = box
        self.date_from_on = QCheckBox(tr("From"))
        self.date_to_on = QCheckBox(tr("To"))
        self.date_from = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date_to = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        today = QDate.currentDate()
        self.date_from.setDate(today.addYears(-1))
        self.date_to.setDate(today)
        for check, edit in ((self.date_from_on, self.date_from), (self.date_to_on, self.date_to)):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        if kind.period_field:
            period = QLabel(kind.field(kind.period_field).label(lang))
            row.addWidget(period)
            for widget in (self.date_from_on, self.date_from, self.date_to_on, self.date_to):
                row.addWidget(widget)
        row.addStretch(1)
        # a row of filters wider than the window scrolls sideways on its own, so that
        # the bar above (with the count) and the table keep to the window's width
        self.filter_area = QScrollArea()
        self.filter_area.setWidget(self.filter_row)
        self.filter_area.setWidgetResizable(True)
        self.filter_area.setFrameShape(QFrame.Shape.NoFrame)
        self.filter_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.filter_area.setFixedHeight(
            self.filter_row.sizeHint().height()
            + self.filter_area.horizontalScrollBar().sizeHint().height())
        self.filters_button.toggled.connect(self.filter_area.setVisible)
        if not self.filters and not kind.period_field:
            self.filters_button.hide()
            self.filter_area.hide()

        # -- saved views --------------------------------------------------------------
        self.views = QComboBox()
        self.views.setToolTip(tr("Saved views"))
        self.save_view_button = QPushButton(tr("Save view…"))
        self.delete_view_button = QPushButton(tr("Delete view"))
        self._fill_views()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        self._default_widths()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # under the table: the chosen record's details, attachments, follow-ups, links
        self.tabs = DetailTabs(desk, kind, lang, self.undo_stack, self)
        self.detail = self.tabs.detail
        self.tabs.openRecordRequested.connect(self.openRecordRequested)
        self.tabs.recordChanged.connect(self._panel_changed)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.post)
        bar.addWidget(self.deleted)
        bar.addWidget(self.filters_button)
        bar.addWidget(self.views)
        bar.addWidget(self.save_view_button)
        bar.addWidget(self.delete_view_button)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("list_detail_splitter")
        split.addWidget(self.table)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.filter_area)
        # under the filters: a refused filter on the left, how many are shown on the right
        status = QHBoxLayout()
        status.addWidget(self.problem, 1)
        status.addWidget(self.count)
        layout.addLayout(status)
        layout.addWidget(split)
        self._set_tab_order()

        self.restore_header()
        self.restore_splitter()
        split.splitterMoved.connect(self.save_splitter)

        self._pause = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(self._pause.start)
        self.post.currentIndexChanged.connect(self._apply_filters)
        self.deleted.toggled.connect(self._apply_filters)
        for box in self.filters.values():
            box.currentIndexChanged.connect(self._apply_filters)
        for check, edit in ((self.date_from_on, self.date_from), (self.date_to_on, self.date_to)):
            check.toggled.connect(self._apply_filters)
            edit.dateChanged.connect(self._apply_filters)
        self.views.activated.connect(self._view_chosen)
        self.save_view_button.clicked.connect(self.save_view)
        self.delete_view_button.clicked.connect(self.delete_view)
        header.customContextMenuRequested.connect(self._show_column_menu)
        header.sectionMoved.connect(self.save_header)
        header.sectionResized.connect(self.save_header)
        header.sortIndicatorChanged.connect(self.save_header)
        self.model.countChanged.connect(self._show_count)
        self.model.loadingChanged.connect(self._show_loading)
        self.model.problem.connect(self.problem.setText)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self._show_count(self.model.rowCount(), self.model.total)

        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_or_restore)
        self.table.doubleClicked.connect(lambda index: self.edit_current())
        # Ctrl+N works while the page is shown (a hidden page's shortcuts are inactive).
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        # Enter and Delete act on the table only when it has the focus (the context is set
        # after construction: PySide6 does not apply a ``context=`` keyword given with a
        # callable, and Enter in the Links tab would open this list's editor)
        table_keys = [(QKeySequence(Qt.Key.Key_Return), self.edit_current),
                      (QKeySequence(Qt.Key.Key_Enter), self.edit_current),
                      (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_or_restore)]
        for sequence, action in table_keys:
            shortcut = QShortcut(sequence, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)

    def focus_order(self) -> list[QWidget]:
        """Tab order: search, filters, the bar's buttons, table, then the detail tabs."""
        filters = [w for i in range(self.filter_row.layout().count())
                   if (w := self.filter_row.layout().itemAt(i).widget()) is not None
                   and not isinstance(w, QLabel)]
        return [self.search, self.post, *filters, self.deleted, self.filters_button,
                self.views, self.save_view_button, self.delete_view_button, self.new_button,
                self.edit_button, self.delete_button, self.table, self.tabs]

    def _set_tab_order(self) -> None:
        for a, b in itertools.pairwise(self.focus_order()):
            QWidget.setTabOrder(a, b)

    # -- editing ------------------------------------------------------------------------

    def current_record_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        try:
            return self.model.record_id(index.row())
        except IndexError:
            return None

    def new_record(self) -> RecordEditor:
        return self._open_editor(None)

    def edit_current(self) -> RecordEditor | None:
        record_id = self.current_record_id()
        if record_id is None:
            return None
        try:
            record = record_service.get(self.desk, record_id)
        except OfficerDeskError as e:
            self.problem.setText(problem_text(e))
            return None
        return self._open_editor(record)

    def _open_editor(self, record) -> RecordEditor:
        """Open the editor (window-modal, not blocking); the list follows when it saves."""
        from officer_desk.gui.editor import RecordEditor

        dialog = RecordEditor(self.desk, self.kind, record, self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.on_child_saved = self._saved_elsewhere
        self.editor = dialog
        dialog.open()
        return dialog

    def _saved_elsewhere(self, dialog: RecordEditor) -> None:
        """A record made from inside the editor (a new company): undoable as well."""
        if dialog.record_id is None or dialog.change is None or not dialog.change.created:
            return
        try:
            record = record_service.get(self.desk, dialog.record_id)
        except OfficerDeskError:
            return
        self.undo_stack.push(CreateCommand(self.desk, record, self.lang, parent=self))

    def _saved(self, dialog: RecordEditor) -> None:
        """The editor saved through the services: record it for undo, then show it."""
        if dialog.record_id is not None and dialog.change is not None:
            try:
                record = record_service.get(self.desk, dialog.record_id)
            except OfficerDeskError:
                record = None
            if record is not None and dialog.change.created:
                self.undo_stack.push(CreateCommand(
                    self.desk, record, self.lang, parent=self, done=self._after_change))
            elif record is not None and dialog.change.fields.get(record.id):
                self.undo_stack.push(EditCommand(
                    self.desk, record, dialog.change, self.lang, parent=self,
                    done=self._after_change))
        self._after_change(dialog.record_id)

    def delete_or_restore(self) -> bool:
        """Delete the selected record (or restore it if deleted) after asking."""
        record_id = self.current_record_id()
        if record_id is None:
            return False
        try:
            record = record_service.get(self.desk, record_id)
            restoring = record.deleted
            question = tr("Restore this record?") if restoring else tr("Delete this record?")
            if not messages.ask(self, tr("Restore") if restoring else tr("Delete"),
                                     f"{question}\n\n{record.title(self.lang)}"):
                return False
            if restoring:
                change = record_service.restore(self.desk, record_id)
            else:
                change = record_service.delete(self.desk, record_id)
        except OfficerDeskError as e:
            messages.show_problem(self, tr("Delete"), problem_text(e))
            return False
        if not change.empty:
            command = RestoreCommand if restoring else DeleteCommand
            self.undo_stack.push(command(self.desk, record, self.lang, parent=self,
                                         done=self._after_change))
        self._after_change(record_id)
        return True

    def _after_change(self, record_id: str | None) -> None:
        self.problem.clear()
        self.model.refresh()
        row = self.model.row_of(record_id) if record_id else -1
        if row >= 0:
            self.table.selectRow(row)
            self._show_detail(self.model.index(row, 0))
        else:
            self._show_detail(self.table.currentIndex())

    # -- filters ------------------------------------------------------------------------

    def filter_values(self) -> dict[str, Any]:
        """The query fields the widgets stand for (what ``set_query`` is given)."""
        where = dict(self._extra_where)
        for name, box in self.filters.items():
            code = box.currentData()
            if code is not None:
                where[name] = code
            else:
                where.pop(name, None)
        post = self.post.currentData()
        posts = (post,) if post else self._extra_posts
        period = bool(self.kind.period_field)
        return {
            "where": where,
            "posts": posts,
            "date_from": self.date_from.date().toPython()
            if period and self.date_from_on.isChecked() else None,
            "date_to": self.date_to.date().toPython()
            if period and self.date_to_on.isChecked() else None,
            "text": self.search.text().strip() or None,
            "include_deleted": self.deleted.isChecked(),
        }

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
        widgets = [self.search, self.post, self.deleted, self.date_from_on, self.date_to_on,
                   self.date_from, self.date_to, *self.filters.values()]
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
            self._extra_where = {}
            for name, value in query.where.items():
                box = self.filters.get(name)
                values = list(value) if isinstance(value, (list, tuple, set)) else [value]
                index = box.findData(values[0]) if box is not None and len(values) == 1 else -1
                if index >= 0:
                    box.setCurrentIndex(index)
                else:
                    self._extra_where[name] = value
            for name, box in self.filters.items():
                if name not in query.where:
                    box.setCurrentIndex(0)
            for check, edit, value in ((self.date_from_on, self.date_from, query.date_from),
                                       (self.date_to_on, self.date_to, query.date_to)):
                check.setChecked(value is not None)
                edit.setEnabled(value is not None)
                if value is not None:
                    edit.setDate(QDate(value.year, value.month, value.day))
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
        header = self.table.horizontalHeader()
        column, order = self.model.sort_indicator()
        was = header.blockSignals(True)
        try:
            header.setSortIndicator(column, order)
        finally:
            header.blockSignals(was)
        header.viewport().update()
        return took

    # -- saved views --------------------------------------------------------------------

    def _fill_views(self, select: str | None = None) -> None:
        self.views.blockSignals(True)
        try:
            self.views.clear()
            self.views.addItem(tr("(no saved view)"), None)
            for view in view_service.saved_views(self.desk, self.kind):
                self.views.addItem(view.name, view.id)
            index = self.views.findData(select) if select else 0
            self.views.setCurrentIndex(max(index, 0))
        finally:
            self.views.blockSignals(False)
        self.delete_view_button.setEnabled(self.views.currentData() is not None)

    def saved_view_names(self) -> list[str]:
        return [self.views.itemText(i) for i in range(1, self.views.count())]

    def save_view(self) -> view_service.SavedView | None:
        """Ask for a name and keep what the list shows now under it."""
        name, ok = self.ask_name(self, tr("Save view"), tr("Name of the view:"))
        if not ok or not name.strip():
            return None
        try:
            view = view_service.save_view(self.desk, self.kind, name, self.current_query())
        except OfficerDeskError as e:
            self.problem.setText(problem_text(e))
            return None
        self._fill_views(view.id)
        return view

    def choose_view(self, name: str | None) -> bool:
        """Show the saved view called ``name`` (None: clear every filter)."""
        index = self.views.findText(name) if name else 0
        if index < 0:
            return False
        self.views.setCurrentIndex(index)
        self._view_chosen(index)
        return True

    def _view_chosen(self, index: int) -> None:
        view_id = self.views.itemData(index)
        self.delete_view_button.setEnabled(view_id is not None)
        if view_id is None:
            self.apply_query(ListQuery())
            return
        view = next((v for v in view_service.saved_views(self.desk, self.kind)
                     if v.id == view_id), None)
        if view is None:  # deleted elsewhere
            self._fill_views()
            return
        self.apply_query(view.query)

    def delete_view(self) -> bool:
        """Remove the chosen saved view (what the list shows stays as it is)."""
        view_id = self.views.currentData()
        if view_id is None:
            return False
        try:
            view_service.delete_view(self.desk, view_id)
        except OfficerDeskError as e:
            self.problem.setText(problem_text(e))
        self._fill_views()
        return True

    # -- columns ------------------------------------------------------------------------

    def column_menu(self) -> QMenu:
        """A menu of the columns, each checked when shown; unchecking hides it."""
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        shown = [i for i in range(self.model.columnCount()) if not header.isSectionHidden(i)]
        for i in range(self.model.columnCount()):
            label = str(self.model.headerData(i, Qt.Orientation.Horizontal,
                                              Qt.ItemDataRole.DisplayRole) or "")
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(not (len(shown) == 1 and i in shown))  # keep one column
            action.setData(self.model.column_names[i])
            action.toggled.connect(
                lambda on, name=self.model.column_names[i]: self.set_column_visible(name, on))
        return menu

    def _show_column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def set_column_visible(self, name: str, visible: bool) -> None:
        header = self.table.horizontalHeader()
        column = self.model.column_of(name)
        if not visible and header.count() - header.hiddenSectionCount() <= 1:
            return
        header.setSectionHidden(column, not visible)
        self.save_header()

    def _default_widths(self) -> None:
        """Widths until the person sets their own (then the remembered ones): the title
        gets the room, short codes and dates what they need."""
        header = self.table.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("가")
        widths = {"id": 6 * em, "post": 4 * em, "title": 30 * em}
        for column, name in enumerate(self.model.column_names):
            field = self.kind.field(name) if self.kind.has_field(name) else None
            if name in widths:
                width = widths[name]
            elif field is not None and field.type in (FieldType.DATE, FieldType.BOOL,
                                                      FieldType.INTEGER):
                width = 7 * em
            else:
                width = 9 * em
            header.resizeSection(column, width)

    def hidden_columns(self) -> list[str]:
        header = self.table.horizontalHeader()
        return [n for i, n in enumerate(self.model.column_names) if header.isSectionHidden(i)]

    def save_header(self, *_args: Any) -> None:
        if self.settings is not None:
            self.settings.setValue(header_key(self.kind),
                                   self.table.horizontalHeader().saveState())

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
        if self.settings is None:
            return False
        state = self.settings.value(header_key(self.kind))
        if not state:
            return False
        header = self.table.horizontalHeader()
        ok = header.restoreState(state)
        if ok:
            # the remembered sort becomes the list's sort (the database sorts)
            column = header.sortIndicatorSection()
            if 0 <= column < self.model.columnCount():
                # read at once: the list is painted sorted the first time
                self.model.set_query(
                    sort=self.model.sort_spec(column, header.sortIndicatorOrder()), wait=True)
        return ok

    # -- count and detail ----------------------------------------------------------------

    def _show_count(self, shown: int, total: int) -> None:
        self.count.setText(tr("{shown} of {total}").format(shown=f"{shown:,}",
                                                            total=f"{total:,}"))

    def _show_loading(self) -> None:
        """While a search runs off the GUI thread, the count says so."""
        if self.model.loading:
            self.count.setText(tr("Searching…"))
        else:
            self._show_count(self.model.rowCount(), self.model.total)

    def refresh(self) -> None:
        self.model.refresh()

    def _show_detail(self, current, _previous=None) -> None:
        self.edit_button.setEnabled(current.isValid())
        self.delete_button.setEnabled(current.isValid())
        record = self.tabs.show_record(
            self.model.record_id(current.row()) if current.isValid() else None)
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
