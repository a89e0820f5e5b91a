"""Import a spreadsheet in the window: file and sheet → mapping → preview → import → report.

The pages are in ``import_files`` (file, sheet, kind), ``import_mapping_page`` (columns)
and ``import_preview`` (preview and report); this module is the wizard that holds what
they share and runs the reading, checking and importing in the worker thread.

The wizard calls the same services as ``officer-desk import``: the file is read here
(``importing.readers``), the plan is made and the import written in the worker thread
(``gui.worker``) on the worker's own desk; ``run_import`` checks the plan again against
the database inside its transaction. ``gui.file_menu.install_import_menu`` adds "Import
spreadsheet…" to the File menu.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import DISPUTES, RecordKind
from officer_desk.gui import worker
from officer_desk.gui.import_files import (
    FileChooser,
    FilePage,
    choose_mapping_to_load,
    choose_mapping_to_save,
    choose_sheet,
)
from officer_desk.gui.import_mapping_page import MappingPage
from officer_desk.gui.import_preview import PreviewPage, ReportPage
from officer_desk.gui.texts import tr
from officer_desk.importing.mapping import ColumnMap, auto_map, header_test
from officer_desk.importing.plan import ImportPlan, build_plan
from officer_desk.importing.readers import Table, read_table
from officer_desk.importing.run import ImportReport, run_import
from officer_desk.services.desk import Desk


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
            # the preview, shown before Import, lists "read as CP949" among its notes
            return run_import(desk, plan, skip_invalid=skip_invalid, progress=progress,
                              cancel=cancel, lang=lang, cp949_seen=True)

        self.report = worker.run_with_progress(self, tr("Importing…"), work,
                                               path=self.desk.path, actor=self.desk.actor)
        return self.report
