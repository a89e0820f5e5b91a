"""The main window: navigation on the left, a dashboard or a list of records on the right.

Each page is built when first shown (``window_builders``). The Conflicts and Import-log
entries are in the navigation only while there is something to show (they follow merges
and resolutions). ``open_record`` shows any record in its list (``record_opener``); the
dashboard, the conflicts and the lists' links use it. Window geometry and state, the
navigation splitter and the page shown are remembered (QSettings).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.kinds import FOLLOW_UPS
from officer_desk.gui import record_opener, window_builders
from officer_desk.gui.notice_bar import NoticeBar, demo_bar
from officer_desk.gui.texts import tr, use_language
from officer_desk.gui.window_base import DeskWindow
from officer_desk.gui.window_layout import remembered_page, restore_layout, save_layout
from officer_desk.gui.window_menus import install_menus
from officer_desk.gui.window_pages import NAV_KINDS, NEW_RECORD_KINDS, ListPages, nav_title
from officer_desk.services import conflicts as conflict_service
from officer_desk.services import import_log as import_log_service
from officer_desk.services.desk import Desk
from officer_desk.services.queries import ListQuery

if TYPE_CHECKING:  # made when first needed: their imports (charts, keys, packages) wait too
    from officer_desk.gui.conflicts_page import ConflictsPage
    from officer_desk.gui.dashboard_page import DashboardPage
    from officer_desk.gui.editor import RecordEditor
    from officer_desk.gui.follow_ups_page import FollowUpsPage
    from officer_desk.gui.import_log_page import ImportLogPage
    from officer_desk.gui.kind_chooser import KindChooser
    from officer_desk.gui.list_page import RecordListPage
    from officer_desk.gui.settings_dialog import SettingsDialog


def __getattr__(name: str) -> Any:
    """``main_window.RecordListPage`` and ``record_html`` still work (imported when
    first asked for: a window opened on the dashboard needs neither)."""
    if name == "RecordListPage":
        from officer_desk.gui.list_page import RecordListPage

        return RecordListPage
    if name == "record_html":
        from officer_desk.gui.detail_tabs import record_html

        return record_html
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def is_list(page: QWidget) -> bool:
    """Whether ``page`` is a record list. ``list_page`` is imported with the first list
    built (a window opened on the dashboard waits for none of it): before that, no page
    is one."""
    module = sys.modules.get("officer_desk.gui.list_page")
    return module is not None and isinstance(page, module.RecordListPage)


class MainWindow(DeskWindow):
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
        #: how the demo database is opened (the session offers it: ``offer_demo``)
        self.open_demo: Callable[[QWidget], bool] | None = None
        #: built pages to read again when next shown (a change made on another page)
        self._stale: set[str] = set()
        self.undo_stack.indexChanged.connect(self._changed_elsewhere)
        self._add_page(tr("Dashboard"), "dashboard",
                       lambda: window_builders.make_dashboard(self))
        self.lists = ListPages(self.page)
        for kind in NAV_KINDS:
            self._add_page(nav_title(kind.name), f"list_{kind.name}",
                           lambda kind=kind: window_builders.make_list(self, kind))
        self._add_page(tr("Conflicts"), "conflicts",
                       lambda: window_builders.make_conflicts(self))
        self._add_page(tr("Import log"), "import_log",
                       lambda: window_builders.make_import_log(self))
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.nav.setMaximumWidth(240)
        self.update_sync_entries()
        if self._opening_row(remembered_page(self.settings)) == self.row_of_page("dashboard"):
            # its read starts now and goes on while the rest of the window is built
            self.dashboard.read_now()

        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8)
        self.splitter.setSizes([180, 1100])
        #: what the person must know now: the read-only bar, a file not opened
        self.read_only_bar = NoticeBar()
        self.problem_bar = NoticeBar()
        #: what opening the database found (an older copy of the file), until closed
        self.notice_bar = NoticeBar() if desk.notices else None
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.read_only_bar)
        column.addWidget(self.problem_bar)
        if self.notice_bar is not None:
            column.addWidget(self.notice_bar)
            # said once: a window rebuilt later (another language) does not say it again
            self.notice_bar.show_notice("\n\n".join(n.message(lang) for n in desk.notices),
                                        "notice", on_close=desk.notices.clear)
        if desk.demo:  # the first start opens it: the way to one's own case log
            self.demo_bar = demo_bar()
            column.addWidget(self.demo_bar)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        if desk.readonly:
            self.read_only_bar.show_notice(tr(
                "Read-only: {name} is open for reading only, so nothing can be changed "
                "or added here. Close the program that has it open for writing, then "
                "open it again.").format(name=desk.path.name), "read_only")
        install_menus(self)
        if desk.readonly:  # what would write to the file is not offered
            for action in (self.import_action, self.backup_actions.restore_action,
                           self.merge_action):
                action.setEnabled(False)
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
            if is_list(page):
                # a list's filter row can be wider than a laptop's screen: it scrolls
                # sideways rather than making the whole window wider than the screen
                shown = QScrollArea()
                shown.setObjectName(name)
                shown.setWidgetResizable(True)
                shown.setFrameShape(QFrame.Shape.NoFrame)
                shown.setWidget(page)
            elif not hasattr(page, "new_record"):
                # Ctrl+N on a page of no one kind asks which (a list page has its own)
                QShortcut(QKeySequence.StandardKey.New, page, self.new_record_asking)
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

    def offer_demo(self, open_demo: Callable[[QWidget], bool]) -> None:
        """An empty list may offer to open the demo database (through ``open_demo``)."""
        self.open_demo = open_demo
        for page in self.built_pages():
            if is_list(page):
                window_builders.offer_next_steps(self, page)  # type: ignore[arg-type]

    @property
    def follow_ups(self) -> FollowUpsPage:
        """The Follow-ups to-do page (built now if it was not yet)."""
        return self.page(f"list_{FOLLOW_UPS.name}")  # type: ignore[return-value]

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
        self._number_entries()

    def _number_entries(self) -> None:
        """Each entry's tooltip names its key (Ctrl+1 …) — the lists' never change: the
        entries that come and go are the last two."""
        shown = [n for n in range(self.nav.count()) if not self.nav.item(n).isHidden()]
        for number, row in enumerate(shown, start=1):
            self.nav.item(row).setToolTip(f"Ctrl+{number}" if number <= 9 else "")

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
        page = restore_layout(self, self.splitter, self.settings)
        self.nav.setCurrentRow(self._opening_row(page))

    def _opening_row(self, page: str | None) -> int:
        """The navigation row of ``page`` (the page shown last), if it is shown; else
        the dashboard's."""
        row = next((n for n, (name, _) in enumerate(self._builders) if name == page), -1)
        return 0 if row < 0 or self.nav.item(row).isHidden() else row

    def save_layout(self) -> None:
        save_layout(self, self.splitter, self.pages.currentWidget().objectName(),
                    self.settings)

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
        """Show a record in its list (``record_opener.open_record``); False if none."""
        return record_opener.open_record(self, record_id)

    def show_problem(self, text: str) -> None:
        """Say ``text`` in the bar at the top (a file that could not be opened …)."""
        self.problem_bar.show_notice(text, "problem")

    # -- keys of every page ----------------------------------------------------------------

    def go_to_entry(self, number: int) -> bool:
        """Ctrl+<number>: the navigation's ``number``-th entry as shown (1 = the first)."""
        rows = [n for n in range(self.nav.count()) if not self.nav.item(n).isHidden()]
        if not 1 <= number <= len(rows):
            return False
        self.nav.setCurrentRow(rows[number - 1])
        return True

    def new_record_asking(self) -> KindChooser:
        """Ctrl+N on the dashboard (or another page of no one kind): which kind? The
        chosen kind's list opens with a new record's editor."""
        from officer_desk.gui.kind_chooser import KindChooser

        chooser = KindChooser(NEW_RECORD_KINDS, self.lang, self)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.chosen.connect(self.new_record_of)
        self.kind_chooser = chooser
        chooser.open()
        return chooser

    def new_record_of(self, kind_name: str) -> RecordEditor | None:
        """Show ``kind_name``'s list and open a new record's editor there."""
        page = self.lists.get(kind_name)
        if page is None:
            return None
        self.show_page(page)
        return page.new_record()

    def show_page(self, page: QWidget) -> None:
        """Make ``page`` the one shown (its navigation entry is selected)."""
        if self._built.get(page.objectName()) is page:
            self.nav.setCurrentRow(self.row_of_page(page.objectName()))

    def current_list(self) -> RecordListPage | None:
        page = self.current_page()
        return page if is_list(page) else None  # type: ignore[return-value]

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
        if current is not None and not is_list(current):
            current.refresh()  # type: ignore[attr-defined]

    def refresh(self) -> None:
        """F5, and after a merge or a settled conflict: every page reads again."""
        for page in self.built_pages():
            page.refresh()  # type: ignore[attr-defined]
        self.update_sync_entries()
        keeper = getattr(self, "calendar_keeper", None)
        if keeper is not None:  # a merge or an import may have moved a deadline
            keeper.changed()

    def closeEvent(self, event) -> None:
        self.save_layout()
        super().closeEvent(event)
        keeper = getattr(self, "calendar_keeper", None)
        if keeper is not None and event.isAccepted():
            keeper.stop()  # no calendar command left running (gui/calendar_keeper.py)
