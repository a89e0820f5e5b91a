"""The main window: navigation on the left, a dashboard or a list of records on the right.

Each list is a lazy ``RecordTableModel`` over the services, with a search box that
searches as you type (after a short pause), a post filter, "show deleted", the count of
what is shown, and a detail pane with the selected record's fields and history.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.fields import FieldType
from officer_desk.domain.kinds import (
    COMPANIES,
    CONFERENCES,
    DISPUTES,
    ENGAGEMENTS,
    FOLLOW_UPS,
    TREND_NOTES,
    RecordKind,
)
from officer_desk.gui import editor as editor_module
from officer_desk.gui.editor import RecordEditor
from officer_desk.gui.models import RecordTableModel
from officer_desk.gui.sync_dialogs import install_sync_menu
from officer_desk.gui.texts import tr, use_language
from officer_desk.services import dashboard as dashboard_service
from officer_desk.services import deadlines as deadline_service
from officer_desk.services import records as record_service
from officer_desk.services.desk import Desk

#: The lists in the navigation, in order.
LIST_KINDS: tuple[RecordKind, ...] = (
    DISPUTES, ENGAGEMENTS, TREND_NOTES, COMPANIES, CONFERENCES, FOLLOW_UPS,
)
SEARCH_PAUSE_MS = 250


class RecordListPage(QWidget):
    """One kind's list: search, post filter, deleted toggle, count, table, detail."""

    def __init__(self, desk: Desk, kind: RecordKind, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.kind, self.lang = desk, kind, lang
        self.model = RecordTableModel(desk, kind, lang, self)

        self.search = QLineEdit(placeholderText=tr("Search (Korean or English)…"))
        self.search.setClearButtonEnabled(True)
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
        self.editor: RecordEditor | None = None
        self.count = QLabel()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionsMovable(True)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.post)
        bar.addWidget(self.deleted)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        bar.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.problem)
        layout.addWidget(split)

        self._pause = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(self._pause.start)
        self.post.currentIndexChanged.connect(self._apply_filters)
        self.deleted.toggled.connect(self._apply_filters)
        self.model.countChanged.connect(self._show_count)
        self.model.problem.connect(self.problem.setText)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self._show_count(self.model.rowCount(), self.model.total)

        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_or_restore)
        self.table.doubleClicked.connect(lambda index: self.edit_current())
        # Ctrl+N works while the page is shown (a hidden page's shortcuts are inactive).
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.edit_current,
                      context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  self.delete_or_restore, context=Qt.ShortcutContext.WidgetShortcut)

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
            self.problem.setText(str(e))
            return None
        return self._open_editor(record)

    def _open_editor(self, record) -> RecordEditor:
        """Open the editor (window-modal, not blocking); the list follows when it saves."""
        dialog = RecordEditor(self.desk, self.kind, record, self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_change(dialog.record_id))
        self.editor = dialog
        dialog.open()
        return dialog

    def delete_or_restore(self) -> bool:
        """Delete the selected record (or restore it if deleted) after asking."""
        record_id = self.current_record_id()
        if record_id is None:
            return False
        try:
            record = record_service.get(self.desk, record_id)
            restoring = record.deleted
            question = tr("Restore this record?") if restoring else tr("Delete this record?")
            if not editor_module.ask(self, tr("Restore") if restoring else tr("Delete"),
                                     f"{question}\n\n{record.title(self.lang)}"):
                return False
            if restoring:
                record_service.restore(self.desk, record_id)
            else:
                record_service.delete(self.desk, record_id)
        except OfficerDeskError as e:
            editor_module.show_problem(self, tr("Delete"), str(e))
            return False
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

    def _apply_filters(self) -> None:
        self.problem.clear()
        post = self.post.currentData()
        self.model.set_query(
            text=self.search.text().strip() or None,
            posts=(post,) if post else None,
            include_deleted=self.deleted.isChecked(),
        )

    def _show_count(self, shown: int, total: int) -> None:
        self.count.setText(tr("{shown} of {total}").format(shown=f"{shown:,}",
                                                            total=f"{total:,}"))

    def refresh(self) -> None:
        self.model.refresh()

    def _show_detail(self, current, _previous=None) -> None:
        self.edit_button.setEnabled(current.isValid())
        self.delete_button.setEnabled(current.isValid())
        if not current.isValid():
            self.detail.clear()
            return
        record_id = self.model.record_id(current.row())
        try:
            record = record_service.get(self.desk, record_id)
            history = record_service.history(self.desk, record_id)
        except OfficerDeskError as e:
            self.detail.setPlainText(str(e))
            return
        self.delete_button.setText(tr("Restore") if record.deleted else tr("Delete"))
        self.detail.setHtml(record_html(self.desk, record, history, self.lang))


def record_html(desk: Desk, record, history, lang: str) -> str:
    """A record's fields and history as simple HTML (all user text escaped)."""
    rows = []
    for f in record.kind.fields:
        value = record.values.get(f.name)
        if value in (None, "", []) or f.type is FieldType.BLOB:
            continue
        if f.type is FieldType.VOCAB:
            shown = desk.vocab.label(f.vocab, value, lang)
        elif f.type in (FieldType.REF, FieldType.LINK):
            target = desk.repo.get(None, value, with_blobs=False)
            shown = target.title(lang) if target else value
        elif f.type is FieldType.CHOICE:
            shown = tr(value.capitalize())
        elif f.type in (FieldType.STRINGS, FieldType.REFS):
            shown = "; ".join(value)
        elif f.type is FieldType.PARTIES:
            shown = "; ".join(p["name"] for p in value)
        else:
            shown = str(value)
        text = html.escape(shown).replace("\n", "<br>")
        rows.append(f"<tr><th align=left>{html.escape(f.label(lang))}</th><td>{text}</td></tr>")
    def change(h) -> str:
        if h.action == "create":
            return tr("created")
        if h.field is None:
            return ""
        return f"{html.escape((h.old or '∅')[:60])} → {html.escape((h.new or '∅')[:80])}"

    changes = "".join(
        f"<tr><td>{html.escape(h.at[:16].replace('T', ' '))}</td><td>{html.escape(h.actor)}</td>"
        f"<td>{html.escape(h.action)}</td><td>{html.escape(h.field or '')}</td>"
        f"<td>{change(h)}</td></tr>"
        for h in history[-15:]
    )
    deleted = f"<p><b>{tr('Deleted')}</b></p>" if record.deleted else ""
    return (
        f"<h3>{html.escape(record.title(lang))}</h3>{deleted}"
        f"<p>{html.escape(record.kind.label(lang))} · {html.escape(record.post)}</p>"
        f"<table cellspacing=4>{''.join(rows)}</table>"
        f"<h4>{tr('History')}</h4><table cellspacing=4>{changes}</table>"
    )


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
