"""Progress and Cancel for the long steps of a pack (gathering, laying out, writing).

A :class:`Step` is told how much there is to do and counts what is done; it calls
``progress(done, total)`` when a whole percent more is done, and ``cancel()`` then and
at least every :data:`CHECK_EVERY` seconds, raising ``Cancelled`` when the person asked
to stop. Checking by the clock too keeps Cancel under a second whatever one unit of
work costs (a record read, a row laid out).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from officer_desk.domain.errors import Cancelled

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

#: Seconds between two calls of ``cancel()`` (and of ``progress`` when it moved).
CHECK_EVERY = 0.1


class Step:
    """One step's progress, ``done`` of ``total`` units."""

    def __init__(self, total: int, progress: Progress | None = None,
                 cancel: Cancel | None = None, *, what: str = "briefing pack"):
        self.total = max(int(total), 1)
        self.done = 0
        self.progress, self.cancel, self.what = progress, cancel, what
        self._shown = -1
        self._next = 0.0

    def check(self) -> None:
        """Raise ``Cancelled`` if the person asked to stop."""
        if self.cancel is not None and self.cancel():
            raise Cancelled(f"cancelled; no {self.what} was written",
                            ko="취소했습니다. 아무것도 쓰지 않았습니다")

    def advance(self, n: int = 1) -> None:
        """``n`` more units done: reported when a whole percent more is done; Cancel is
        checked then, and at least every ``CHECK_EVERY`` seconds."""
        self.done += n
        if self.progress is not None and min(self.done, self.total) * 100 // self.total \
                > self._shown:
            self.report()
            self.check()
            return
        now = time.monotonic()
        if now >= self._next:
            self._next = now + CHECK_EVERY
            self.check()

    def report(self) -> None:
        if self.progress is None:
            return
        done = min(self.done, self.total)
        percent = done * 100 // self.total
        if percent > self._shown:
            self._shown = percent
            self.progress(done, self.total)

    def finish(self) -> None:
        self.done = self.total
        self.report()
