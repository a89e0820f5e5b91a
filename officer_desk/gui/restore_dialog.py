"""File → Restore from backup…: the dialog, and the restore itself.

``RestoreDialog`` lists the database's backups (time, reason, records, size), shows for
the one chosen what a restore would change (``restore_comparison``: each kind's records
and latest change now and in the backup, the records the backup lacks) and, after the
person confirms, returns it. Restoring replaces the file under the open
window, so the window cannot do it alone: the File menu's ``BackupActions``
(``backup_menu``) asks whoever opened the window (the session) to close the desk,
restore (``restore_desk``) and open a new window on the restored file, the way a
language change rebuilds the window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.kinds import KINDS_BY_NAME
from officer_desk.gui import messages
from officer_desk.gui.restore_comparison import ComparisonView, holdings_text
from officer_desk.gui.texts import N_, current_language, problem_text, tr
from officer_desk.services import backups, restore_compare
from officer_desk.services import restore as restore_service
from officer_desk.services.desk import Desk, open_desk

if TYPE_CHECKING:
    pass

REASONS = {
    "start": N_("When opened"),
    "daily": N_("Daily"),
    "migration": N_("Before an upgrade"),
    "merge": N_("Before a merge"),
    "import": N_("Before an import"),
    "before-restore": N_("Before a restore"),
    "before-encrypt": N_("Before encrypting"),
    "before-decrypt": N_("Before decrypting"),
    "before-passphrase": N_("Before a passphrase change"),
    "manual": N_("Made by hand"),
}

Confirm = Callable[[QWidget, str], bool]


def ask(parent: QWidget, text: str) -> bool:
    """Yes or no (tests replace this)."""
    answer = QMessageBox.question(parent, tr("Restore from backup"), text)
    return answer == QMessageBox.StandardButton.Yes


def reason_label(reason: str) -> str:
    return tr(REASONS.get(reason, reason))


def local_time(info: backups.BackupInfo) -> str:
    return info.time.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def counts_text(counts: dict[str, int]) -> str:
    lang = current_language()
    parts = [f"{KINDS_BY_NAME[name].label(lang)} {n:,}" for name, n in counts.items()
             if n and name in KINDS_BY_NAME]
    return ", ".join(parts) or tr("no records")


def size_text(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "B" else f"{size:,.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


def checked_text(info: backups.BackupInfo) -> str:
    if info.other_passphrase:
        return tr("Other passphrase")
    if info.issue is not None:
        return tr("Damaged")
    return tr("Verified") if info.verified else tr("Unverified")


def checked_tip(info: backups.BackupInfo) -> str:
    if info.other_passphrase:
        return tr("This backup does not open with the case log's passphrase: it was made "
                  "before the passphrase was changed, and opens with the passphrase of "
                  "then. The window cannot restore it; officer-desk restore can (it asks "
                  "that passphrase, and the restored log then opens with it).")
    if info.issue is not None:
        return problem_text(info.issue)
    if info.verified:
        return tr("The file is exactly what was written: it matches its manifest (size, "
                  "checksum, post and record counts).")
    return tr("Made by an earlier version, without a manifest: only SQLite's integrity "
              "check vouches for it.")


class RestoreDialog(QDialog):
    """The backups of one database; ``chosen`` is set when the person confirmed one."""

    COLUMNS = (N_("Time"), N_("Reason"), N_("Records"), N_("Size"), N_("Checked"),
               N_("Holds"))

    def __init__(self, db_path: Path, parent: QWidget | None = None, *,
                 confirm: Confirm = ask, items: list[backups.BackupInfo] | None = None):
        super().__init__(parent)
        self.db_path, self.confirm = Path(db_path), confirm
        self.chosen: Path | None = None
        self.setWindowTitle(tr("Restore from backup"))
        self.items = backups.list_backups(self.db_path) if items is None else items
        intro = QLabel(tr(
            "Choose a backup to put in place of {name}. The file as it is now is backed "
            "up first, so a restore can be undone; the window reopens on the restored "
            "file.").format(name=self.db_path.name))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.items), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, info in enumerate(self.items):
            cells = (local_time(info), reason_label(info.reason),
                     f"{info.total:,}" if not info.problem else "—",
                     size_text(info.size), checked_text(info),
                     problem_text(info.issue) if info.issue else counts_text(info.counts))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(checked_tip(info) if column == 4 else str(info.path))
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(tr("There are no backups of this database yet."))
        self.empty.setVisible(not self.items)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.restore_button = self.buttons.addButton(
            tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.comparison = ComparisonView(self.db_path, self)
        # the comparison keeps the last compared backup decompressed for the restore
        self.rejected.connect(self.comparison.release)
        self.comparison.setVisible(bool(self.items))
        layout.addWidget(self.comparison)
        layout.addWidget(self.buttons)
        self.resize(860, 680)

    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        info = self.selected()
        usable = info is not None and info.problem is None
        self.restore_button.setEnabled(usable)
        self.comparison.show_backup(info.path if usable and info is not None else None)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or info.problem is not None or self.comparison.busy:
            return  # busy: asked once the comparison shows, not before
        text = tr(
            "Replace {name} with the backup of {time} ({reason}, {records} records)? "
            "Changes made since then are set aside in a backup of the current file."
        ).format(name=self.db_path.name, time=local_time(info),
                 reason=reason_label(info.reason), records=f"{info.total:,}")
        compared = self.comparison.show_backup(info.path)
        if compared is not None:
            text += "\n\n" + self.comparison.summary.text()
        if not info.verified:
            text += "\n\n" + tr("This backup is unverified: it was made by an earlier "
                                "version, without a manifest, so only SQLite's integrity "
                                "check vouches for it.")
        other = restore_service.other_post(self.db_path, info.post)
        if other is not None:
            text += "\n\n" + tr("Warning: {problem}").format(problem=problem_text(other))
        if self.confirm(self, text):
            self.chosen = info.path
            self.accept()


def restore_desk(desk: Desk, backup: Path, parent: QWidget | None = None, *,
                 force: bool = True) -> Desk:
    """Close ``desk``, put ``backup`` in its place and open the restored file.

    ``force``: the person already confirmed a backup of another post or HQ (the
    dialog's question names it), so it is not refused again here.
    When the restore is refused (the backup is damaged, the file is in use elsewhere),
    the problem is shown and the database is opened again as it was. After a restore
    the person is told what the file now holds (read back from it) and where the file
    as it was is kept, as the command line says.
    """
    path, actor, readonly = desk.path, desk.actor, desk.readonly
    desk.close()
    try:
        report = _restore_in_background(parent, path, backup, force=force)
    except OfficerDeskError as e:
        messages.show_problem(parent, tr("Restore from backup"), problem_text(e))
        return open_desk(path, actor=actor, readonly=readonly)
    restored = open_desk(path, actor=actor, readonly=readonly)
    messages.tell(parent, tr("Restore from backup"), restored_text(report))
    return restored


def _restore_in_background(parent: QWidget | None, path: Path, backup: Path, *,
                           force: bool) -> restore_service.RestoreReport:
    """``restore_service.restore`` in a thread of its own, the window painting meanwhile
    behind a progress box that holds its input (the desk is closed): on a large log it
    takes seconds (the backup checked, the file as it is backed up first). It cannot be
    cancelled: the restore is one step that either completes or leaves the file as it
    was (``restore_service.restore``)."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["report"] = restore_service.restore(path, backup, force=force)
        except BaseException as e:  # raised in the GUI thread below
            outcome["error"] = e

    thread = threading.Thread(target=run, name="restore")
    box = QProgressDialog(tr("Restoring from the backup…"), "", 0, 0, parent)
    box.setWindowTitle(tr("Restore from backup"))
    box.setCancelButton(None)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setMinimumDuration(0)
    loop = QEventLoop()
    poll = QTimer(interval=50)
    poll.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    thread.start()
    box.show()
    poll.start()
    if thread.is_alive():
        loop.exec()
    poll.stop()
    thread.join()
    box.hide()
    box.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["report"]


def restored_text(report: restore_service.RestoreReport) -> str:
    """What the restored file now holds, and where the file as it was is kept."""
    try:
        holds = holdings_text(restore_compare.file_holdings(report.db_path))
    except OfficerDeskError as e:
        holds = problem_text(e)
    text = tr("{name} was restored from {backup}. It now holds: {holds}.").format(
        name=report.db_path.name, backup=report.restored_from.name, holds=holds)
    if report.safety_backup is not None:
        text += "\n\n" + tr("The file as it was before the restore is kept in {path}."
                             ).format(path=report.safety_backup)
    return text
