"""The main window: navigation on the left, a dashboard or a list of records on the right.

Each list is a lazy ``RecordTableModel`` over the services, with a search box that
searches as you type (after a short pause), a post filter, "show deleted", the count of
what is shown, and a detail pane with the selected record's fields and history.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.kinds import (
    COMPANIES,
    CONFERENCES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    TREND_NOTES,
    RecordKind,
)
from officer_desk.gui.list_page import RecordListPage, record_html  # noqa: F401
from officer_desk.gui.settings_dialog import SettingsDialog
from officer_desk.gui.sync_dialogs import install_sync_menu
from officer_desk.gui.texts import tr, use_language
from officer_desk.services import dashboard as dashboard_service
from officer_desk.services import deadlines as deadline_service
from officer_desk.services.desk import Desk

#: The lists in the navigation, in order.
LIST_KINDS: tuple[RecordKind, ...] = (
    DISPUTES, ENGAGEMENTS, TREND_NOTES, COMPANIES, CONFERENCES, FOLLOW_UPS,
)
SEARCH_PAUSE_MS = 250


class DashboardPage(QWidget):
    """Key figures and the deadlines of the next 30 days."""

    def __init__(self, desk: Desk, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.lang = desk, lang
        self.view = QTextBrowser()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.refresh()

    def refresh(self) -> None:
        d = dashboard_service.dashboard(self.desk)
        soon = deadline_service.deadlines(self.desk, within_days=30)

        def label(key: str, vocab: str | None) -> str:
            return self.desk.vocab.label(vocab, key, self.lang) if vocab and key else key or "—"

        def counts(title: str, values: dict[str, int], vocab: str | None = None) -> str:
            items = "".join(
                f"<tr><td>{html.escape(label(k, vocab))}</td><td align=right>{n:,}</td></tr>"
                for k, n in list(values.items())[:8]
            )
            return f"<td valign=top><b>{html.escape(title)}</b><table>{items}</table></td>"

        tiles = (
            f"<h2>{tr('Open disputes')}: {d.disputes_open:,} · {tr('Closed')}: "
            f"{d.disputes_closed:,} · {tr('Overdue')}: {d.overdue:,} · "
            f"{tr('Due in 30 days')}: {d.due_within.get(30, 0):,}</h2>"
        )
        grid = (
            "<table cellspacing=12><tr>"
            + counts(tr("Open by post"), d.open_by_post)
            + counts(tr("Open by IP type"), d.open_by_ip_type, "ip_type")
            + counts(tr("Open by technology"), d.open_by_technology, "technology_field")
            + counts(tr("Engagements by post"), d.engagements_by_post)
            + "</tr></table>"
        )
        rows = "".join(
            f"<tr><td>{x.due_on.isoformat()}</td><td align=right>{x.days_left}</td>"
            f"<td>{html.escape(x.post)}</td><td>{html.escape(x.description[:60])}</td>"
            f"<td>{html.escape((x.record_title or '')[:60])}</td></tr>"
            for x in soon[:40]
        )
        self.view.setHtml(
            tiles + grid + f"<h3>{tr('Deadlines: overdue and next 30 days')}</h3>"
            f"<table cellspacing=6>{rows}</table>"
        )


class MainWindow(QMainWindow):
    #: The language setting was changed in Settings ("", "ko" or "en"): whoever opened
    #: the window rebuilds it in that language (see ``app.run``).
    languageChosen = Signal(str)

    def __init__(self, desk: Desk, lang: str = "ko", parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.lang = desk, lang
        use_language(lang)
        marker = tr(" — DEMO DATABASE, not for real cases") if desk.demo else ""
        role = "HQ" if desk.is_hq else desk.home_post
        self.setWindowTitle(f"Officer Desk — {desk.path.name} ({role}){marker}")

        self.nav = QListWidget()
        self.pages = QStackedWidget()
        self.dashboard = DashboardPage(desk, lang)
        self._add_page(tr("Dashboard"), self.dashboard)
        self.lists: dict[str, RecordListPage] = {}
        for kind in LIST_KINDS:
            page = RecordListPage(desk, kind, lang)
            self.lists[kind.name] = page
            self._add_page(kind.label(lang), page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self.nav.setMaximumWidth(200)

        split = QSplitter()
        split.addWidget(self.nav)
        split.addWidget(self.pages)
        split.setStretchFactor(1, 1)
        split.setSizes([180, 1100])
        self.setCentralWidget(split)
        self._menus()
        self.statusBar().showMessage(str(desk.path))
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def _add_page(self, title: str, page: QWidget) -> None:
        self.nav.addItem(title)
        self.pages.addWidget(page)

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
        dialog = SettingsDialog(self.desk.path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved() -> None:
            if dialog.language_changed:
                self.languageChosen.emit(dialog.chosen_language())

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def current_list(self) -> RecordListPage | None:
        page = self.pages.currentWidget()
        return page if isinstance(page, RecordListPage) else None

    def focus_search(self) -> None:
        page = self.current_list()
        if page is None:
            self.nav.setCurrentRow(1)
            page = self.current_list()
        if page is not None:
            page.search.setFocus()
            page.search.selectAll()

    def refresh(self) -> None:
        self.dashboard.refresh()
        for page in self.lists.values():
            page.refresh()

    def closeEvent(self, event) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
