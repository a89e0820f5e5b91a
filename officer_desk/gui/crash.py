"""Anything unexpected in the window: write it to the log, show a dialog, carry on.

Problems of the user's world are ``OfficerDeskError`` and are shown where they happen;
what reaches this hook is our bug. The user sees what happened, the details to copy
into a report, and where the log file is — never a raw traceback in a terminal.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from officer_desk.errorlog import write_log
from officer_desk.gui.texts import problem_text, tr

if TYPE_CHECKING:  # imported when a crash is shown (naming it makes the class)
    from PySide6.QtWidgets import QMessageBox


def show_crash(exc: BaseException) -> QMessageBox:
    """Log ``exc`` and show the crash dialog (returned, for tests)."""
    from PySide6.QtWidgets import QMessageBox

    try:
        where = str(write_log(exc))
    except OSError as e:
        where = tr("the log could not be written: {error}").format(error=problem_text(e))
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Officer Desk")
    box.setText(tr("Something went wrong inside Officer Desk. Your saved records are safe."))
    box.setInformativeText(tr("Details are in the log file: {path}").format(path=where))
    box.setDetailedText("".join(traceback.format_exception(exc)))
    box.open()
    return box


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    show_crash(exc.with_traceback(tb))


def install() -> None:
    """Send unexpected exceptions (slots, timers, event handlers) to the crash dialog."""
    sys.excepthook = _hook
