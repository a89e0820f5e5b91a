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
and synced here (``build_package``): whatever has been sent is always covered. A power
cut that takes the database's last commits (WAL with ``synchronous = NORMAL`` syncs at
checkpoints) but not this file makes the file look older than the counter, which it
then is: those changes are gone, and a package may have carried them. The file only
ever grows.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import zlib
from pathlib import Path

from officer_desk import config
from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import say

_INSTALLATION = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
#: The file holds two slots of this many bytes, each the counter (20 digits) and its
#: CRC-32; a write goes to the slot with the lower value, in place, so a write torn by
#: a crash damages only that slot and the other still holds the previous value. (In
#: place, because a new file renamed over the old one costs a journal commit, 1.5 ms
#: and more, on every change.)
SLOT = 32
_DIGITS = 20


def path_for(installation: str) -> Path:
    if not _INSTALLATION.fullmatch(installation or ""):
        raise OfficerDeskError(say("counter.cannot_keep", installation=installation))
    return config.config_dir() / "keys" / f"{installation}.clock"


def _slot(value: int) -> bytes:
    digits = f"{value:0{_DIGITS}d}".encode("ascii")
    return (digits + b" " + f"{zlib.crc32(digits):08x}".encode("ascii")).ljust(SLOT - 1) + b"\n"


def _value(slot: bytes) -> int | None:
    digits, _, check = slot.strip().partition(b" ")
    if len(digits) != _DIGITS or not digits.isdigit() or len(check) != 8:
        return None
    return int(digits) if f"{zlib.crc32(digits):08x}".encode("ascii") == check else None


def _values(data: bytes) -> list[int | None]:
    return [_value(data[:SLOT]), _value(data[SLOT:2 * SLOT])]


def read(installation: str) -> int | None:
    """The recorded high-water counter; None when there is none (or it is unreadable,
    which protects nothing, but must not stop anyone from working)."""
    try:
        with path_for(installation).open("rb") as f:
            data = f.read(2 * SLOT)
    except (OSError, OfficerDeskError):
        return None
    return max((v for v in _values(data) if v is not None), default=None)


def record(installation: str, clock: int, *, durable: bool = False) -> None:
    """Raise the recorded counter to ``clock`` (never lower it); ``durable``: synced to
    disk before returning (a package is about to leave)."""
    path = path_for(installation)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        data = b""
        while len(data) < 2 * SLOT and (chunk := os.read(fd, 2 * SLOT - len(data))):
            data += chunk
        values = _values(data)
        stored = max((v for v in values if v is not None), default=None)
        if stored is not None and clock <= stored and not durable:
            return
        value = max(clock, stored or 0)
        if len(data) < 2 * SLOT:  # new (or cut short): nothing in it to keep
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, _slot(value) * 2)
        else:
            lower = 0 if values[0] is None or (values[1] or 0) >= values[0] else 1
            os.lseek(fd, lower * SLOT, os.SEEK_SET)
            os.write(fd, _slot(value))
        if durable:
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
