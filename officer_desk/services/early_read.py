"""The dashboard's read, started before the window's modules are imported.

``officer-desk gui`` knows the case log it opens before it imports anything of the
window; it calls ``start(path)`` first, and the read (``dashboard_read.gather``,
mostly inside SQLite, which lets go of the interpreter) goes on while Qt's modules
load and the window is built. The dashboard then takes it (``take``) instead of
starting its own read; the session cancels one it did not take (``cancel``).

The command asks the window's settings (``gui.start_page``, on the main thread: Qt
takes the thread that makes its first object for the application's) whether the
window opens on the dashboard before it starts the read. Nothing of Qt is imported or
made in the reading thread, and not even the read's own modules are imported before
it runs.

While the read runs, the interpreter hands itself between the threads every
``SWITCH_INTERVAL_S`` instead of every 5 ms (``sys.setswitchinterval``). The read
lets go of the interpreter at every step of every statement, and the main thread,
importing and building the window, holds it until made to give it back: at 5 ms a
turn, the read of about 65 ms of work took 190 ms and its figures were painted
50–80 ms after the window's frame (the convoy effect); at 0.3 ms, 20–30 ms after.

On Linux the read runs in a child process instead (``ForkedRead``), where it takes no
turns with the main thread at all: on the 100,000-record demo the dashboard was painted
with its figures 366 ms after launch instead of 456 ms (medians of 12 alternating
starts, the bare window's 198 ms), its frame no longer waiting for the read's Python
work. The thread stays wherever a fork is not safe (``_may_fork``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from officer_desk.services.dashboard_read import DashboardData
    from officer_desk.services.desk import Desk

    Outcome = DashboardData | BaseException

#: How often the interpreter changes threads while the early read runs (seconds).
SWITCH_INTERVAL_S = 0.0003


def read_dashboard(desk: Desk, today: dt.date) -> DashboardData:
    """What the dashboard shows (imported here, in the reading thread)."""
    from officer_desk.services.dashboard_read import gather

    return gather(desk, today, overlap=False)


class EarlyRead(threading.Thread):
    """``gather`` of ``path`` for ``today``, in a thread of its own; the outcome (the
    data, or what was raised) goes to whoever ``when_done`` names, once."""

    def __init__(self, path: Path, today: dt.date):
        super().__init__(name="officer-desk-early-read", daemon=True)
        self.path, self.today = path, today
        self._lock = threading.Lock()
        self._desk: Desk | None = None
        self._outcome: Outcome | None = None
        self._then: Callable[[Outcome], None] | None = None
        self.cancelled = False

    def start(self) -> None:
        _reading(+1)
        try:
            super().start()
        except BaseException:
            _reading(-1)
            raise

    def run(self) -> None:
        try:
            self._read()
        finally:
            _reading(-1)

    def _read(self) -> None:
        outcome: Any
        try:
            from officer_desk.services.desk import open_desk

            desk = open_desk(self.path, readonly=True)
            with self._lock:
                self._desk = desk
            if self.cancelled:
                raise InterruptedError("cancelled")
            try:
                outcome = read_dashboard(desk, self.today)
            finally:
                with self._lock:
                    self._desk = None
                desk.close()
        except BaseException as e:
            outcome = e
        with self._lock:
            self._outcome, then = outcome, self._then
        if then is not None:
            then(outcome)

    def when_done(self, then: Callable[[Outcome], None]) -> None:
        """Call ``then(outcome)``: now (in this thread) if the read is done, else in
        the reading thread when it is."""
        with self._lock:
            outcome = self._outcome
            if outcome is None:
                self._then = then
                return
        then(outcome)

    def cancel(self) -> None:
        """Stop the read (SQLite's interrupt): no one will take it."""
        with self._lock:
            self.cancelled = True
            if self._desk is not None:
                self._desk.conn.interrupt()


class ForkedRead(EarlyRead):
    """The same read in a child process (``os.fork``), with an interpreter of its own:
    the main thread, importing Qt and building the window meanwhile, never waits for
    it (in a thread, the read's own Python work took turns with the main thread's).

    The child opens the file read-only (no lock), reads, sends the outcome back
    through a pipe (pickled: a ``RecordKind`` is pickled by name) and ends with
    ``os._exit``, so nothing of the parent (its buffers, ``atexit``) runs twice. This
    thread, in the window's process, waits on the pipe without the interpreter and
    hands the outcome on as ``EarlyRead`` does; a child that failed or was stopped
    sends a failure, after which the dashboard reads for itself.
    """

    def __init__(self, path: Path, today: dt.date):
        super().__init__(path, today)
        self._child = 0
        self._pipe = -1

    def start(self) -> None:
        readable, writable = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(readable)
            _read_in_child(self.path, self.today, writable)  # never returns
        os.close(writable)
        self._child, self._pipe = pid, readable
        threading.Thread.start(self)  # no short switch interval: nothing to share

    def run(self) -> None:
        chunks = []
        try:
            while chunk := os.read(self._pipe, 1 << 16):
                chunks.append(chunk)
        finally:
            os.close(self._pipe)
            os.waitpid(self._child, 0)
        outcome: Any
        try:
            outcome = pickle.loads(b"".join(chunks))
        except Exception as e:  # the child ended without sending: stopped, or failed
            outcome = InterruptedError(f"the early read ended: {type(e).__name__}")
        with self._lock:
            self._outcome, then = outcome, self._then
        if then is not None:
            then(outcome)

    def cancel(self) -> None:
        """Stop the child (no one will take its read); this thread then ends."""
        with self._lock:
            self.cancelled = True
            if self._outcome is None and self._child:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self._child, signal.SIGKILL)


