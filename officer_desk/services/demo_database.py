"""The demo database: made on first use, for trying the program out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from officer_desk.services.desk import init_desk

DEMO_RECORDS = 5000
DEMO_SEED = 1


def forget(path: Path) -> None:
    """Remove a database file (and SQLite's side files) that could not be finished."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def ensure_demo_database(
    path: str | Path, actor: str | None = None, *, records: int = DEMO_RECORDS,
    seed: int = DEMO_SEED, progress: Callable[[int, int], None] | None = None,
) -> bool:
    """Make the demo database at ``path`` unless it is there; True if it was made.

    If making it fails or is interrupted, the half-made file is removed.
    """
    from officer_desk.services.demo import generate_demo

    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        return False
    desk = init_desk(path, hq=True, demo=True, officer=actor)
    try:
        generate_demo(desk, records=records, seed=seed, progress=progress)
    except BaseException:
        desk.close()
        forget(path)
        raise
    desk.close()
    return True
