"""File → New case log…, Open…, Open recent: the same entries in the main window and on
the welcome screen, acting through whoever opens case logs (``CaseLogs``, the session
of ``session.Session``)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from officer_desk import settings as user_settings
from officer_desk.gui.file_menu import file_menu, put_first
from officer_desk.gui.texts import tr


class CaseLogs(Protocol):
    """What the File menu asks of whoever opens case logs."""

    def new_case_log(self, parent: QWidget) -> bool:
        """Ask where and for whom, make it, and open it."""

    def choose_and_open(self, parent: QWidget) -> bool:
        """Ask for a file, and open it."""

    def open_path(self, path: str | Path, parent: QWidget | None = None) -> bool:
        """Open ``path`` (or show in ``parent`` why not, and keep what is open)."""


def choose_case_log(parent: QWidget, caption: str) -> str:
    """QFileDialog's "open" question; "" when the person cancelled."""
    from PySide6.QtWidgets import QFileDialog  # naming it makes the class: when asked

    path, _ = QFileDialog.getOpenFileName(
        parent, caption, "", tr("Officer Desk databases (*.sqlite);;All files (*)"))
    return path


def recent_files() -> list[Path]:
    return [Path(p) for p in user_settings.load().recent_databases]


def install_case_log_menu(window: QMainWindow, case_logs: CaseLogs) -> QMenu:
    """Put New case log…, Open… and Open recent at the top of the window's File menu;
    returns the Open recent menu (filled each time it is shown)."""
    new = QAction(tr("&New case log…"), window, shortcut=QKeySequence("Ctrl+Shift+N"))
    new.triggered.connect(lambda: case_logs.new_case_log(window))
    open_ = QAction(tr("&Open…"), window, shortcut=QKeySequence.StandardKey.Open)
    open_.triggered.connect(lambda: case_logs.choose_and_open(window))
    recent = QMenu(tr("Open &recent"), window)
    # filled when shown: not on the way to the window's first paint
    recent.aboutToShow.connect(lambda: fill_recent_menu(recent, window, case_logs))
    put_first(file_menu(window), new, open_, recent.menuAction())
    window.new_case_log_action = new  # type: ignore[attr-defined]
    window.open_action = open_  # type: ignore[attr-defined]
    window.recent_menu = recent  # type: ignore[attr-defined]
    return recent


def fill_recent_menu(menu: QMenu, window: QWidget, case_logs: CaseLogs) -> None:
    """The recent files, latest first (Alt+1 … in the menu), and "Clear the list"."""
    menu.clear()
    files = recent_files()
    for n, path in enumerate(files, start=1):
        name = path.name.replace("&", "&&")  # an '&' in a menu marks the key
        action = menu.addAction(f"&{n} {name}" if n < 10 else name)
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _checked=False, path=path: case_logs.open_path(
            path, window))
    if not files:
        none = menu.addAction(tr("(none yet)"))
        none.setEnabled(False)
        return
    menu.addSeparator()
    clear = menu.addAction(tr("Clear the list"))
    clear.triggered.connect(lambda: user_settings.forget_recent())
