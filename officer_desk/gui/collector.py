"""Python's cyclic garbage collection, run on the GUI thread only.

Left to itself, Python collects cycles in whichever thread happens to allocate when a
threshold is passed: the database worker thread, say. If the cycle holds a Qt object
made on the GUI thread, its C++ side is then destroyed on the wrong thread, which can
crash the process (seen in the test suite: "Segmentation fault ... Garbage-collecting"
in the worker). So the automatic collector is switched off and this timer does the same
work, by the same thresholds, on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the thresholds are checked.
INTERVAL_MS = 200


class GuiThreadCollector(QObject):
    """Collects garbage generation by generation when Python would have, on this thread."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()
        self.destroyed.connect(lambda *_: gc.enable())

    def collect(self) -> int:
        """Collect the generations whose counts passed their thresholds; objects freed."""
        first, second, third = gc.get_count()
        freed = 0
        if first > self.thresholds[0]:
            freed += gc.collect(0)
            if second > self.thresholds[1]:
                freed += gc.collect(1)
                if third > self.thresholds[2]:
                    freed += gc.collect(2)
        return freed


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install (once per application) the collector; it lives as long as ``app``."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
        _collector.destroyed.connect(_forget)
    return _collector


def _forget(*_args: object) -> None:
    global _collector
    _collector = None