def _read_in_child(path: Path, today: dt.date, pipe: int) -> None:
    """The forked child's whole life: read, send the outcome (or a failure), end."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the window
        outcome: Any
        try:
            from officer_desk.services.desk import open_desk

            desk = open_desk(path, readonly=True)
            try:
                outcome = read_dashboard(desk, today)
            finally:
                desk.close()
        except Exception as e:  # sent as a plain failure: any exception pickles
            outcome = RuntimeError(f"the early read failed: {type(e).__name__}: {e}")
        data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(pipe, "wb") as out:
            out.write(data)
        status = 0
    finally:
        os._exit(status)


_pending: EarlyRead | None = None

#: Reads under way (a cancelled one may still be ending when the next starts), and the
#: interpreter's switch interval from before the first of them.
_running = 0
_usual_interval = 0.0
_interval_lock = threading.Lock()


def _reading(change: int) -> None:
    """Count a read starting (+1) or ending (-1): the short switch interval holds from
    the first start to the last end, and the one from before comes back after it."""
    global _running, _usual_interval
    with _interval_lock:
        if change > 0 and _running == 0:
            _usual_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(SWITCH_INTERVAL_S, _usual_interval))
        _running += change
        if _running == 0:
            sys.setswitchinterval(_usual_interval)


def start(path: str | Path | None) -> EarlyRead | None:
    """Start reading the dashboard of ``path`` (None: no case log to open)."""
    global _pending
    cancel()
    if path is None or not Path(path).is_file():
        return None
    from officer_desk.storage import cipher

    if cipher.is_encrypted_file(Path(path)):  # its passphrase is not known yet
        return None
    read = ForkedRead if _may_fork() else EarlyRead
    _pending = read(Path(path).expanduser().resolve(), dt.date.today())
    _pending.start()
    return _pending


def _may_fork() -> bool:
    """Whether the read may go to a child process: on Linux, in a process with no
    other thread yet and no Qt loaded (``officer-desk gui`` starts the read before
    either). A fork copies only the forking thread: a lock another thread held
    would stay held in the child. macOS's system libraries and Windows (no fork)
    keep the thread."""
    return (sys.platform.startswith("linux") and threading.active_count() == 1
            and "PySide6.QtCore" not in sys.modules)


def take(path: Path, today: dt.date) -> EarlyRead | None:
    """The read started for ``path`` and ``today``, for its dashboard (once)."""
    global _pending
    read = _pending
    if read is None or read.cancelled or read.today != today:
        return None
    if read.path != Path(path).expanduser().resolve():
        return None
    _pending = None
    return read


def cancel() -> None:
    """Cancel a read no dashboard took (the window opened elsewhere, or failed)."""
    global _pending
    if _pending is not None:
        _pending.cancel()
        _pending = None
