"""Which case log is open, and the window on it.

The session opens case logs (File → New case log…, Open…, Open recent, the welcome
screen), shows a ``MainWindow`` on the open one or the ``WelcomeWindow`` when none is,
and rebuilds the window after a language change or a restore. Opening is tried before
anything is closed: a file that cannot be opened (missing, empty, not a case log,
another program's database …) is said in the window's bar, and what was open stays.
A file another Officer Desk has open for writing is offered read-only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from officer_desk import settings as user_settings
from officer_desk.domain.errors import DatabaseInUse, OfficerDeskError
from officer_desk.gui.backup_timer import install_backup_timer
from officer_desk.gui.file_actions import choose_case_log, install_case_log_menu
from officer_desk.gui.texts import problem_text, tr
from officer_desk.gui.window_base import DeskWindow
from officer_desk.services.desk import Desk, open_desk
from officer_desk.storage import cipher

if TYPE_CHECKING:  # imported when first shown: neither window waits for the other
    from officer_desk.gui.main_window import MainWindow
    from officer_desk.gui.welcome import WelcomeWindow


def open_or_offer_read_only(path: Path, actor: str | None,
                            parent: QWidget | None = None) -> Desk | None:
    """Open the database; when another program has it open for writing, say who and
    offer to open it read-only (None: the person declined). An encrypted file's
    passphrase is asked first (``gui.passphrase_dialog``; None: cancelled)."""
    if cipher.is_encrypted_file(Path(path)):  # the dialog's module only when needed
        from officer_desk.gui.passphrase_dialog import unlock

        if not unlock(path, parent):
            return None
    try:
        return open_desk(path, actor=actor)
    except DatabaseInUse as e:
        from PySide6.QtWidgets import QMessageBox  # naming it makes the class: when asked

        answer = QMessageBox.question(
            parent, "Officer Desk", f"{problem_text(e)}\n\n{tr('Open it read-only?')}")
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return open_desk(path, actor=actor, readonly=True)


class Session(QObject):
    """The open case log (``desk``, None on the welcome screen) and its ``window``."""

    def __init__(self, lang: str, *, actor: str | None = None) -> None:
        super().__init__()
        self.lang, self.actor = lang, actor
        self.desk: Desk | None = None
        self.window: QMainWindow | None = None
        #: ``choose_file(parent, caption) -> path or ""`` (tests replace it)
        self.choose_file = choose_case_log
        #: language setting chosen in Settings, to follow (see ``app.run``)
        self.language_for = lambda setting: setting or lang

    # -- starting -------------------------------------------------------------------------

    def start(self, path: str | Path | None = None) -> None:
        """Open ``path``, else the case log opened last; the welcome screen when it
        cannot be opened (with the reason) or when files were opened before but none is
        the one to open (they are listed there).

        The very first start (nothing chosen, nothing opened yet) opens the demo
        database, made where there is none: the program shows what it does on made-up
        records at once, as ``officer-desk`` does without a screen, and the demo's bar
        says how to start a case log of one's own. The demo is not remembered, so the
        next start does the same until a case log is made or opened."""
        if path is not None:
            self.open_path(path, remember_as_default=False)
            return
        remembered = user_settings.load().database_path()
        if remembered is not None:
            self.open_path(remembered)
        elif (self._recent() or not self.open_demo(None)) and self.window is None:
            self.show_welcome()  # files to choose from, or no demo (cancelled, refused)

    # -- what the File menu and the welcome screen ask -----------------------------------------

    def new_case_log(self, parent: QWidget) -> bool:
        from officer_desk.gui.first_start import FirstStartDialog

        dialog = FirstStartDialog(self.lang, parent, actor=self.actor,
                                  first=self.desk is None and not self._recent())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        path, choice = dialog.path, dialog.choice
        dialog.deleteLater()
        if not accepted or path is None:
            return False
        return self.open_path(path, parent, remember=choice != "demo")

    def choose_and_open(self, parent: QWidget) -> bool:
        chosen = self.choose_file(parent, tr("Open a case log"))
        return bool(chosen) and self.open_path(Path(chosen), parent)

    def open_demo(self, parent: QWidget | None) -> bool:
        from officer_desk.gui.first_start import ensure_demo_database

        path, problem = ensure_demo_database(parent, self.actor)
        if path is None:
            if problem:
                self.show_problem(problem)
            return False
        return self.open_path(path, parent, remember=False)

    def open_path(self, path: str | Path, parent: QWidget | None = None, *,
                  remember: bool = True, remember_as_default: bool = True) -> bool:
        """Open ``path`` in place of what is open; False (the reason in the window's
        bar, what was open still open) when it cannot be opened or the person declined.

        Opened, it goes first in the recent files (``remember``) and, unless
        ``remember_as_default`` is false, is the case log the next start opens.
        """
        path = Path(path).expanduser()
        try:
            desk = open_or_offer_read_only(path, self.actor, parent or self.window)
        except OfficerDeskError as e:
            self.show_problem(tr("{name} was not opened: {problem}").format(
                name=path.name, problem=problem_text(e)))
            return False
        if desk is None:
            return False
        self._show_desk(desk)
        if remember:
            self._remember(path, as_default=remember_as_default)
        return True

    # -- windows ------------------------------------------------------------------------------

    def show_problem(self, text: str) -> None:
        """Say ``text`` in the bar of the window shown (the welcome screen if none is)."""
        if self.window is None:
            self.show_welcome()
        self.window.show_problem(text)  # type: ignore[union-attr]

    def show_welcome(self) -> WelcomeWindow:
        from officer_desk.gui.welcome import WelcomeWindow

        window = WelcomeWindow(self, self.lang, open_demo=self.open_demo)
        self._replace_window(window, desk=None)
        return window

    def rebuild(self, lang: str | None = None) -> None:
        """The window again on the same case log (a language change, a restore)."""
        if lang is not None:
            self.lang = lang
        if self.desk is None:
            self.show_welcome()
        else:
            self._show_desk(self.desk)

    def _show_desk(self, desk: Desk) -> MainWindow:
        from officer_desk.gui import main_window

        window = main_window.MainWindow(desk, self.lang)
        install_case_log_menu(window, self)
        window.offer_demo(self.open_demo)
        window.languageChosen.connect(lambda setting: QTimer.singleShot(
            0, lambda: self.rebuild(self.language_for(setting))))
        window.backup_actions.restoreChosen.connect(
            lambda backup: QTimer.singleShot(0, lambda: self.restore(backup)))
        if not desk.readonly:
            install_backup_timer(window)
        self._replace_window(window, desk=desk)
        return window

    def _replace_window(self, window: QMainWindow, *, desk: Desk | None) -> None:
        """Show ``window`` first (closing the last window would end the program), then
        close the old one, and the old desk unless the new window uses it too."""
        old_window, old_desk = self.window, self.desk
        if isinstance(old_window, type(window)):
            window.restoreGeometry(old_window.saveGeometry())
            if isinstance(window, DeskWindow) and old_desk is desk:
                window.nav.setCurrentRow(old_window.nav.currentRow())  # type: ignore[union-attr]
        self.window, self.desk = window, desk
        window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_desk is not None and old_desk is not desk and not old_desk.closed:
            old_desk.close()

    def restore(self, backup: str) -> None:
        """File → Restore from backup…: close the desk, restore, and reopen the window
        on the restored file."""
        from officer_desk.gui.restore_dialog import restore_desk

        if self.desk is None:
            return
        self.desk = restore_desk(self.desk, Path(backup), self.window)
        self._show_desk(self.desk)

    def close(self) -> None:
        """The program ends: the window goes, then the desk."""
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        if self.desk is not None and not self.desk.closed:
            self.desk.close()
        self.desk = None

    # -- remembering -----------------------------------------------------------------------------

    def _recent(self) -> list[str]:
        return user_settings.load().recent_databases

    def _remember(self, path: Path, *, as_default: bool) -> None:
        try:
            user_settings.remember_opened(path, as_default=as_default)
        except (OSError, ValueError) as e:  # the settings file cannot be written
            if self.window is not None and hasattr(self.window, "statusBar"):
                self.window.statusBar().showMessage(problem_text(e), 8000)
