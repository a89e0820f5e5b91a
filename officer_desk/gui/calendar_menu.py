"""File > "Export deadlines to calendar…": the file ``officer-desk calendar`` writes,
through the same service (``services.calendar_export``), in the window's language.

File > "Keep the calendar file up to date": the file chosen is written again a moment
after each change made in the window (and undone or redone), for a calendar subscribed
to it. The choice and the file are remembered with the window's settings.

The service and ``icalendar`` are imported when an entry is used, not when the window
starts; the file is written in the worker thread (``worker``), so a case log of 100,000
records does not hold the window up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow

from officer_desk.gui.file_menu import file_menu, put_first
from officer_desk.gui.texts import tr

#: Where the file dialog opens the first time.
DEFAULT_NAME = "deadlines.ics"
#: The window's setting holding the file kept up to date.
KEPT_SETTING = "calendar/kept_file"
#: Changes made within this long of each other are written once.
KEEP_DELAY_MS = 1500


def ask_path(window: QMainWindow) -> Path | None:
    """The .ics file to write, chosen by the person (None: cancelled)."""
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


class CalendarKeeper(QObject):
    """Writes the kept calendar file again a moment after each change."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        settings = getattr(window, "settings", None)
        kept = settings.value(KEPT_SETTING) if settings is not None else None
        self.path: Path | None = Path(str(kept)) if kept else None
        self.timer = QTimer(self, singleShot=True, interval=KEEP_DELAY_MS)
        self.timer.timeout.connect(self.rewrite)
        self.task = None
        #: the last outcome said in the status bar (for tests and the curious)
        self.last = ""
        stack = getattr(window, "undo_stack", None)
        if stack is not None:
            stack.indexChanged.connect(self.changed)

    def keep(self, path: Path | None) -> None:
        """Keep ``path`` up to date from now on (None: stop), and write it now."""
        self.path = path
        settings = getattr(self.window, "settings", None)
        if settings is not None:
            if path is None:
                settings.remove(KEPT_SETTING)
            else:
                settings.setValue(KEPT_SETTING, str(path))
        if path is not None:
            self.rewrite()

    def changed(self, _index: int = 0) -> None:
        if self.path is not None:
            self.timer.start()

    def rewrite(self) -> None:
        from officer_desk.gui import worker
        from officer_desk.services.calendar_export import write_calendar

        path, desk = self.path, self.window.desk  # type: ignore[attr-defined]
        if path is None:
            return
        if self.task is not None and not self.task.done:
            self.timer.start()  # still writing: write again once it is done
            return
        lang = getattr(self.window, "lang", "ko")
        self.task = worker.Task(lambda own, _p, _c: write_calendar(own, path, lang=lang),
                                path=desk.path, actor=desk.actor, parent=self)
        self.task.finished.connect(self._done)
        self.task.start()

    def _done(self) -> None:
        from officer_desk.gui.texts import problem_text

        task, lang = self.task, getattr(self.window, "lang", "ko")
        if task is None:
            return
        if task.error is not None:
            self.last = problem_text(task.error)
        else:
            self.last = task.result.summary().message(lang)
        self.window.statusBar().showMessage(self.last)


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
