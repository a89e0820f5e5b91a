"""Sync in the window: create a package, and the merge wizard.

Writing and merging packages run in the worker thread (``gui.worker``) on their own
desk; reading a package's signer and trusting a key are small and run here.
The "Sync" menu that opens them is ``sync_menu.install_sync_menu``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.gui import messages, worker
from officer_desk.gui.key_cards import TrustKeyDialog as TrustKeyDialog  # re-exported
from officer_desk.gui.key_cards import confirm_trust
from officer_desk.gui.tables import read_only_item, row_table
from officer_desk.gui.texts import N_, current_language, problem_text, tr
from officer_desk.services import sync as sync_service
from officer_desk.services.desk import Desk
from officer_desk.sync.keys import KeyInfo
from officer_desk.sync.merge import PackageReport
from officer_desk.sync.package import PackageInfo, package_key, trust_package_key

FolderChooser = Callable[[QWidget], "str | None"]
FilesChooser = Callable[[QWidget], "list[str]"]
TrustConfirm = Callable[[QWidget, KeyInfo], bool]


def choose_folder(parent: QWidget) -> str | None:
    return QFileDialog.getExistingDirectory(parent, tr("Folder for the package")) or None


def choose_files(parent: QWidget) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(parent, tr("Packages to merge"), "",
                                            tr("Officer Desk packages (*.odpkg);;All files (*)"))
    return files


# -- create a package -------------------------------------------------------------------


class CreatePackageDialog(QDialog):
    """Write a package of this database into a chosen folder (in the worker thread)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 folder_chooser: FolderChooser = choose_folder):
        super().__init__(parent)
        self.desk, self.folder_chooser = desk, folder_chooser
        self.info: PackageInfo | None = None
        self.setWindowTitle(tr("Create sync package"))

        self.folder = QLineEdit()
        self.folder.setPlaceholderText(tr("Choose a folder…"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.whole = QRadioButton(tr("Whole database"))
        self.since_last = QRadioButton(tr("Changes since the last package"))
        self.whole.setChecked(True)
        self.plain = QCheckBox(tr("Signed only, not encrypted: anyone who finds the file "
                                  "can read it"))
        self.post_boxes: dict[str, QCheckBox] = {}
        self.result = QLabel()
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setWordWrap(True)

        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(tr("Folder")))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.whole)
        layout.addWidget(self.since_last)
        if desk.is_hq:
            group = QGroupBox(tr("Include the records of these posts"))
            box = QVBoxLayout(group)
            for code in desk.post_codes():
                if code == desk.home_post:
                    continue
                check = QCheckBox(code)
                self.post_boxes[code] = check
                box.addWidget(check)
            layout.addWidget(group)
        layout.addWidget(self.plain)
        layout.addWidget(self.result)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = self.buttons.addButton(
            tr("Create"), QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.clicked.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        folder = self.folder_chooser(self)
        if folder:
            self.folder.setText(folder)

    def create(self) -> PackageInfo | None:
        folder = self.folder.text().strip()
        if not folder:
            self._browse()
            folder = self.folder.text().strip()
            if not folder:
                return None
        if not Path(folder).is_dir():
            messages.show_problem(self, tr("Create sync package"),
                                tr("The folder {folder} does not exist.").format(folder=folder))
            return None
        since_last = self.since_last.isChecked()
        posts = tuple(code for code, box in self.post_boxes.items() if box.isChecked())
        plain = self.plain.isChecked()

        def work(desk: Desk, progress, cancel) -> PackageInfo:
            return sync_service.make_package(desk, folder, since_last=since_last,
                                             include_posts=posts, progress=progress,
                                             cancel=cancel, plain=plain)

        info = worker.run_with_progress(self, tr("Writing the package…"), work,
                                        path=self.desk.path, actor=self.desk.actor)
        if info is None:
            return None
        self.info = info
        self.result.setText(tr(
            "Written: {file}\nRecords: {count}\nSigned with key: {fingerprint}"
        ).format(file=info.path.name, count=f"{sum(info.counts.values()):,}",
                 fingerprint=info.manifest.get("fingerprint", ""))
            + "\n" + (tr("Encrypted for: {readers}").format(readers=", ".join(
                f"{k.post} {k.installation[:8]}" for k in info.readers)) if info.readers
                else tr("Not encrypted: anyone who finds the file can read it.")))
        return info


# -- the merge wizard -------------------------------------------------------------------


class FilesPage(QWizardPage):
    def __init__(self, wizard: MergeWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Choose packages"))
        self.list = QListWidget()
        add = QPushButton(tr("Add files…"))
        remove = QPushButton(tr("Remove"))
        add.clicked.connect(self.add_files)
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def add_files(self, files: Sequence[str] | None = None) -> None:
        if not files:
            files = self.w.files_chooser(self)
        known = set(self.paths())
        for f in files:
            if f not in known:
                self.list.addItem(str(f))
                known.add(f)
        self.completeChanged.emit()

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.completeChanged.emit()

    def paths(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def isComplete(self) -> bool:
        return self.list.count() > 0


class VerifyPage(QWizardPage):
    HEADERS = (N_("File"), N_("Post"), N_("Officer"), N_("Signer fingerprint"), N_("Key"), "")
    #: a signer's key (sync.keys)
    KEY_STATUSES = (N_("trusted"), N_("revoked"), N_("unknown"), N_("changed"), N_("own"),
                    N_("other post"))

    def __init__(self, wizard: MergeWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Verify signatures and keys"))
        self.setSubTitle(tr("A package signed by an unknown key is refused until you "
                            "trust the key."))
        self.table = row_table([tr(h) for h in self.HEADERS])
        self.keys: dict[str, KeyInfo | str] = {}  # path -> key, or the problem
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        paths = self.w.paths()
        self.table.setRowCount(len(paths))
        self.keys.clear()
        for row, path in enumerate(paths):
            self.table.setItem(row, 0, read_only_item(Path(path).name))
            try:
                key: KeyInfo | str = package_key(path, self.w.desk)
            except OfficerDeskError as e:
                key = problem_text(e)
            except OSError as e:
                key = tr("cannot read the file: {error}").format(error=problem_text(e))
            self.keys[path] = key
            self.table.removeCellWidget(row, 5)
            if isinstance(key, str):
                for col in (1, 2, 3):
                    self.table.setItem(row, col, read_only_item(""))
                self.table.setItem(row, 4, read_only_item(tr("refused") + ": " + key))
                continue
            self.table.setItem(row, 1, read_only_item(key.post))
            self.table.setItem(row, 2, read_only_item(key.officer))
            self.table.setItem(row, 3, read_only_item(key.fingerprint))
            self.table.setItem(row, 4, read_only_item(tr(key.status)))
            if key.status in ("unknown", "changed"):
                button = QPushButton(tr("Trust this key"))
                button.clicked.connect(lambda _=False, p=path: self.trust(p))
                self.table.setCellWidget(row, 5, button)
            else:
                self.table.setItem(row, 5, read_only_item(""))
        self.table.resizeColumnsToContents()

    def trust_button(self, row: int) -> QPushButton | None:
        widget = self.table.cellWidget(row, 5)
        return widget if isinstance(widget, QPushButton) else None

    def trust(self, path: str) -> None:
        key = self.keys.get(path)
        if not isinstance(key, KeyInfo) or not self.w.trust_confirm(self, key):
            return
        try:
            trust_package_key(self.w.desk, path, self.w.desk.actor)
        except OfficerDeskError as e:
            messages.show_problem(self, tr("Trust this key"), problem_text(e))
        self.refresh()


# "Added records", not "Added": that one is an attachment's date
REPORT_HEADERS = (N_("File"), N_("Post"), N_("Outcome"), N_("Added records"), N_("Updated"),
                  N_("Unchanged"), N_("Deleted"), N_("Conflicts"), N_("Reason"))
#: a package's outcome (sync.merge)
OUTCOMES = (N_("merged"), N_("already merged"), N_("checked"), N_("refused"))


def fill_report_table(table: QTableWidget, reports: Sequence[PackageReport]) -> None:
    table.setRowCount(len(reports))
    korean = current_language() == "ko"
    for row, r in enumerate(reports):
        reason = (r.reason_ko if korean and r.reason_ko else r.reason) or ""
        refused = r.refused_rows_ko if korean and r.refused_rows_ko else r.refused_rows
        if refused:
            reason = "; ".join(filter(None, [reason, *refused[:5]]))
        if r.encrypted is False:
            reason = "; ".join(filter(None, [
                tr("Not encrypted (signed only): anyone who had the file could read it."),
                reason]))
        values = [Path(r.file).name, r.post, tr(r.outcome), r.added, r.updated, r.unchanged,
                  r.deleted, r.conflicts, reason]
        for col, value in enumerate(values):
            table.setItem(row, col, read_only_item(value, align_right=isinstance(value, int)))
    table.resizeColumnsToContents()


class PreviewPage(QWizardPage):
    def __init__(self, wizard: MergeWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Preview"))
        self.setSubTitle(tr("What merging would do; nothing has been changed yet."))
        self.table = row_table([tr(h) for h in REPORT_HEADERS])
        self.reports: list[PackageReport] = []
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Merge"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        self.reports = self.w.run_merge(dry_run=True) or []
        fill_report_table(self.table, self.reports)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return any(r.outcome == "checked" for r in self.reports)


class ReportPage(QWizardPage):
    def __init__(self, wizard: MergeWizard):
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Merge report"))
        self.table = row_table([tr(h) for h in REPORT_HEADERS])
        self.summary = QLabel()
        self.reports: list[PackageReport] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        self.reports = self.w.run_merge(dry_run=False) or []
        fill_report_table(self.table, self.reports)
        merged = sum(r.outcome == "merged" for r in self.reports)
        self.summary.setText(tr("{merged} of {total} packages merged.").format(
            merged=merged, total=len(self.reports)))
        if merged:
            self.w.merged.emit()


class MergeWizard(QWizard):
    """Choose files → verify signers and keys → preview → merge → report."""

    merged = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 files_chooser: FilesChooser = choose_files,
                 trust_confirm: TrustConfirm = confirm_trust):
        super().__init__(parent)
        self.desk, self.files_chooser, self.trust_confirm = desk, files_chooser, trust_confirm
        self.setWindowTitle(tr("Merge packages"))
        self.files_page = FilesPage(self)
        self.verify_page = VerifyPage(self)
        self.preview_page = PreviewPage(self)
        self.report_page = ReportPage(self)
        for page in (self.files_page, self.verify_page, self.preview_page, self.report_page):
            self.addPage(page)
        # Qt's own button texts stay English without Qt's translations: say them here
        for button, text in ((QWizard.WizardButton.BackButton, tr("< &Back")),
                             (QWizard.WizardButton.NextButton, tr("&Next >")),
                             (QWizard.WizardButton.CancelButton, tr("Cancel")),
                             (QWizard.WizardButton.FinishButton, tr("&Finish"))):
            self.setButtonText(button, text)
        self.resize(900, 500)

    def paths(self) -> list[str]:
        return self.files_page.paths()

    def run_merge(self, *, dry_run: bool) -> list[PackageReport] | None:
        paths = self.paths()

        def work(desk: Desk, progress, cancel) -> list[PackageReport]:
            return sync_service.merge(desk, paths, dry_run=dry_run, progress=progress,
                                      cancel=cancel)

        title = tr("Checking the packages…") if dry_run else tr("Merging the packages…")
        return worker.run_with_progress(self, title, work, path=self.desk.path,
                                        actor=self.desk.actor)
