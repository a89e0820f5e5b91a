"""The main window's menus and the keys that work on every page.

File (briefing pack, import, backups, settings, quit — and the case-log entries of
``file_actions``), Edit (undo, redo), View (refresh, find, and Ctrl+1 … Ctrl+9 for the
navigation's entries in order), Sync and Help.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from officer_desk.gui.backup_menu import install_backup_menu
from officer_desk.gui.calendar_menu import install_calendar_menu
from officer_desk.gui.file_menu import install_brief_menu, install_import_menu
from officer_desk.gui.sync_menu import install_sync_menu
from officer_desk.gui.texts import current_language, tr
from officer_desk.gui.window_base import DeskWindow

if TYPE_CHECKING:  # imported when the box is shown (naming it makes the class)
    from PySide6.QtWidgets import QMessageBox

#: Ctrl+1 … Ctrl+9: the navigation's first nine entries (as shown).
PAGE_KEYS = 9


def install_menus(window: DeskWindow) -> None:
    file_menu = window.menuBar().addMenu(tr("&File"))
    settings = QAction(tr("&Settings…"), window, shortcut=QKeySequence("Ctrl+,"))
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings.triggered.connect(window.open_settings)
    file_menu.addAction(settings)
    window.settings_action = settings  # type: ignore[attr-defined]
    file_menu.addSeparator()
    quit_action = QAction(tr("&Quit"), window, shortcut=QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    # each puts its entries at the top of the File menu: the last is first
    install_backup_menu(window)
    install_calendar_menu(window)
    install_import_menu(window)
    install_brief_menu(window)
    _edit_menu(window)
    _view_menu(window)
    install_sync_menu(window)
    help_menu = window.menuBar().addMenu(tr("&Help"))
    about = QAction(tr("&About Officer Desk"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: show_about(window))
    help_menu.addAction(about)
    window.about_action = about  # type: ignore[attr-defined]


def about_box(window: DeskWindow) -> QMessageBox:
    """Help → About: the version, the data folder, the schema of the program and of the
    open database, and the bundled components' licences (``officer_desk.about``)."""
    from PySide6.QtWidgets import QMessageBox

    from officer_desk.about import about_lines
    from officer_desk.storage.migrations import schema_version

    lang = current_language()
    lines = [line.message(lang) for line in about_lines(
        (window.desk.path, schema_version(window.desk.conn)))]
    box = QMessageBox(QMessageBox.Icon.Information, tr("About Officer Desk"), lines[0],
                      QMessageBox.StandardButton.Close, window)
    box.setInformativeText("\n".join(lines[1:]))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setObjectName("about_box")
    return box


def show_about(window: DeskWindow) -> None:
    about_box(window).exec()


def _edit_menu(window: DeskWindow) -> None:
    edit_menu = window.menuBar().addMenu(tr("&Edit"))
    undo = window.undo_stack.createUndoAction(window, tr("Undo"))
    undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    redo = window.undo_stack.createRedoAction(window, tr("Redo"))
    redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    if QKeySequence("Ctrl+Shift+Z") not in redo_keys:  # the issue asks for it everywhere
        redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
    redo.setShortcuts(redo_keys)
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    window.undo_action, window.redo_action = undo, redo  # type: ignore[attr-defined]


def _view_menu(window: DeskWindow) -> None:
    view = window.menuBar().addMenu(tr("&View"))
    refresh = QAction(tr("&Refresh"), window, shortcut=QKeySequence(Qt.Key.Key_F5))
    refresh.triggered.connect(window.refresh)
    view.addAction(refresh)
    find = QAction(tr("&Find"), window, shortcut=QKeySequence.StandardKey.Find)
    find.triggered.connect(window.focus_search)
    view.addAction(find)
    # Ctrl+1 … Ctrl+9: not menu entries (the navigation's entries come and go), but
    # window actions, so that they work whatever has the focus
    window.page_actions = []  # type: ignore[attr-defined]
    for n in range(1, PAGE_KEYS + 1):
        action = QAction(window, shortcut=QKeySequence(f"Ctrl+{n}"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, n=n: window.go_to_entry(n))
        window.addAction(action)
        window.page_actions.append(action)  # type: ignore[attr-defined]
