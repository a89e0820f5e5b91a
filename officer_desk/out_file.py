"""Files the program writes for the officer (exports, calendars, packages, briefs):
written whole or not at all, to the file the officer named.

Each is written to a temporary file beside its destination and then renamed over it, so
a reader never meets half a file and a failure leaves the old one as it was. Renaming
over the *name* the officer gave would go wrong in two ways this module prevents:

- **a link** (``~/calendar.ics`` pointing into a synced folder) would be replaced by a
  plain file, and the file it pointed to — the one the calendar subscribes to — would
  never change again, silently. The link's target is written instead; the link stays.
- **a device or a pipe** (``--out /dev/stdout``, a named pipe another program reads)
  would be replaced by a plain file (where the folder allows it: as root, ``/dev/full``
  became a file). Such a file cannot be replaced whole anyway: what was written is
  copied into it, so a full device or a closed pipe is an error, not a success.

A folder is refused. Errors name the file the officer gave, never the temporary one.
The file gets the permissions of the one it replaces, or else those any new file of the
officer's gets (their umask), as if the program had written it directly.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import reason, say

#: The files this process reads and must never write an output over: each case log it
#: opened (and SQLite's files beside it) and each sheet it imports, by resolved path.
#: ``export us.sqlite --out us.sqlite`` replaced the case log with its JSON export.
_READ_HERE: set[str] = set()
#: The files SQLite keeps (or may make) beside an open case log: refused even while they
#: do not exist (an output named x.sqlite-journal would be taken for a hot journal).
_BESIDE_READ: set[str] = set()

#: SQLite's and Officer Desk's files beside a case log.
_BESIDE_A_LOG = ("-wal", "-shm", "-journal", ".lock")


def protect(path: str | Path, *, case_log: bool = False) -> None:
    """Remember ``path`` as a file being read: no output of this process goes over it
    (``case_log``: nor over the files SQLite keeps beside it)."""
    resolved = str(Path(path).resolve())
    _READ_HERE.add(resolved)
    if case_log:
        _BESIDE_READ.update(resolved + end for end in _BESIDE_A_LOG)


def _is_read_here(target: Path) -> bool:
    if not _READ_HERE:
        return False
    resolved = str(target.resolve())
    if resolved in _BESIDE_READ:
        return True
    if not target.exists():  # a file read here once and since removed: nothing to lose
        return False
    if resolved in _READ_HERE:
        return True
    try:  # a hard link, or the same file by another path
        return any(os.path.samefile(target, p) for p in _READ_HERE if os.path.exists(p))
    except OSError:
        return False


def destination(path: str | Path) -> Path:
    """The file an output named ``path`` goes to: the target of a link (however many
    links deep), else ``path`` itself. Refuses a folder, and a file being read."""
    path = Path(path)
    target = path.resolve() if path.is_symlink() else path
    if target.is_dir():
        raise OfficerDeskError(say("file.out_is_folder", path=path))
    if _is_read_here(target):
        raise OfficerDeskError(say("file.out_is_input", path=path))
    return target


@contextlib.contextmanager
def replacing(path: str | Path, *, cannot: str = "file.cannot_write") -> Iterator[Path]:
    """A temporary path to write the output to; when the block ends without an error,
    it becomes ``path``'s file (see the module docstring), else it is removed.
    ``cannot``: the catalogue's message (with ``path`` and ``detail``) for a file that
    cannot be written, naming what it is (the calendar file, the PDF …)."""
    path = Path(path)
    target = destination(path)
    special = _is_special(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = _new_file(Path(tempfile.gettempdir()) if special else target.parent,
                        target.name)
    except OSError as e:
        raise cannot_write(path, e, cannot) from e
    try:
        yield tmp  # what the block raises goes on as it is
        try:
            with contextlib.suppress(FileNotFoundError):
                os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))  # the one it replaces
            if special:
                with tmp.open("rb") as source, target.open("wb") as sink:
                    shutil.copyfileobj(source, sink)
            else:
                with tmp.open("rb+") as written:
                    os.fsync(written.fileno())
                os.replace(tmp, target)
        except OSError as e:
            raise cannot_write(path, e, cannot) from e
    finally:
        tmp.unlink(missing_ok=True)


def write_whole(path: str | Path, data: bytes, *, cannot: str = "file.cannot_write"
                ) -> Path:
    """Write ``data`` as ``path``'s file, whole or not at all; the file written."""
    with replacing(path, cannot=cannot) as tmp:
        try:
            tmp.write_bytes(data)
        except OSError as e:  # a full disk
            raise cannot_write(Path(path), e, cannot) from e
    return destination(path)


def cannot_write(path: Path, error: OSError, message: str = "file.cannot_write"
                 ) -> OfficerDeskError:
    return OfficerDeskError(say(message, path=path, detail=reason(error)))


def _new_file(folder: Path, name: str) -> Path:
    """A new, empty file in ``folder`` with a name of its own, made with the mode any new
    file gets (0666 less the umask; ``mkstemp`` would make it the owner's only)."""
    while True:
        tmp = folder / f".{name}.{secrets.token_hex(6)}.tmp"
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return tmp


def _is_special(path: Path) -> bool:
    """An existing file that is neither a regular file nor a folder (a device, a pipe)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)
