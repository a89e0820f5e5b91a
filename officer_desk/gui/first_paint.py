"""``officer-desk gui --screenshot FILE``: once the first window has been painted, save a
picture of it to FILE, say when on standard output, and quit.

For the bundle's smoke test (tests/bundle), the launch benchmark (benchmarks/bench_bundle)
and pictures for the documentation: the same start as an officer's, with nothing
replaced. The line is in the window's language (``--lang``); the moment in it is
``time.monotonic()``, the clock a parent process shares, written ``monotonic=<seconds>``
in every language for a launcher to find (``painted_at``).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: The moment of the first paint in the line printed, in every language.
PAINTED = re.compile(r"\bmonotonic=(\d+(?:\.\d+)?)")


def painted_at(output: str) -> float | None:
    """The ``time.monotonic()`` of the first paint said in ``output``; None if none."""
    found = PAINTED.search(output)
    return float(found[1]) if found else None


class FirstPaint(QObject):
    """An event filter on the window shown: its first paint is the first paint (its
    widgets paint right after it, before the event loop turns again); the window is then
    saved and the application quits. Only the window's own events pass through it: a
    filter on the application would see every event of the start, each through Python,
    and slow the start it measures."""

    def __init__(self, app: QApplication, window: QWidget, path: Path) -> None:
        super().__init__(window)
        self.app, self.window, self.path = app, window, path
        self.painted_at: float | None = None
        self.status = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.painted_at is None and event.type() == QEvent.Type.Paint:
            handled = self.window.event(event)  # paint now, then note the moment
            self.painted_at = time.monotonic()
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self._save(self.window))
            return handled
        return False

    def _save(self, window: QWidget) -> None:
        from officer_desk.gui.texts import tr

        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(self.path), "PNG"):
            print(tr("Could not save the screenshot to {path}").format(path=self.path),
                  flush=True)
            self.status = 1
        else:
            print(tr("First paint at monotonic={seconds}: the window ({window}) was saved "
                     "to {path}").format(seconds=f"{self.painted_at:.6f}",
                                         window=window.metaObject().className(),
                                         path=self.path), flush=True)
        self.app.exit(self.status)


def watch(app: QApplication, window: QWidget, path: str | Path) -> FirstPaint:
    """Save ``window`` once first painted to ``path`` and quit (see the module's
    docstring)."""
    watcher = FirstPaint(app, window, Path(path).absolute())
    window.installEventFilter(watcher)
    return watcher
