"""The demo database: made on first use or on request, for trying the program out.

A new demo database is made under a temporary name beside its final one
(``storage.temporaries``, job ``demo``) and gets its name only when it is complete:
interrupted at any moment (Ctrl+C, a crash, a power cut), it leaves no file under the
name asked for — never an empty or half-filled one that the next run would call "not a
database". What an interrupted run leaves under the temporary name is removed then or
by the next run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import say
from officer_desk.services.desk import init_desk
from officer_desk.storage import lock as file_lock
from officer_desk.storage import temporaries

DEMO_RECORDS = 5000
DEMO_SEED = 1


def forget(path: Path) -> None:
    """Remove a database file (and SQLite's side files) that could not be finished."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _has_content(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0


def building(path: str | Path) -> tuple[Path, Path]:
    """Where a new demo database for ``path`` is made: (the file it will be — a link's
    target —, the temporary name it is made under). Left-overs of an earlier run that
    was cut off are removed first."""
    dest = file_lock.real_path(Path(path))
    temporaries.remove_stale(dest.parent, target=dest.name)
    return dest, temporaries.temporary_path(dest, "demo")


def discard(made: Path) -> None:
    """Remove what making a demo database under the temporary name ``made`` left
    (nothing once ``put_in_place`` moved it): the file, SQLite's side files, and its
    lock file, whose name is this run's own."""
    forget(made)
    with contextlib.suppress(OSError):
        file_lock.lock_path(made).unlink(missing_ok=True)


def put_in_place(made: Path, dest: Path) -> None:
    """Give the finished file ``made`` its name ``dest``, never over a file with content
    (one made meanwhile by another program); an empty ``dest`` is replaced."""
    try:
        os.link(made, dest)  # fails, atomically, when dest exists
    except FileExistsError:
        if _has_content(dest):
            raise OfficerDeskError(say("desk.exists", path=dest)) from None
        os.replace(made, dest)
    except OSError:  # a file system without hard links
        if _has_content(dest):
            raise OfficerDeskError(say("desk.exists", path=dest)) from None
        os.replace(made, dest)
    else:
        made.unlink()


def create_demo_database(
    path: str | Path, *, posts: Sequence[str] | None = None, records: int = DEMO_RECORDS,
    seed: int = DEMO_SEED, today: dt.date | None = None, actor: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Any:
    """Make a new HQ demo database at ``path`` (which must not hold a file with content)
    and fill it; returns the generator's summary (``demo.DemoSummary``).

    Nothing carries the name ``path`` until the file is complete (see the module doc).
    """
    from officer_desk.services.demo import generate_demo

    path = Path(path)
    if _has_content(path):
        raise OfficerDeskError(say("desk.exists", path=path))
    dest, made = building(path)
    try:
        desk = init_desk(made, hq=True, demo=True, officer=actor)
        try:
            summary = generate_demo(desk, posts=posts, records=records, seed=seed,
                                    today=today, progress=progress)
        finally:
            desk.close()
        put_in_place(made, dest)
    finally:
        discard(made)
    return summary


def ensure_demo_database(
    path: str | Path, actor: str | None = None, *, records: int = DEMO_RECORDS,
    seed: int = DEMO_SEED, progress: Callable[[int, int], None] | None = None,
) -> bool:
    """Make the demo database at ``path`` unless it is there; True if it was made.

    If making it fails or is interrupted, no file is left under ``path``.
    """
    if _has_content(Path(path)):
        return False
    create_demo_database(path, records=records, seed=seed, actor=actor, progress=progress)
    return True
