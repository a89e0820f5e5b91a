"""The import wizard's column mapping: a combo per column (the field it goes to, or
ignore it), and loading or saving the mapping as a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import RecordKind
from officer_desk.gui import messages
from officer_desk.gui.import_cells import cell_item
from officer_desk.gui.texts import N_, tr
from officer_desk.importing.mapping import (
    ColumnMap,
    auto_map,
    load_mapping,
    save_mapping,
    targets,
)
from officer_desk.importing.readers import Table


class Wizard(Protocol):
    """What the mapping page needs of the wizard (the wizard is not imported here: it
    imports the pages)."""

    lang: str
    kind: RecordKind
    table: Table | None
    columns: list[ColumnMap]
    mapping_loader: Callable[[QWidget], str | None]
    mapping_saver: Callable[[QWidget], str | None]


class MappingPage(QWizardPage):
    """A combo per column: the field it goes to, or ignore it."""

    HEADERS = (N_("Column"), N_("Header"), N_("Example"), N_("Field"))

    def __init__(self, wizard: Wizard):
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
            self.table.setItem(row, 0, cell_item(mapped.letter))
            self.table.setItem(row, 1, cell_item(mapped.header))
            self.table.setItem(row, 2, cell_item(example))
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
            messages.show_problem(self, tr("Load mapping"), e.message(self.w.lang))
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
            messages.show_problem(self, tr("Save mapping"), e.message(self.w.lang))
            return None

    def validatePage(self) -> bool:
        assert self.w.table is not None
        self.w.columns = auto_map(self.w.kind, self.w.table.columns, self.chosen())
        return True
