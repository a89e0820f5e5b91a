"""One writer per database file: an operating-system lock on ``<db>.lock``.

SQLite already keeps two writers from interleaving their transactions, but two
windows on one file would still step on each other (each believes its screen is the
truth, each stamps changes with the same installation id and counter). So a desk
opened for writing holds an exclusive lock on a small file next to the database for
as long as it is open; a second program is told who has it and can open the file
read-only instead.

The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on
Windows): it goes away when the holding process ends, however it ends, so a lock left
behind by a crashed or killed program is simply taken over. The file itself stays (it
is never deleted: deleting a lock file that someone else is about to lock is a race);
it holds the holder's process id, computer, user and start time for the message.

The lock belongs to the file, not to the name it was opened by: a link is followed
and, where the file system ignores case, ``US.sqlite`` and ``us.sqlite`` are one file
(``lock_key``), so a second name can never bypass it.

Within one process the lock is shared: every desk this program opens on the same file
counts against it, and the lock is released when the last one closes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from officer_desk.domain.errors import DatabaseInUse, DatabaseProblem, FolderReadOnly
from officer_desk.domain.messages import reason, say

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    #: Windows locks byte ranges and hides locked bytes from readers: lock a byte far
    #: past the holder's description so others can still read who holds it.
    _WINDOWS_OFFSET = 1 << 20

    def _try_lock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


POLL_SECONDS = 0.1


@dataclass(frozen=True)
class Holder:
    """Who holds a database's lock, as the holder wrote it down."""

    pid: int
    host: str
    user: str
    since: str  # UTC, ISO 8601

    def describe(self) -> str:
        where = "" if self.host == hostname() else f" on {self.host}"
        return f"{self.user}{where} since {self.since} (pid {self.pid})"


def _folds_case(folder: Path) -> bool:
    """Whether ``folder``'s file system ignores the case of names (Windows, macOS)."""
    swapped = folder.with_name(folder.name.swapcase())
    if swapped.name == folder.name:  # no letters to try: ask the platform
        return os.name == "nt" or sys.platform == "darwin"
    try:
        return os.path.samefile(folder, swapped)
    except OSError:
        return False


def real_path(db_path: Path) -> Path:
    """The file a path names, whatever name it was reached by: links followed (a link,
    ``alias.sqlite -> two.sqlite``, and ``two.sqlite`` are one file, so one lock)."""
    return Path(os.path.realpath(db_path))


def lock_key(db_path: Path) -> str:
    """The file's identity within this process: its real path, case folded where the
    file system ignores case (``US.sqlite`` and ``us.sqlite`` are one file there)."""
    real = real_path(db_path)
    key = os.path.normcase(str(real))
    return key.casefold() if _folds_case(real.parent) else key


def lock_path(db_path: Path) -> Path:
    """``<real file>.lock``: named after the file, not the name it was opened by."""
    real = real_path(db_path)
    return real.with_name(real.name + ".lock")


