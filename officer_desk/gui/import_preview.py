"""The import wizard's last two pages: what importing would do row by row (problems in
red, notes in yellow), and the report of what it did."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from officer_desk.gui.import_cells import cell_item
from officer_desk.gui.tables import plain_tip
from officer_desk.gui.texts import N_, tr
from officer_desk.importing.plan import ImportPlan, PlanRow, Problem
from officer_desk.importing.run import ImportReport


class Wizard(Protocol):
    """What the preview and report pages need of the wizard (the wizard is not imported
    here: it imports the pages)."""

    lang: str
    plan: ImportPlan | None
    preview_page: Any
    imported: Any  # the wizard's Signal

    def make_plan(self) -> ImportPlan | None: ...

    def run(self, *, skip_invalid: bool) -> ImportReport | None: ...

#: Rows shown in the preview (every problem is listed below it whatever the size).
PREVIEW_ROWS = 2000
REJECTED = QColor("#f8d0d0")
NOTE = QColor("#fff2c0")
#: A cell's tooltip as text (the reasons said of it), before ``plain_tip``.
TIP_ROLE = Qt.ItemDataRole.UserRole + 1

#: what the import does with a row (importing.plan.ACTIONS)
ROW_ACTIONS = (N_("create"), N_("update"), N_("unchanged"), N_("deleted"), N_("rejected"))


class PreviewPage(QWizardPage):
    """What importing would do, row by row, with the problems in red."""

    def __init__(self, wizard: Wizard):
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
        self.table.setItem(index, 0, cell_item(row.number))
        self.table.setItem(index, 1, cell_item(tr(row.action)))
        for column, cell in enumerate(row.source.cells):
            self.table.setItem(index, column + 2, cell_item(cell.formula if cell.value is None
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
                tip = item.data(TIP_ROLE)  # what the tooltip says so far, as text
                text = problem.text(self.w.lang)
                said = f"{tip}\n{text}" if tip else text
                item.setData(TIP_ROLE, said)
                item.setToolTip(plain_tip(said))

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
    def __init__(self, wizard: Wizard):
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
