"""Long work off the GUI thread: one worker thread, its own desk, results by signals.

A desk (its SQLite connection) must not be used from two threads at once, so a task
opens its *own* desk on the same file in the worker thread, runs
``fn(desk, progress, cancel)``, closes it, and hands the result or the exception back to
the GUI thread through queued signals. ``run_with_progress`` wraps that for dialogs: it
waits in a local event loop (the window keeps painting), shows a progress dialog with
Cancel only when the work takes longer than ``PROGRESS_DELAY_MS``, and shows problems of
the user's world (``OfficerDeskError``) as a message; anything else is raised to the
caller.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.gui import messages
from officer_desk.gui.texts import problem_text, tr
from officer_desk.services.desk import Desk, open_desk

#: A progress dialog appears only when the work takes longer than this.
PROGRESS_DELAY_MS = 500

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
Work = Callable[[Desk, Progress, Cancel], Any]

_pool: QThreadPool | None = None


def worker_pool() -> QThreadPool:
    """The one database worker thread (a pool of one, owned by the application)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool(QCoreApplication.instance())
        _pool.setMaxThreadCount(1)
        _pool.destroyed.connect(_forget_pool)
    return _pool


def _forget_pool(*_args: object) -> None:
    global _pool
    _pool = None


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.setAutoDelete(True)
        self.task = task

    def run(self) -> None:
        self.task._run_in_worker()


class Task(QObject):
    """One piece of work on its own desk in the worker thread.

    Lives in the GUI thread; its signals are emitted from the worker thread and so are
    delivered queued, on the GUI thread. Exactly one of ``succeeded``/``failed`` comes,
    then ``finished``.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()

    def __init__(self, fn: Work, *, path: str | Path, actor: str | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.fn, self.path, self.actor = fn, Path(path), actor
        self._cancel = threading.Event()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.succeeded.connect(self._keep_result)
        self.failed.connect(self._keep_error)

    # -- GUI thread ---------------------------------------------------------------------
    def start(self) -> None:
        worker_pool().start(_Runnable(self))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _keep_result(self, result: object) -> None:
        self.result, self.done = result, True
        self.finished.emit()

    def _keep_error(self, error: object) -> None:
        self.error, self.done = error, True  # type: ignore[assignment]
        self.finished.emit()

    # -- worker thread ------------------------------------------------------------------
    def _run_in_worker(self) -> None:
        try:
            desk = open_desk(self.path, actor=self.actor)
            try:
                result = self.fn(desk, lambda done, total: self._emit(
                    "progressed", done, total), self._cancel.is_set)
            finally:
                desk.close()
        except BaseException as e:
            self._emit("failed", e)
        else:
            self._emit("succeeded", result)

    def _emit(self, signal: str, *args: object) -> None:
        """Emit from the worker thread, unless the task was deleted meanwhile: its
        owner (a page, a window) closed, and nobody waits for the result any more."""
        try:
            getattr(self, signal).emit(*args)
        except RuntimeError:
            if Shiboken.isValid(self):
                raise


def read_only(path: str | Path, read: Callable[[Desk], Any]) -> Any:
    """``read(desk)`` on a read-only desk of its own (in the calling thread), closed after;
    an exception is returned, not raised, for the GUI thread to handle."""
    try:
        desk = open_desk(Path(path), readonly=True)
        try:
            return read(desk)
        finally:
            desk.close()
    except BaseException as e:
        return e


def run_with_progress(parent: QWidget | None, title: str, fn: Work, *, path: str | Path,
                      actor: str | None = None) -> Any:
    """Run ``fn(desk, progress, cancel)`` in the worker thread and return its result.

    The GUI keeps running meanwhile; after ``PROGRESS_DELAY_MS`` a progress dialog with
    Cancel appears. Returns ``None`` when the person cancelled or when an
    ``OfficerDeskError`` was shown as a message; any other exception is raised here.
    """
    task = Task(fn, path=path, actor=actor)
    # named here: PySide6 makes a class (and its enums) the first time it is named
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(tr("Cancelling…")))

    def progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    task.progressed.connect(progress)
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    show_later = QTimer(singleShot=True, interval=PROGRESS_DELAY_MS)
    show_later.timeout.connect(lambda: None if task.done else dialog.show())
    show_later.start()
    task.start()
    if not task.done:
        loop.exec()
    show_later.stop()
    dialog.hide()
    dialog.deleteLater()
    task.deleteLater()
    if task.error is None:
        return task.result
    if isinstance(task.error, OfficerDeskError):
        if not task.cancelled:
            messages.show_problem(parent, title, problem_text(task.error))
        return None
    raise task.error
