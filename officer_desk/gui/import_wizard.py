"""Import a spreadsheet in the window: file and sheet → mapping → preview → import → report.

The wizard calls the same services as ``officer-desk import``: the file is read here
(``importing.readers``), the plan is made and the import written in the worker thread
(``gui.worker``) on the worker's own desk; ``run_import`` checks the plan again against
the database inside its transaction. ``gui.file_menu.install_import_menu`` adds "Import
spreadsheet…" to the File menu.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import DISPUTES, RecordKind
from officer_desk.gui import messages, worker
from officer_desk.gui.tables import read_only_item
from officer_desk.gui.texts import N_, problem_text, tr
from officer_desk.importing.mapping import (
    IMPORT_KINDS,
    ColumnMap,
    auto_map,
    header_test,
    load_mapping,
    save_mapping,
    targets,
)
from officer_desk.importing.plan import ImportPlan, PlanRow, Problem, build_plan
from officer_desk.importing.readers import Table, read_table, sheet_names
from officer_desk.importing.run import ImportReport, run_import
from officer_desk.services.desk import Desk

if TYPE_CHECKING:
    pass

SHEET_FILTER = "Spreadsheets (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)"
MAPPING_FILTER = "Mapping files (*.json);;All files (*)"
#: Rows shown in the preview (every problem is listed below it whatever the size).
PREVIEW_ROWS = 2000
REJECTED = QColor("#f8d0d0")
NOTE = QColor("#fff2c0")

FileChooser = Callable[[QWidget], "str | None"]


def choose_sheet(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Spreadsheet to import"), "",
                                          SHEET_FILTER)
    return path or None


def choose_mapping_to_load(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Load mapping"), "", MAPPING_FILTER)
    return path or None


def choose_mapping_to_save(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save mapping"), "", MAPPING_FILTER)
    return path or None


def _item(text: Any) -> QTableWidgetItem:
    return read_only_item(_shown(text))


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    text = " ".join(str(value).split())
    return text if len(text) <= 200 else text[:199] + "…"


# -- pages ------------------------------------------------------------------------------


#: what the import does with a row (importing.plan.ACTIONS)
ROW_ACTIONS = (N_("create"), N_("update"), N_("unchanged"), N_("deleted"), N_("rejected"))


class FilePage(QWizardPage):
    """Which file, which sheet, and what its rows are."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Choose the spreadsheet"))
        self.setSubTitle(tr("An Excel workbook (.xlsx) or a CSV file (UTF-8 or CP949)."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(tr("Choose a file…"))
        self.path.textChanged.connect(self._path_changed)
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self.browse)
        self.kind = QComboBox()
        for kind in IMPORT_KINDS:
            self.kind.addItem(kind.label(wizard.lang), kind.name)
        self.sheet = QComboBox()
        self.sheet.setEnabled(False)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(tr("File"), row)
        form.addRow(tr("Sheet"), self.sheet)
        form.addRow(tr("Records of kind"), self.kind)
        form.addRow(self.problem)

    def browse(self) -> None:
        path = self.w.file_chooser(self)
        if path:
            self.path.setText(path)

    def _path_changed(self) -> None:
        self.problem.clear()
        self.sheet.clear()
        path = Path(self.path.text().strip())
        names: list[str] = []
        if path.is_file() and path.suffix.lower() in (".xlsx", ".xlsm"):
            try:
                names = sheet_names(path)
            except OfficerDeskError as e:
                self.problem.setText(problem_text(e))
        if names:
            self.sheet.addItem(tr("(the first sheet with a table)"), None)
            for name in names:
                self.sheet.addItem(name, name)
        self.sheet.setEnabled(bool(names))
        self.completeChanged.emit()

    def chosen_kind(self) -> RecordKind:
        name = self.kind.currentData()
        return next(k for k in IMPORT_KINDS if k.name == name)

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:
        try:
            return self.w.read(Path(self.path.text().strip()), self.chosen_kind(),
                               self.sheet.currentData())
        except OfficerDeskError as e:
            self.problem.setText(problem_text(e))
            return False


class MappingPage(QWizardPage):
    """A combo per column: the field it goes to, or ignore it."""

    HEADERS = (N_("Column"), N_("Header"), N_("Example"), N_("Field"))

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Check the columns"))
        self.setSubTitle(tr("Each column goes to the field chosen here; columns set to "
                            "“(ignore)” are left out."))
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in self.HEADERS])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.combos: list[QComboBox] = []
        load = QPushButton(tr("Load mapping…"))
        save = QPushButton(tr("Save mapping…"))
        load.clicked.connect(lambda: self.load())
        save.clicked.connect(lambda: self.save())
        buttons = QHBoxLayout()
        buttons.addWidget(load)
        buttons.addWidget(save)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        self.show_columns(self.w.columns)

    def show_columns(self, columns: list[ColumnMap]) -> None:
        table = self.w.table
        assert table is not None
        kind = self.w.kind
        self.table.setRowCount(len(columns))
        self.combos = []
        for row, mapped in enumerate(columns):
            example = next((r.cell(mapped.column.index).value for r in table.rows
                            if not r.cell(mapped.column.index).blank), None)
            self.table.setItem(row, 0, _item(mapped.letter))
            self.table.setItem(row, 1, _item(mapped.header))
            self.table.setItem(row, 2, _item(example))
            combo = QComboBox()
            combo.addItem(tr("(ignore)"), None)
            for target in targets(kind):
                combo.addItem(target.label(self.w.lang), target.name)
            combo.setCurrentIndex(max(0, combo.findData(mapped.target)))
            self.table.setCellWidget(row, 3, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()

    def chosen(self) -> dict[str, str | None]:
        """Header -> target as chosen in the combos (the mapping the preview uses)."""
        return {m.header: combo.currentData()
                for m, combo in zip(self.w.columns, self.combos, strict=True) if m.header}

    def load(self, path: str | None = None) -> None:
        path = path or self.w.mapping_loader(self)
        if not path:
            return
        try:
            saved = load_mapping(path, self.w.kind)
        except OfficerDeskError as e:
            messages.show_problem(self, tr("Load mapping"), problem_text(e))
            return
        assert self.w.table is not None
        self.w.columns = auto_map(self.w.kind, self.w.table.columns, saved)
        self.show_columns(self.w.columns)

    def save(self, path: str | None = None) -> Path | None:
        path = path or self.w.mapping_saver(self)
        if not path:
            return None
        self.validatePage()
        try:
            return save_mapping(path, self.w.kind, self.w.columns)
        except OfficerDeskError as e:
            messages.show_problem(self, tr("Save mapping"), problem_text(e))
            return None

    def validatePage(self) -> bool:
        assert self.w.table is not None
        self.w.columns = auto_map(self.w.kind, self.w.table.columns, self.chosen())
        return True


class PreviewPage(QWizardPage):
    """What importing would do, row by row, with the problems in red."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Preview"))
        self.setSubTitle(tr("Nothing has been imported yet. Rows with problems are red; "
                            "point at a red cell to see why."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.row_of: dict[int, int] = {}  # sheet row number -> table row
        self.problems = QListWidget()
        self.problems.itemActivated.connect(self._go_to)
        self.problems.itemClicked.connect(self._go_to)
        self.skip_invalid = QCheckBox(tr("Import the valid rows and save the rejected rows "
                                         "to a file to correct"))
        self.skip_invalid.toggled.connect(self.completeChanged)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Import"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(tr("Problems")))
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.skip_invalid)

    def initializePage(self) -> None:
        self.w.plan = self.w.make_plan()
        self.fill()
        self.completeChanged.emit()

    def fill(self) -> None:
        plan = self.w.plan
        self.table.clear()
        self.problems.clear()
        if plan is None:
            self.summary.setText(tr("The sheet could not be checked."))
            self.table.setRowCount(0)
            return
        counts = plan.counts()
        self.summary.setText(tr(
            "{create} to create, {update} to update, {unchanged} unchanged, "
            "{rejected} rejected; {companies} new companies."
        ).format(create=counts["create"], update=counts["update"],
                 unchanged=counts["unchanged"], rejected=counts["rejected"],
                 companies=len(plan.new_companies)))
        columns = plan.table.columns
        headers = [tr("Row"), tr("Action")] + [f"{c.letter} {c.header}" for c in columns]
        shown = plan.rows[:PREVIEW_ROWS]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(shown))
        self.table.verticalHeader().hide()
        self.row_of = {}
        for index, row in enumerate(shown):
            self.row_of[row.number] = index
            self._fill_row(index, row)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 280))
        for problem in [*plan.sheet_problems, *plan.notes,
                        *(p for r in plan.rows for p in r.problems)]:
            self._list(problem)
        for skipped in plan.skipped:
            item = QListWidgetItem(tr("row {row}: {reason}").format(
                row=skipped.number, reason=skipped.message(self.w.lang)))
            self.problems.addItem(item)

    def _fill_row(self, index: int, row: PlanRow) -> None:
        self.table.setItem(index, 0, _item(row.number))
        self.table.setItem(index, 1, _item(tr(row.action)))
        for column, cell in enumerate(row.source.cells):
            self.table.setItem(index, column + 2, _item(cell.formula if cell.value is None
                                                        else cell.value))
        assert self.w.plan is not None
        letters = {c.letter: i + 2 for i, c in enumerate(self.w.plan.table.columns)}
        if row.rejected:
            self.table.item(index, 1).setBackground(QBrush(REJECTED))
        for problem in row.problems:
            color = REJECTED if problem.blocking else NOTE
            cols = [letters[problem.column]] if problem.column in letters else [0, 1]
            for col in cols:
                item = self.table.item(index, col)
                item.setBackground(QBrush(color))
                tip = item.toolTip()
                text = problem.text(self.w.lang)
                item.setToolTip(f"{tip}\n{text}" if tip else text)

    def _list(self, problem: Problem) -> None:
        item = QListWidgetItem(problem.message(self.w.lang))
        item.setData(Qt.ItemDataRole.UserRole, (problem.row, problem.column))
        item.setBackground(QBrush(REJECTED if problem.blocking else NOTE))
        self.problems.addItem(item)

    def _go_to(self, item: QListWidgetItem) -> None:
        where = item.data(Qt.ItemDataRole.UserRole)
        if not where or where[0] not in self.row_of:
            return
        row, letter = where
        letters = [c.letter for c in self.w.plan.table.columns] if self.w.plan else []
        column = letters.index(letter) + 2 if letter in letters else 0
        self.table.setCurrentCell(self.row_of[row], column)

    def isComplete(self) -> bool:
        plan = self.w.plan
        if plan is None:
            return False
        counts = plan.counts()
        if counts["rejected"] and not self.skip_invalid.isChecked():
            return False
        return counts["create"] + counts["update"] > 0


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Import report"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        report = self.w.run(skip_invalid=self.w.preview_page.skip_invalid.isChecked())
        if report is None:
            self.text.setText(tr("Nothing was imported."))
            return
        lines = [tr("Created: {n}").format(n=report.created),
                 tr("Updated: {n}").format(n=report.updated),
                 tr("Unchanged: {n}").format(n=report.unchanged)]
        if report.companies_created:
            lines.append(tr("New companies: {names}").format(
                names=", ".join(report.companies_created)))
        if report.rejected_file:
            lines.append(tr("{n} rejected rows were saved to {file}; correct them there and "
                            "import that file.").format(n=report.rejected,
                                                        file=report.rejected_file))
        if report.backup:
            lines.append(tr("Backup taken before the import: {file}").format(
                file=report.backup))
        self.text.setText("\n".join(lines))
        self.w.imported.emit()


class ImportWizard(QWizard):
    """Choose a file and sheet → check the mapping → preview → import → report."""

    imported = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, lang: str = "ko",
                 file_chooser: FileChooser = choose_sheet,
                 mapping_loader: FileChooser = choose_mapping_to_load,
                 mapping_saver: FileChooser = choose_mapping_to_save):
        super().__init__(parent)
        self.desk, self.lang = desk, lang
        self.file_chooser = file_chooser
        self.mapping_loader, self.mapping_saver = mapping_loader, mapping_saver
        self.kind: RecordKind = DISPUTES
        self.table: Table | None = None
        self.columns: list[ColumnMap] = []
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(tr("Import spreadsheet"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.report_page = ReportPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.report_page):
            self.addPage(page)
        self.resize(1000, 640)

    def read(self, path: Path, kind: RecordKind, sheet: str | None) -> bool:
        """Read the file (in the worker thread) and match its columns; False when it
        could not be read (an ``OfficerDeskError`` is raised to the page to show)."""

        def work(desk: Desk, progress, cancel) -> Table | OfficerDeskError:
            try:
                return read_table(path, header_test(kind), sheet=sheet)
            except OfficerDeskError as e:  # shown on the page, not in a message box
                return e

        result = worker.run_with_progress(self, tr("Reading the sheet…"), work,
                                          path=self.desk.path, actor=self.desk.actor)
        if isinstance(result, OfficerDeskError):
            raise result
        if result is None:
            return False
        self.kind, self.table = kind, result
        self.columns = auto_map(kind, result.columns)
        return True

    def make_plan(self) -> ImportPlan | None:
        kind, table, columns = self.kind, self.table, self.columns
        assert table is not None

        def work(desk: Desk, progress, cancel) -> ImportPlan:
            return build_plan(desk, kind, table, columns)

        return worker.run_with_progress(self, tr("Checking the sheet…"), work,
                                        path=self.desk.path, actor=self.desk.actor)

    def run(self, *, skip_invalid: bool) -> ImportReport | None:
        plan, lang = self.plan, self.lang
        assert plan is not None

        def work(desk: Desk, progress, cancel) -> ImportReport:
            return run_import(desk, plan, skip_invalid=skip_invalid, progress=progress,
                              cancel=cancel, lang=lang)

        self.report = worker.run_with_progress(self, tr("Importing…"), work,
                                               path=self.desk.path, actor=self.desk.actor)
        return self.report
