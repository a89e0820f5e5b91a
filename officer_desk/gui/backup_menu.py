"""File → Back up now and File → Restore from backup…, in every window on a case log.

The actions are made with the window; what they need (the backups service, the restore
dialog) is imported when one is chosen, not while the window opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction

from officer_desk.gui import worker
from officer_desk.gui.file_menu import file_menu, put_first
from officer_desk.gui.texts import tr

if TYPE_CHECKING:
    from officer_desk.gui.restore_dialog import RestoreDialog
    from officer_desk.gui.window_base import DeskWindow


class BackupActions(QObject):
    """The File menu's backup actions of one window."""

    #: the person chose a backup to restore (its path): the window's owner restores it
    restoreChosen = Signal(str)

    def __init__(self, window: DeskWindow):
        super().__init__(window)
        self.window = window
        self.backup_action = QAction(tr("Back up now"), window)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(tr("Restore from backup…"), window)
        self.restore_action.triggered.connect(self.choose_backup)

    def back_up_now(self) -> Path | None:
        """A manual backup, in the worker thread; the status bar says where it went."""
        desk = self.window.desk
        from officer_desk.services import backups

        path = worker.run_with_progress(
            self.window, tr("Backing up…"), lambda d, _p, _c: backups.backup(d.path),
            path=desk.path, actor=desk.actor)
        if path is not None:
            self.window.statusBar().showMessage(
                tr("Backed up to {path}").format(path=path), 8000)
        return path

    def choose_backup(self) -> RestoreDialog | None:
        """The restore dialog, once every backup was checked (in the worker thread: each
        backup's every byte is read); None when the person cancelled the checking."""
        from officer_desk.gui.restore_dialog import RestoreDialog
        from officer_desk.services import backups

        desk = self.window.desk
        items = worker.run_with_progress(
            self.window, tr("Checking the backups…"),
            lambda d, progress, cancel: backups.list_backups(d.path, progress=progress,
                                                             cancel=cancel),
            path=desk.path, actor=desk.actor)
        if items is None:
            return None
        dialog = RestoreDialog(desk.path, self.window, items=items)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.restoreChosen.emit(str(dialog.chosen)))
        dialog.open()
        return dialog


def install_backup_menu(window: DeskWindow) -> BackupActions:
    """Add "Back up now" and "Restore from backup…" to the window's File menu."""
    actions = BackupActions(window)
    put_first(file_menu(window), actions.backup_action, actions.restore_action)
    window.backup_actions = actions  # type: ignore[attr-defined]
    return actions
