"""File-menu entries that open work in a dialog of its own: "Briefing pack…" and
"Import spreadsheet…".

The dialogs, and the engines behind them (reportlab, openpyxl, the brief and import
code), are imported when an entry is first used, not when the window starts: they are
a third of what a start would otherwise import.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from officer_desk.gui.texts import tr


def file_menu(window: QMainWindow) -> QMenu:
    """The window's File menu (made if it has none)."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text() == tr("&File"):
            return menu
    return window.menuBar().addMenu(tr("&File"))


def put_first(menu: QMenu, *actions: QAction) -> None:
    """Put ``actions`` at the top of ``menu``, a separator between them and the rest."""
    first = menu.actions()[0] if menu.actions() else None
    for action in actions:
        menu.insertAction(first, action)
    if first is not None:
        menu.insertSeparator(first)


def install_brief_menu(window: QMainWindow) -> QAction:
    """Add "Briefing pack…" (Ctrl+B) at the top of the window's File menu."""
    action = QAction(tr("Briefing pack…"), window, shortcut=QKeySequence("Ctrl+B"))

    def show() -> None:
        from officer_desk.gui.brief_dialog import BriefDialog

        desk = window.desk  # type: ignore[attr-defined]
        BriefDialog(desk, window, lang=getattr(window, "lang", "ko")).exec()

    action.triggered.connect(show)
    put_first(file_menu(window), action)
    window.brief_action = action  # type: ignore[attr-defined]
    return action


def install_import_menu(window: QMainWindow) -> QAction:
    """Add "Import spreadsheet…" at the top of the File menu; views refresh after it."""
    action = QAction(tr("&Import spreadsheet…"), window)

    def open_wizard() -> None:
        from officer_desk.gui.import_wizard import ImportWizard

        wizard = ImportWizard(window.desk, window,  # type: ignore[attr-defined]
                              lang=getattr(window, "lang", "ko"))
        refresh = getattr(window, "refresh", None)
        if refresh is not None:
            wizard.imported.connect(refresh)
        wizard.exec()

    action.triggered.connect(open_wizard)
    put_first(file_menu(window), action)
    window.import_action = action  # type: ignore[attr-defined]
    return action
