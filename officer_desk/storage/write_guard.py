"""The function behind the write guard: only Officer Desk's connections have it.

Migration 5 puts triggers on every record table that refuse an unstamped write and
call ``GUARD_FUNCTION``; a connection without the function (another program) cannot
even prepare a write to a record table. See ``migrations/m0005_write_guard.py``.
"""

from __future__ import annotations

import sqlite3

from officer_desk.storage.migrations.m0005_write_guard import GUARD_FUNCTION, UNSTAMPED

__all__ = ["GUARD_FUNCTION", "UNSTAMPED", "register"]


def _refuse_unstamped() -> int:
    """Called only when a write is unstamped: lets the trigger raise its error."""
    return 1


def register(conn: sqlite3.Connection) -> None:
    conn.create_function(GUARD_FUNCTION, 0, _refuse_unstamped, deterministic=True)
