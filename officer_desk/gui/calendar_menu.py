"""File > "Export deadlines to calendar…": the file ``officer-desk calendar`` writes,
through the same service (``services.calendar_export``), in the window's language.

File > "Keep the calendar file up to date": the file chosen is written again a moment
after each change made in the window (and undone or redone), for a calendar subscribed
to it, by a child process (``calendar_keeper``). The choice and the file are remembered
with the window's settings.

The service and ``icalendar`` are imported when the export is used, not when the window
starts; it writes in the worker thread (``worker``) behind a progress dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from officer_desk.gui.calendar_keeper import CalendarKeeper
from officer_desk.gui.file_menu import file_menu, put_first
from officer_desk.gui.texts import tr

#: Where the file dialog opens the first time.
DEFAULT_NAME = "deadlines.ics"


def ask_path(window: QMainWindow) -> Path | None:
    """The .ics file to write, chosen by the person (None: cancelled)."""
    from PySide6.QtWidgets import QFileDialog  # naming it makes the class: when asked

    start = str(Path.home() / DEFAULT_NAME)
    chosen, _ = QFileDialog.getSaveFileName(
        window, tr("Export deadlines to calendar"), start, tr("iCalendar files (*.ics)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(".ics")


def export_deadlines(window: QMainWindow, path: Path) -> str | None:
    """Write the calendar to ``path``; the summary said in the status bar (None when a
    problem was shown instead)."""
    from officer_desk.gui import worker
    from officer_desk.services.calendar_export import write_calendar

    desk = window.desk  # type: ignore[attr-defined]
    lang = getattr(window, "lang", "ko")

    def work(own_desk, _progress, _cancel):  # type: ignore[no-untyped-def]
        return write_calendar(own_desk, path, lang=lang)

    result = worker.run_with_progress(window, tr("Exporting deadlines…"), work,
                                      path=desk.path, actor=desk.actor)
    if result is None:
        return None
    lines = [n.message(lang) for n in result.notices] + [result.summary().message(lang)]
    text = " ".join(lines)
    window.statusBar().showMessage(text)
    return text


def install_calendar_menu(window: QMainWindow) -> QAction:
    """Add "Export deadlines to calendar…" and "Keep the calendar file up to date" at
    the top of the File menu."""
    action = QAction(tr("Export deadlines to calendar…"), window)
    keeper = CalendarKeeper(window)
    keep = QAction(tr("Keep the calendar file up to date"), window, checkable=True)
    keep.setChecked(keeper.path is not None)

    def run() -> None:
        path = ask_path(window)
        if path is not None:
            export_deadlines(window, path)

    def kept(on: bool) -> None:
        path = ask_path(window) if on else None
        if on and path is None:
            keep.setChecked(False)  # cancelled: nothing is kept
        keeper.keep(path)

    action.triggered.connect(run)
    keep.toggled.connect(kept)
    put_first(file_menu(window), action, keep)
    window.calendar_action = action  # type: ignore[attr-defined]
    window.calendar_keep_action = keep  # type: ignore[attr-defined]
    window.calendar_keeper = keeper  # type: ignore[attr-defined]
    return action
