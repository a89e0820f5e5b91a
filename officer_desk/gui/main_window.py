"""The main window: navigation on the left, a dashboard or a list of records on the right.

Each list is a lazy ``RecordTableModel`` over the services, with a search box that
searches as you type (after a short pause), a post filter, "show deleted", the count of
what is shown, and a detail pane with the selected record's fields and history. The
Conflicts and Import-log entries are in the navigation only while there is something
to show (they follow merges and resolutions). ``open_record`` shows any record in its
list; the dashboard, the conflicts and the lists' links use it. Window geometry and
state, the navigation splitter and the page shown are remembered (QSettings).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import (
    ACTION_ITEMS,
    AGENDA_ITEMS,
    ATTACHMENTS,
    COMPANIES,
    CONFERENCES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    TREND_NOTES,
    RecordKind,
)
from officer_desk.domain.records import Record
from officer_desk.gui.detail_tabs import record_html  # noqa: F401
from officer_desk.gui.file_menu import install_brief_menu, install_import_menu
from officer_desk.gui.list_page import RecordListPage
from officer_desk.gui.notice_bar import NoticeBar
from officer_desk.gui.restore_dialog import install_backup_menu
from officer_desk.gui.sync_menu import install_sync_menu
from officer_desk.gui.texts import N_, tr, use_language
from officer_desk.services import conflicts as conflict_service
from officer_desk.services import import_log as import_log_service
from officer_desk.services import queries
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk
from officer_desk.services.queries import ListQuery

if TYPE_CHECKING:  # made when first needed: their imports (charts, keys, packages) wait too
    from officer_desk.gui.conflicts_page import ConflictsPage
    from officer_desk.gui.dashboard_page import DashboardPage
    from officer_desk.gui.import_log_page import ImportLogPage
    from officer_desk.gui.settings_dialog import SettingsDialog

#: The lists in the navigation, in order.
LIST_KINDS: tuple[RecordKind, ...] = (
    DISPUTES, ENGAGEMENTS, TREND_NOTES, COMPANIES, CONFERENCES, FOLLOW_UPS,
)
#: The lists' navigation entries (plural, unlike the kinds' labels).
NAV_TITLES: dict[str, str] = {
    DISPUTES.name: N_("Disputes"), ENGAGEMENTS.name: N_("Engagements"),
    TREND_NOTES.name: N_("Trend notes"), COMPANIES.name: N_("Companies"),
    CONFERENCES.name: N_("Conferences"), FOLLOW_UPS.name: N_("Follow-ups"),
}
#: How many rows ``open_record`` reads into a list looking for a record before it
#: narrows the list to that record instead (a 100,000-row list is never read whole).
OPEN_RECORD_SCAN_ROWS = 2_000
#: Kinds without a list page open their parent: (kind name, field naming the parent).
PARENT_FIELDS: dict[str, str] = {
    AGENDA_ITEMS.name: "conference_id",
    ACTION_ITEMS.name: "conference_id",
    ATTACHMENTS.name: "record_id",
}


class ListPages(Mapping[str, RecordListPage]):
    """The window's list pages by kind name, each built when first asked for."""

    def __init__(self, window: MainWindow):
        self._window = window

    def __getitem__(self, name: str) -> RecordListPage:
        if name not in self:
            raise KeyError(name)
        page = self._window.page(f"list_{name}")
        assert isinstance(page, RecordListPage)
        return page

    def __contains__(self, name: object) -> bool:
        return any(kind.name == name for kind in LIST_KINDS)

    def __iter__(self) -> Iterator[str]:
        return (kind.name for kind in LIST_KINDS)

    def __len__(self) -> int:
        return len(LIST_KINDS)


