"""What the window's menus and dialogs may use of the main window.

The menus (``sync_menu``, ``restore_dialog``, ``file_actions`` …) are installed by the
main window and act on it; they import this base class, not ``main_window``, so the
window's modules import one another in one direction only (no import cycles).
``MainWindow`` is the one implementation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from officer_desk.services.desk import Desk


class DeskWindow(QMainWindow):
    """A main window on one open case log (``desk``), in one language (``lang``)."""

    desk: Desk
    lang: str
    undo_stack: QUndoStack

    def refresh(self) -> None:
        """Every page reads again (F5, after a merge or an import)."""
        raise NotImplementedError

    def show_conflicts(self) -> None:
        raise NotImplementedError

    def show_import_log(self) -> None:
        raise NotImplementedError

    def open_record(self, record_id: str) -> bool:
        """Show a record in its list; False (and the status bar says why) if none."""
        raise NotImplementedError

    def show_list(self, kind_name: str, filters: dict[str, Any]) -> bool:
        raise NotImplementedError

    def current_page(self) -> QWidget | None:
        raise NotImplementedError

    def open_settings(self) -> Any:
        raise NotImplementedError

    def focus_search(self) -> None:
        raise NotImplementedError

    def go_to_entry(self, number: int) -> bool:
        """Show the navigation's ``number``-th entry as shown (1 = the first)."""
        raise NotImplementedError
