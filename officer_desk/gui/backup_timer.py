"""Automatic backups while the window is open: one when it opens, then daily.

The one "when it opens" waits ``START_DELAY_MS`` after the window is shown: checking
whether it is due reads the whole history (a second core's worth of work on a large
file), which would otherwise compete with the window's first paint.

The backups are taken in the worker thread (``gui.worker``) so a large file never
freezes the window, and only when they add something: ``services.backups.backup_if_due``
skips a backup whose data the newest backup already holds, and a daily backup while
the last one is less than a day old. A backup that fails (a full disk) is reported in
the status bar and tried again at the next check; it never interrupts the officer.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.gui import worker
from officer_desk.gui.texts import problem_text, tr

if TYPE_CHECKING:
    from pathlib import Path

    from officer_desk.gui.window_base import DeskWindow

#: How often the window checks whether the daily backup is due.
CHECK_INTERVAL_MS = 60 * 60 * 1000
#: How long after the window opens its start backup is checked (see the docstring).
START_DELAY_MS = 2000
DAY = dt.timedelta(days=1)


class BackupTimer(QObject):
    """Takes the window's automatic backups (see the module docstring)."""

    def __init__(self, window: DeskWindow):
        super().__init__(window)
        self.window = window
        #: the running backup, if any (one at a time)
        self.task: worker.Task | None = None
        self.last: Path | None = None
        self.problem: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.daily)
        self.timer.start()
        QTimer.singleShot(START_DELAY_MS, self.at_start)

    def at_start(self) -> None:
        self._run("start", None)  # every start of the window, when the data changed

    def daily(self) -> None:
        self._run("daily", DAY)

    def _run(self, reason: str, older_than: dt.timedelta | None) -> None:
        desk = self.window.desk
        if desk.closed or desk.readonly or self.task is not None:
            return

        def work(task_desk, _progress, _cancel):
            from officer_desk.services import backups

            return backups.backup_if_due(task_desk, reason, older_than=older_than)

        self.task = worker.Task(work, path=desk.path, actor=desk.actor, parent=self)
        self.task.finished.connect(self._finished)
        self.task.start()

    def _finished(self) -> None:
        task, self.task = self.task, None
        if task is None:
            return
        task.deleteLater()
        if isinstance(task.error, OfficerDeskError):
            self.problem = problem_text(task.error)
            self.window.statusBar().showMessage(
                tr("Automatic backup failed: {problem}").format(problem=self.problem), 15000)
        elif task.error is not None:
            raise task.error
        elif task.result is not None:
            self.last, self.problem = task.result, None
            self.window.statusBar().showMessage(
                tr("Backed up to {path}").format(path=task.result), 5000)


def install_backup_timer(window: DeskWindow) -> BackupTimer:
    """Start the window's automatic backups (the timer lives as long as the window)."""
    timer = BackupTimer(window)
    window.backup_timer = timer  # type: ignore[attr-defined]
    return timer