def read_holder(db_path: Path) -> Holder | None:
    """What the lock file says about its holder (None when unreadable or empty)."""
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        return Holder(int(data["pid"]), str(data["host"]), str(data["user"]),
                      str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def hostname() -> str:
    """This computer's name, as ``socket.gethostname`` gives it (on POSIX the same
    ``uname`` field, without importing ``socket`` on the window's start)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _me() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "?"
    since = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return {"pid": os.getpid(), "host": hostname(), "user": user, "since": since}


class DatabaseLock:
    """This process's hold on one database's lock (see ``acquire``)."""

    def __init__(self, key: str, fd: int) -> None:
        self.key = key
        self._fd = fd
        self.count = 1

    def release(self) -> None:
        """Give up one hold; the last one unlocks the file."""
        with _REGISTRY_LOCK:
            if self.count == 0:
                return
            self.count -= 1
            if self.count:
                return
            _REGISTRY.pop(self.key, None)
            with contextlib.suppress(OSError):
                _unlock(self._fd)
            os.close(self._fd)

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


_REGISTRY: dict[str, DatabaseLock] = {}
_REGISTRY_LOCK = threading.Lock()


def _in_use(db_path: Path, *, here: bool = False) -> DatabaseInUse:
    if here:
        return DatabaseInUse(
            f"{db_path} is open in this program; close it first",
            f"{db_path} 파일이 이 프로그램에서 열려 있습니다. 먼저 닫으십시오.",
        )
    holder = read_holder(db_path)
    who_en = f"in use by {holder.describe()}" if holder else "in use by another program"
    who_ko = (f"{holder.user}님이 {holder.since}부터 사용 중입니다(프로세스 {holder.pid})"
              if holder else "다른 프로그램이 사용 중입니다")
    return DatabaseInUse(
        f"{db_path} is {who_en}; close Officer Desk there and try again (the window can "
        "open the file read-only meanwhile)",
        f"{db_path} 파일은 {who_ko}. 그쪽의 Officer Desk를 닫고 다시 시도하십시오"
        "(그동안 창에서는 읽기 전용으로 열 수 있습니다).",
    )


def read_only_problem(path: Path) -> FolderReadOnly:
    return FolderReadOnly(
        f"the folder of {path} is read-only, so the file cannot be written; "
        "copy it to a folder you can write to, or open it read-only",
        f"{path} 파일이 있는 폴더는 읽기 전용이라 쓸 수 없습니다. 쓸 수 있는 폴더로 "
        "복사하거나 읽기 전용으로 여십시오.",
    )


def _open_lock_file(db_path: Path) -> int:
    try:
        return os.open(lock_path(db_path), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        if e.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
            raise read_only_problem(db_path) from e
        raise


def acquire(db_path: Path, *, wait: float = 0.0, exclusive: bool = False) -> DatabaseLock:
    """Hold ``db_path``'s lock, waiting up to ``wait`` seconds for another holder.

    ``exclusive`` also refuses when this process already has the file open (restoring
    a backup replaces the file under any open desk). Raises ``DatabaseInUse`` naming
    the holder, or ``FolderReadOnly`` when the lock file cannot be made.
    """
    _refuse_hard_links(db_path)
    key = lock_key(db_path)
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        with _REGISTRY_LOCK:  # not held while sleeping: other threads may release
            lock = _take(db_path, key, exclusive)
        if lock is not None:
            return lock
        if time.monotonic() >= deadline:
            raise _in_use(db_path)
        time.sleep(POLL_SECONDS)


def _refuse_hard_links(db_path: Path) -> None:
    """A file with several names (hard links) is one database with a journal beside
    each name: two writers, one per name, would each miss the other's journal and
    could damage it (SQLite's "How To Corrupt", multiple links). The lock, named after
    one of the names, cannot tell them apart, so such a file is not written at all."""
    try:
        links = os.stat(real_path(db_path)).st_nlink
    except OSError:
        return  # not there yet (a new file), or the open says why
    if links > 1:
        raise DatabaseProblem(say("desk.hard_linked", path=db_path, links=links))


def _take(db_path: Path, key: str, exclusive: bool) -> DatabaseLock | None:
    """One try (with the registry locked); None while another process holds it."""
    held = _REGISTRY.get(key)
    if held is not None:
        if exclusive:
            raise _in_use(db_path, here=True)
        held.count += 1
        return held
    fd = _open_lock_file(db_path)
    try:
        _try_lock(fd)
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError as e:
        os.close(fd)
        if os.name == "nt":  # pragma: no cover - Windows says "held" with a plain OSError
            return None
        raise DatabaseProblem(say("desk.cannot_lock", path=lock_path(db_path),
                                  detail=reason(e))) from e
    record = json.dumps(_me()).encode("utf-8")
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, record)
    lock = DatabaseLock(key, fd)
    _REGISTRY[key] = lock
    return lock