class MainWindow(QMainWindow):
    #: The language setting was changed in Settings ("", "ko" or "en"): whoever opened
    #: the window rebuilds it in that language (see ``app.run``).
    languageChosen = Signal(str)

    def __init__(self, desk: Desk, lang: str = "ko", parent: QWidget | None = None, *,
                 settings: QSettings | None = None):
        super().__init__(parent)
        self.desk, self.lang = desk, lang
        # Without an application name (tests, scripts) nothing is remembered.
        if settings is None and QCoreApplication.organizationName():
            settings = QSettings()
        self.settings = settings
        use_language(lang)
        marker = tr(" — DEMO DATABASE, not for real cases") if desk.demo else ""
        role = "HQ" if desk.is_hq else desk.home_post
        self.setWindowTitle(f"Officer Desk — {desk.path.name} ({role}){marker}")

        self.nav = QListWidget()
        self.pages = QStackedWidget()
        #: navigation row -> (page name, how to build it); a page is built when first
        #: needed, so a window opened on one list reads no other list
        self._builders: list[tuple[str, Callable[[], QWidget]]] = []
        self._built: dict[str, QWidget] = {}
        #: undo/redo of record changes, shared by every list (Edit menu)
        self.undo_stack = QUndoStack(self)
        #: built pages to read again when next shown (a change made on another page)
        self._stale: set[str] = set()
        self.undo_stack.indexChanged.connect(self._changed_elsewhere)
        self._add_page(tr("Dashboard"), "dashboard", self._make_dashboard)
        self.lists = ListPages(self)
        for kind in LIST_KINDS:
            self._add_page(tr(NAV_TITLES[kind.name]), f"list_{kind.name}",
                           lambda kind=kind: self._make_list(kind))
        self._add_page(tr("Conflicts"), "conflicts", self._make_conflicts)
        self._add_page(tr("Import log"), "import_log", self._make_import_log)
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.nav.setMaximumWidth(240)
        self.update_sync_entries()

        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8)
        self.splitter.setSizes([180, 1100])
        #: what opening the database found (an older copy of the file), until dismissed
        self.notice_bar = NoticeBar(desk, lang) if desk.notices else None
        if self.notice_bar is None:
            self.setCentralWidget(self.splitter)
        else:
            central = QWidget()
            column = QVBoxLayout(central)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(self.notice_bar)
            column.addWidget(self.splitter, 1)
            self.setCentralWidget(central)
        self._menus()
        self.statusBar().showMessage(str(desk.path))
        self.restore_layout()

    # -- pages, built when first needed ------------------------------------------------

    def _add_page(self, title: str, name: str, build: Callable[[], QWidget]) -> None:
        self.nav.addItem(title)
        unbuilt = QWidget()  # stands in the stack until the page is first shown
        unbuilt.setObjectName(name)
        self.pages.addWidget(unbuilt)
        self._builders.append((name, build))

    def row_of_page(self, name: str) -> int:
        """The navigation row (and stack index) of the page called ``name``."""
        return next(n for n, (page, _) in enumerate(self._builders) if page == name)

    def page(self, name: str) -> QWidget:
        """The page called ``name`` ("dashboard", "list_disputes", "conflicts", …),
        built now if it was not yet."""
        page = self._built.get(name)
        if page is None:
            row = self.row_of_page(name)
            page = self._builders[row][1]()
            page.setObjectName(name)
            shown: QWidget = page
            if isinstance(page, RecordListPage):
                # a list's filter row can be wider than a laptop's screen: it scrolls
                # sideways rather than making the whole window wider than the screen
                shown = QScrollArea()
                shown.setObjectName(name)
                shown.setWidgetResizable(True)
                shown.setFrameShape(QFrame.Shape.NoFrame)
                shown.setWidget(page)
            unbuilt = self.pages.widget(row)
            self.pages.insertWidget(row, shown)
            self.pages.removeWidget(unbuilt)
            unbuilt.deleteLater()
            self._built[name] = page
        return page

    def current_page(self) -> QWidget | None:
        """The page shown (the list itself, not the scroll area around it)."""
        row = self.pages.currentIndex()
        return self._built.get(self._builders[row][0]) if row >= 0 else None

    def built_pages(self) -> list[QWidget]:
        return list(self._built.values())

    def _make_dashboard(self) -> DashboardPage:
        from officer_desk.gui.dashboard_page import DashboardPage

        page = DashboardPage(self.desk, self.lang)
        page.openRecordRequested.connect(self.open_record)
        page.listRequested.connect(self.show_list)
        return page

    def _make_list(self, kind: RecordKind) -> RecordListPage:
        page = RecordListPage(self.desk, kind, self.lang, undo_stack=self.undo_stack)
        page.openRecordRequested.connect(self.open_record)
        return page

    def _make_conflicts(self) -> ConflictsPage:
        from officer_desk.gui.conflicts_page import ConflictsPage

        page = ConflictsPage(self.desk, self.lang)
        page.changed.connect(self.refresh)
        page.openRecordRequested.connect(self.open_record)
        return page

    def _make_import_log(self) -> ImportLogPage:
        from officer_desk.gui.import_log_page import ImportLogPage

        return ImportLogPage(self.desk, self.lang)

    @property
    def dashboard(self) -> DashboardPage:
        return self.page("dashboard")  # type: ignore[return-value]

    @property
    def conflicts(self) -> ConflictsPage:
        return self.page("conflicts")  # type: ignore[return-value]

    @property
    def import_log(self) -> ImportLogPage:
        return self.page("import_log")  # type: ignore[return-value]

    def _page_chosen(self, row: int) -> None:
        if 0 <= row < len(self._builders):
            name = self._builders[row][0]
            page = self.page(name)
            self.pages.setCurrentIndex(row)
            if name in self._stale:
                self._stale.discard(name)
                page.refresh()  # type: ignore[attr-defined]
        self.update_sync_entries()

    # -- the Conflicts and Import-log entries ---------------------------------------------

    def nav_titles(self) -> list[str]:
        """The navigation's entries as shown (hidden ones left out)."""
        return [self.nav.item(i).text() for i in range(self.nav.count())
                if not self.nav.item(i).isHidden()]

    def update_sync_entries(self) -> None:
        """Show the Conflicts entry while any is open and the Import-log entry once a
        package was offered; an entry stays while its page is the one shown."""
        if self.desk.closed:
            return
        current = self.pages.currentIndex()
        for name, wanted in (
            ("conflicts", conflict_service.open_count(self.desk) > 0),
            ("import_log", import_log_service.import_count(self.desk) > 0),
        ):
            row = self.row_of_page(name)
            self.nav.item(row).setHidden(not wanted and row != current)

    def show_conflicts(self) -> None:
        """Sync → Conflicts…: the Conflicts page (shown even when none is open)."""
        self.conflicts.refresh()
        self.show_page(self.conflicts)

    def show_import_log(self) -> None:
        self.import_log.refresh()
        self.show_page(self.import_log)

    def show_list(self, kind_name: str, filters: dict[str, Any]) -> bool:
        """Show a kind's list with filters (a dashboard chart's bar or figure):
        ``filters`` may have ``where``, ``posts``, ``date_from`` and ``date_to`` as
        ``ListQuery`` takes them."""
        page = self.lists.get(kind_name)
        if page is None:
            return False
        self.show_page(page)
        return page.apply_query(ListQuery(
            where=dict(filters.get("where") or {}), posts=filters.get("posts"),
            date_from=filters.get("date_from"), date_to=filters.get("date_to")))

    # -- remembered layout ---------------------------------------------------------------

    def restore_layout(self) -> None:
        """Window geometry and state, the navigation splitter and the page last shown
        (the dashboard the first time). Only the page shown is built."""
        settings = self.settings
        geometry = settings.value("main/geometry") if settings is not None else None
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        page = None
        if settings is not None:
            state = settings.value("main/state")
            if state is not None:
                self.restoreState(state)
            split = settings.value("main/splitter")
            if split is not None:
                self.splitter.restoreState(split)
            page = settings.value("main/page")
        row = next((n for n, (name, _) in enumerate(self._builders) if name == page), -1)
        if row < 0 or self.nav.item(row).isHidden():
            row = 0
        self.nav.setCurrentRow(row)

    def save_layout(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/state", self.saveState())
        self.settings.setValue("main/splitter", self.splitter.saveState())
        self.settings.setValue("main/page", self.pages.currentWidget().objectName())

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.settings_action = QAction(tr("&Settings…"), self, shortcut=QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        # each puts its entries at the top of the File menu: the last is first
        install_backup_menu(self)
        install_import_menu(self)
        install_brief_menu(self)
        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, tr("Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:  # the issue asks for it everywhere
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view = self.menuBar().addMenu(tr("&View"))
        refresh = QAction(tr("&Refresh"), self, shortcut=QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self.refresh)
        view.addAction(refresh)
        find = QAction(tr("&Find"), self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        view.addAction(find)
        install_sync_menu(self)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        about = QAction(tr("&About Officer Desk"), self)
        about.triggered.connect(lambda: QMessageBox.about(
            self, "Officer Desk",
            tr("The case log of Korea's overseas patent officers.")))
        help_menu.addAction(about)

    def open_settings(self) -> SettingsDialog:
        """File → Settings… (window-modal); a changed language rebuilds the window."""
        from officer_desk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.desk.path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved() -> None:
            if dialog.language_changed:
                self.languageChosen.emit(dialog.chosen_language())

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    # -- opening a record ----------------------------------------------------------------

    def open_record(self, record_id: str) -> bool:
        """Show a record in its list, selected, with its detail; False if there is none.

        Agenda items, action items and attachments have no list: their conference or
        record is opened instead. Filters or a search that would hide the record are
        cleared (and deleted records shown if it is deleted); a record far down a long
        list is shown by narrowing the list to it.
        """
        try:
            record = self._listed_record(record_service.get(self.desk, record_id))
        except OfficerDeskError as e:
            self.statusBar().showMessage(str(e), 8000)
            return False
        page = self.lists.get(record.kind.name) if record is not None else None
        if record is None or page is None:
            self.statusBar().showMessage(tr("This record has no list to show it in."), 8000)
            return False
        self.show_page(page)
        query = page.current_query()
        if not self._shows(page, query, record):
            page.apply_query(ListQuery(sort=query.sort, include_deleted=record.deleted))
        self._select_when_listed(page, record, narrow=True)
        return True

    def _listed_record(self, record: Record, depth: int = 0) -> Record | None:
        """``record`` itself, or the parent shown for it when its kind has no list."""
        parent_field = PARENT_FIELDS.get(record.kind.name)
        if parent_field is None:
            return record if record.kind.name in self.lists else None
        parent_id = record.values.get(parent_field)
        if not parent_id or depth > 3:
            return None
        return self._listed_record(record_service.get(self.desk, parent_id), depth + 1)

    def _shows(self, page: RecordListPage, query: ListQuery, record: Record) -> bool:
        """Whether ``query`` (what ``page`` shows) includes ``record``."""
        where = dict(query.where)
        where["id"] = [record.id]
        try:
            found = queries.list_records(self.desk, page.kind, dataclasses.replace(
                query, where=where, limit=1, offset=0))
        except OfficerDeskError:
            return False
        return found.total > 0

    def _select_when_listed(self, page: RecordListPage, record: Record, *,
                            narrow: bool) -> None:
        """Select ``record`` in ``page`` once its rows are there.

        A list still reading (its query runs off the GUI thread) is waited for; a
        record not among the first ``OPEN_RECORD_SCAN_ROWS`` rows gets the list
        narrowed to it (``narrow``) rather than reading a long list whole.
        """
        model = page.model
        if getattr(model, "loading", False):
            model.modelReset.connect(
                lambda: QTimer.singleShot(0, lambda: self._select_when_listed(
                    page, record, narrow=narrow)),
                Qt.ConnectionType.SingleShotConnection)
            return
        row = model.row_of(record.id)
        while (row < 0 and model.rowCount() < OPEN_RECORD_SCAN_ROWS
               and model.canFetchMore(QModelIndex())):
            model.fetchMore(QModelIndex())
            row = model.row_of(record.id)
        if row >= 0:
            page.table.selectRow(row)
            index = model.index(row, 0)
            page.table.setCurrentIndex(index)
            page.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            page.table.setFocus()
            return
        if narrow:
            query = page.current_query()
            page.apply_query(ListQuery(where={"id": [record.id]}, sort=query.sort,
                                       include_deleted=record.deleted))
            self.statusBar().showMessage(
                tr("The list shows only the opened record; choose “(no saved view)” "
                   "to see them all."), 15000)
            self._select_when_listed(page, record, narrow=False)

    def show_page(self, page: QWidget) -> None:
        """Make ``page`` the one shown (its navigation entry is selected)."""
        if self._built.get(page.objectName()) is page:
            self.nav.setCurrentRow(self.row_of_page(page.objectName()))

    def current_list(self) -> RecordListPage | None:
        page = self.current_page()
        return page if isinstance(page, RecordListPage) else None

    def focus_search(self) -> None:
        page = self.current_list()
        if page is None:
            self.nav.setCurrentRow(1)
            page = self.current_list()
        if page is not None:
            page.search.setFocus()
            page.search.selectAll()

    def _changed_elsewhere(self, _index: int = 0) -> None:
        """A record was changed, undone or redone on one page (which shows it): the
        others read again when next shown, and a dashboard on screen reads now."""
        current = self.current_page()
        for page in self.built_pages():
            if page is not current:
                self._stale.add(page.objectName())
        if current is not None and not isinstance(current, RecordListPage):
            current.refresh()  # type: ignore[attr-defined]

    def refresh(self) -> None:
        """F5, and after a merge or a settled conflict: every page reads again."""
        for page in self.built_pages():
            page.refresh()  # type: ignore[attr-defined]
        self.update_sync_entries()

    def closeEvent(self, event) -> None:
        self.save_layout()
        super().closeEvent(event)
