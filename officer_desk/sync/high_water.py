"""The highest change counter each installation on this computer has committed, kept
outside the database, beside the installation's signing key.

A database file copied back over itself (a copy from a USB stick, a synced folder, a
disk image: anything but ``officer-desk restore``) has a counter that went back in
time. With its installation id unchanged, its next change would take a stamp that an
earlier, different change already has — perhaps one HQ already merged — and the merge
would take the new change for the old one and drop it. The file cannot tell that it is
an older copy of itself; this computer can: ``config_dir()/keys/<installation>.clock``
holds the highest counter the installation committed here, and a file whose counter is
below it is an older copy (``services.desk`` then gives it a new installation id).

Crash order. The file is written after each commit that moved the counter (never
before: a transaction rolled back, such as a dry-run merge, must not leave the file
ahead of the database, which would make a sound file look like an old copy). A crash
between a commit and this write leaves the file behind by that commit's changes, which
have not left the computer. Before a package leaves, the counter it carries is written
and synced here (``build_package``): whatever has been sent is always covered. The
file only ever grows.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
from pathlib import Path

from officer_desk import config
from officer_desk.domain.errors import OfficerDeskError

_INSTALLATION = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
#: More digits than any counter this program writes (counters stay below 2^63).
_MAX_DIGITS = 19


def path_for(installation: str) -> Path:
    if not _INSTALLATION.fullmatch(installation or ""):
        raise OfficerDeskError(f"cannot keep a counter for installation {installation!r}")
    return config.config_dir() / "keys" / f"{installation}.clock"


def read(installation: str) -> int | None:
    """The recorded high-water counter; None when there is none (or it is unreadable,
    which protects nothing, but must not stop anyone from working)."""
    try:
        text = path_for(installation).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError, OfficerDeskError):
        return None
    if not text.isdigit() or len(text) > _MAX_DIGITS:
        return None
    return int(text)


def record(installation: str, clock: int, *, durable: bool = False) -> None:
    """Raise the recorded counter to ``clock`` (never lower it); ``durable``: synced to
    disk before returning (a package is about to leave)."""
    if clock <= (read(installation) or 0) and not durable:
        return
    path = path_for(installation)
    folder = path.parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    value = max(clock, read(installation) or 0)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{installation}.", suffix=".clock", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(f"{value}\n")
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp_name, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
    if durable and os.name != "nt":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def database_clock(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
    try:
        return int(row[0]) if row else 0
    except (TypeError, ValueError):
        return 0


class Watcher:
    """Called after every commit on a desk's connection (``storage.connection``): keeps
    the installation's recorded counter up with the database's."""

    def __init__(self, installation: str, clock: int) -> None:
        self.installation = installation
        self.known = clock

    def __call__(self, conn: sqlite3.Connection) -> None:
        clock = database_clock(conn)
        if clock <= self.known:
            return
        # the commit stands whatever happens here; an unwritable folder only loses the
        # protection (the signing key in the same folder would fail loudly first)
        with contextlib.suppress(OSError, OfficerDeskError):
            record(self.installation, clock)
            self.known = clock
