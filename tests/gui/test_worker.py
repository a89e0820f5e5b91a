"""The worker thread outlives what started it: a task whose owner closed ends quietly."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from officer_desk.gui.worker import Task, worker_pool


@pytest.mark.parametrize("outcome", ["result", "error", "progress"])
def test_a_task_whose_owner_was_deleted_ends_without_an_error(qtbot, desk, outcome):
    """A list closed (or a window rebuilt) while its query runs: the worker's result
    has nowhere to go, and that is not a failure of the worker thread."""
    owner = QObject()
    release = threading.Event()

    def work(d, progress, cancel):
        release.wait(10)
        if outcome == "progress":
            progress(1, 2)
        if outcome == "error":
            raise ValueError("no one is listening")
        return d.home_post

    task = Task(work, path=desk.path, parent=owner)
    task.start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(task))
    release.set()
    assert worker_pool().waitForDone(10_000)
    qtbot.wait(50)  # anything the worker posted is delivered (and must not fail)


def _alive(obj: QObject) -> bool:
    from shiboken6 import Shiboken

    return Shiboken.isValid(obj)
