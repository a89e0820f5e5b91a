"""The import wizard's first page: which file, which sheet, which kind of records; and
the file dialogs the wizard opens (replaced in tests)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizardPage,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import RecordKind
from officer_desk.gui.texts import tr
from officer_desk.importing.mapping import IMPORT_KINDS
from officer_desk.importing.readers import sheet_names

FileChooser = Callable[[QWidget], "str | None"]


class Wizard(Protocol):
    """What the file page needs of the wizard (the wizard is not imported here: it
    imports the pages)."""

    lang: str
    file_chooser: FileChooser

    def read(self, path: Path, kind: RecordKind, sheet: str | None) -> bool: ...


def choose_sheet(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Spreadsheet to import"), "",
                                          tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt *.tsv);;"
                                             "All files (*)"))
    return path or None


def choose_mapping_to_load(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Load mapping"), "",
                                          tr("Mapping files (*.json);;All files (*)"))
    return path or None


def choose_mapping_to_save(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save mapping"), "",
                                          tr("Mapping files (*.json);;All files (*)"))
    return path or None


class FilePage(QWizardPage):
    """Which file, which sheet, and what its rows are."""

    def __init__(self, wizard: Wizard):
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
                self.problem.setText(e.message(self.w.lang))
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
            self.problem.setText(e.message(self.w.lang))
            return False
