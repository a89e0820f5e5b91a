"""Starting the window: the Qt application, the Korean font, the database."""

from __future__ import annotations

import locale
import logging
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.gui import crash
from officer_desk.gui.main_window import MainWindow
from officer_desk.services.desk import open_desk

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The one QApplication of the process (made on first use)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("OfficerDesk")
    app.setApplicationName("Officer Desk")
    return app  # type: ignore[return-value]


def use_korean_font(app: QApplication) -> str | None:
    """Register the resolved Korean TrueType font and make it the window's font.

    Returns the family, or None (with a logged reason) when none could be found: Qt
    then falls back on the system's fonts, which may lack Hangul.
    """
    from officer_desk.fonts import FontProblem, resolve_korean_font

    try:
        font = resolve_korean_font()
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


def run(path: str | Path, *, actor: str | None = None, lang: str | None = None) -> int:
    """Open the window on the database at ``path``; returns the exit status."""
    app = application()
    crash.install()
    use_korean_font(app)
    try:
        desk = open_desk(Path(path), actor=actor)
    except OfficerDeskError as e:
        QMessageBox.critical(None, "Officer Desk", str(e))
        return 1
    window = MainWindow(desk, lang or default_language())
    window.show()
    try:
        return app.exec()
    finally:
        # Qt's objects go before Python's: left to the interpreter's shutdown, PySide6
        # can crash while collecting them
        window.deleteLater()
        del window
        app.processEvents()
        desk.close()
