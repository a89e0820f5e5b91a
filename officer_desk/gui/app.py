"""Starting the window: the Qt application, the Korean font, the database."""

from __future__ import annotations

import locale
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from officer_desk import settings as user_settings
from officer_desk.domain.errors import DatabaseInUse, OfficerDeskError
from officer_desk.gui import crash
from officer_desk.gui.backup_timer import install_backup_timer
from officer_desk.gui.collector import collect_on_gui_thread
from officer_desk.gui.main_window import MainWindow
from officer_desk.gui.restore_dialog import restore_desk
from officer_desk.gui.texts import problem_text, tr, use_language
from officer_desk.services.desk import Desk, open_desk

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The one QApplication of the process (made on first use)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("OfficerDesk")
    app.setApplicationName("Officer Desk")
    collect_on_gui_thread(app)
    return app  # type: ignore[return-value]


def use_korean_font(app: QApplication, setting: str | None = None) -> str | None:
    """Register the resolved Korean TrueType font and make it the window's font.

    ``setting`` is the user's font setting (a file or folder; None or empty: found
    automatically). Returns the family, or None (with a logged reason) when none could be found: Qt
    then falls back on the system's fonts, which may lack Hangul.
    """
    from officer_desk.fonts import FontProblem, resolve_korean_font

    try:
        font = resolve_korean_font(setting or None)
    except FontProblem as e:
        log.warning("no Korean font: %s", e)
        return None
    font_id = QFontDatabase.addApplicationFont(str(font.regular))
    if font.bold is not None:
        QFontDatabase.addApplicationFont(str(font.bold))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("Qt could not load %s", font.regular)
        return None
    base = app.font()
    app.setFont(QFont(families[0], base.pointSize()))
    return families[0]


def default_language() -> str:
    language = (locale.getlocale()[0] or "").lower()
    return "ko" if language.startswith("ko") else "en"


def window_language(lang: str | None, setting: str | None) -> str:
    """The explicit choice, else the setting, else the system's language."""
    return lang or setting or default_language()


def open_or_offer_read_only(path: Path, actor: str | None) -> Desk | None:
    """Open the database; when another program has it open for writing, say who and
    offer to open it read-only (None: the person declined)."""
    try:
        return open_desk(path, actor=actor)
    except DatabaseInUse as e:
        answer = QMessageBox.question(
            None, "Officer Desk", f"{problem_text(e)}\n\n{tr('Open it read-only?')}")
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return open_desk(path, actor=actor, readonly=True)


def run(path: str | Path | None = None, *, actor: str | None = None,
        lang: str | None = None) -> int:
    """Open the window on the database at ``path``; returns the exit status.

    Without ``path``: the database in the settings, or (none chosen yet) the first-start
    dialog, whose Cancel ends the program (status 0) having created nothing.
    """
    app = application()
    crash.install()
    settings = user_settings.load()
    if settings.problem:
        log.warning("%s", settings.problem)
    language = window_language(lang, settings.language)
    use_language(language)
    use_korean_font(app, settings.korean_font)
    if path is None:
        path = settings.database_path()
    if path is None:
        from officer_desk.gui.first_start import FirstStartDialog  # only on a first start

        dialog = FirstStartDialog(language, actor=actor)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        path = dialog.path
        dialog.deleteLater()
        if not accepted or path is None:
            return 0
    try:
        opened = open_or_offer_read_only(Path(path), actor)
    except OfficerDeskError as e:
        QMessageBox.critical(None, "Officer Desk", problem_text(e))
        return 1
    if opened is None:
        return 1
    desk = opened
    windows: list[MainWindow] = []

    def restore(backup: str, language: str) -> None:
        """A backup was chosen (File → Restore from backup…): close the desk, restore,
        and rebuild the window on the restored file, like a language change."""
        nonlocal desk
        desk = restore_desk(desk, Path(backup), windows[-1] if windows else None)
        open_window(language)

    def open_window(language: str) -> None:
        """(Re)build the window in ``language``: a language change rebuilds it."""
        old = windows[-1] if windows else None
        window = MainWindow(desk, language)
        window.languageChosen.connect(
            lambda setting: QTimer.singleShot(0, lambda: open_window(
                window_language(None, setting))))
        window.backup_actions.restoreChosen.connect(
            lambda backup: QTimer.singleShot(0, lambda: restore(backup, language)))
        if not desk.readonly:
            install_backup_timer(window)
        if old is not None:
            window.restoreGeometry(old.saveGeometry())
            window.nav.setCurrentRow(old.nav.currentRow())
        window.show()
        windows.append(window)
        if old is not None:
            old.close()
            old.deleteLater()
            windows.remove(old)

    open_window(language)
    try:
        return app.exec()
    finally:
        # Qt's objects go before Python's: left to the interpreter's shutdown, PySide6
        # can crash while collecting them
        for window in windows:
            window.deleteLater()
        windows.clear()
        # after exec() no event loop runs deferred deletes: run them now
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        desk.close()
