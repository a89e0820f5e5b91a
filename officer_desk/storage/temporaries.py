"""Temporary files of backups and restores, and removing the ones left by a crash.

A backup, its manifest and a restored copy are written under a temporary name in the
folder of their final name, then renamed (so a half-written file never carries a real
name). Temporary names are recognisable::

    .<final name>.<job>-<pid>.tmp         job: backup, pack, manifest, restore,
                                          unpack, cache, convert or demo

with SQLite's side files (``-journal``, ``-wal``, ``-shm``) after them, and the writer
lock's ``.lock`` of one opened as a case log (a demo database being made). A program
killed or cut off by a power loss while writing one leaves it behind; the next start
(opening the database for writing, listing its backups) removes those whose writer is
gone: on POSIX, when no process has the pid in the name any more; anywhere, when the
file is older than ``STALE_AFTER`` (a pid can be reused; Windows gives no cheap way to
ask). A temporary file whose writer still runs is left alone: a backup may be being
written by another program at that very moment.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from pathlib import Path

#: backup: the SQLite copy; pack: its compressed form (``storage.backup_file``);
#: manifest; restore: the restored file; unpack: a compressed backup read back for
#: checking or restoring; cache: the backup folder's record of checked backups;
#: convert: a log being encrypted or decrypted (``services.encryption``); demo: a new
#: demo database being filled (``services.demo_database``).
JOBS = ("backup", "pack", "manifest", "restore", "unpack", "cache", "convert", "demo")
_NAME = re.compile(r"^\.(?P<target>.+)\.(?P<job>" + "|".join(JOBS) + r")-(?P<pid>\d+)\.tmp"
                   r"(?:-journal|-wal|-shm|\.lock)?$")
#: A temporary file older than this is left over, whatever its pid says.
STALE_AFTER = dt.timedelta(hours=12)


def temporary_path(dest: Path, job: str) -> Path:
    """Where ``dest`` is written before it gets its name (see the module doc)."""
    if job not in JOBS:
        raise ValueError(f"not a temporary job: {job!r}")
    return dest.with_name(f".{dest.name}.{job}-{os.getpid()}.tmp")


def writer_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (True when unsure)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - os.kill would end the process on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def _stale(path: Path, pid: int, cutoff: float) -> bool:
    try:
        old = path.stat().st_mtime < cutoff
    except OSError:
        return False
    return old or not writer_alive(pid)


def remove_stale(folder: Path, *, target: str | None = None) -> list[Path]:
    """Remove the left-over temporary files in ``folder`` (only those of ``target``,
    a final file name, when given); returns what was removed."""
    if not folder.is_dir():
        return []
    cutoff = (dt.datetime.now(dt.UTC) - STALE_AFTER).timestamp()
    removed = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            found = _NAME.match(path.name)
            if not found or (target is not None and found["target"] != target):
                continue
            if _stale(path, int(found["pid"]), cutoff):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


def in_progress(folder: Path, target: str) -> bool:
    """Whether a live writer has a temporary file of ``target`` in ``folder``."""
    cutoff = (dt.datetime.now(dt.UTC) - STALE_AFTER).timestamp()
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            found = _NAME.match(path.name)
            if found and found["target"] == target and not _stale(
                    path, int(found["pid"]), cutoff):
                return True
    return False
