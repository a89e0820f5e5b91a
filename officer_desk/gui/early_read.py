"""The dashboard's read, started before the window's Qt modules are imported.

``officer-desk gui`` knows the case log it opens before it imports the window; when
the window was last closed on the dashboard (or never closed: it opens there), the
command calls ``start(path)`` first, and the read (``dashboard_read.gather``, mostly
inside SQLite, which lets go of the interpreter) goes on while Qt's modules load and
the window is built. The dashboard then takes it (``take``) instead of starting its own
read; a window that opens elsewhere, or on another file, never takes it, and the
session cancels what is left (``cancel``). Only QtCore's settings are read here,
after the services (``officer_desk.gui`` imports them first, as PySide6 wants).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings

from officer_desk.gui.dashboard_read import DashboardData, gather
from officer_desk.services.desk import Desk, open_desk
from officer_desk.storage import cipher

#: The window's settings (``QSettings()`` once the application is named, see
#: ``app.application``) and the key of the page it was closed on (``window_layout``).
ORGANIZATION, APPLICATION = "OfficerDesk", "Officer Desk"
PAGE_KEY = "main/page"

Outcome = DashboardData | BaseException


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

    def run(self) -> None:
        outcome: Outcome
        try:
            desk = open_desk(self.path, readonly=True)
            with self._lock:
                self._desk = desk
            try:
                outcome = gather(desk, self.today)
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


_pending: EarlyRead | None = None


def opens_on_dashboard() -> bool:
    """Whether the window will open on the dashboard: it was closed there, or never."""
    page = QSettings(ORGANIZATION, APPLICATION).value(PAGE_KEY)
    return page is None or str(page) == "dashboard"


def start(path: str | Path | None) -> EarlyRead | None:
    """Start reading the dashboard of ``path`` if the window will open on it (None:
    no case log to open, or another page)."""
    global _pending
    cancel()
    if path is None or not Path(path).is_file() or not opens_on_dashboard():
        return None
    if cipher.is_encrypted_file(Path(path)):  # its passphrase is not known yet
        return None
    _pending = EarlyRead(Path(path).expanduser().resolve(), dt.date.today())
    _pending.start()
    return _pending


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
