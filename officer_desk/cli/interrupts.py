"""Ctrl+C noticed even where Python has to swallow it.

Python raises ``KeyboardInterrupt`` wherever the main thread runs when Ctrl+C comes.
When that is inside a function SQLite calls back (the search index's, a collation),
the sqlite3 module can only drop it and fail the statement ("user-defined function
raised exception"), which would reach the person as a database error. While a command
runs, ``noticed`` records that Ctrl+C came, so such an error is reported as what it is:
the command was interrupted (and, as on any error, its transaction rolled back).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

_received = False


def _on_interrupt(signum: int, frame: FrameType | None) -> None:
    global _received
    _received = True
    raise KeyboardInterrupt


@contextlib.contextmanager
def noticed() -> Iterator[None]:
    """Record Ctrl+C within the block (``received``); Python's own handling otherwise.

    Only in the main thread and when Ctrl+C has Python's default handler (a program
    that set its own keeps it)."""
    global _received
    _received = False
    if (threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGINT) is not signal.default_int_handler):
        yield
        return
    signal.signal(signal.SIGINT, _on_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def received() -> bool:
    """Whether Ctrl+C came during the current ``noticed`` block."""
    return _received
