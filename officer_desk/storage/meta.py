"""Key/value facts about a database: its post, role, officer, and the change counter."""

from __future__ import annotations

import sqlite3


def get(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def put(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def all_items(conn: sqlite3.Connection) -> dict[str, str | None]:
    return dict(conn.execute("SELECT key, value FROM meta ORDER BY key").fetchall())


def tick(conn: sqlite3.Connection, count: int = 1) -> int:
    """Advance the database's Lamport counter by ``count``; returns the first new value.

    Must run inside a transaction so the counter and the stamped change commit together.
    """
    row = conn.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
    current = int(row[0]) if row else 0
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('clock', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (str(current + count),),
    )
    return current + 1


def observe(conn: sqlite3.Connection, seen: int) -> None:
    """Move the counter past a version seen from elsewhere (the merge calls this)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
    if not row or int(row[0]) < seen:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('clock', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(seen),),
        )

