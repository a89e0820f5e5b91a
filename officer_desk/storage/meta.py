"""Key/value facts about a database: its post, role, officer, and the change counter.

The change counter (``clock``) is a Lamport clock: every local change takes the next
value, and a merge moves it past every value it saw elsewhere. Two bounds keep it
able to advance for good:

- ``MAX_SEEN`` (2**53): the highest counter value a database accepts from elsewhere.
  A package whose clock or stamps are above it is refused before anything is read
  from it (``sync.decode``), and ``observe`` refuses it too, so no package can lift
  the counter past it.
- ``MAX_CLOCK`` (2**63 - 1): the largest value SQLite stores as an integer. From
  ``MAX_SEEN`` there are more than 9 * 10**18 values left for local changes: at a
  million changes a second that is 290,000 years. ``tick`` refuses (clearly, with
  nothing changed) rather than overflow, should a database damaged by an earlier
  program ever get there.
"""

from __future__ import annotations

import sqlite3

from officer_desk.domain.errors import OfficerDeskError
from officer_desk.domain.messages import say

#: The highest counter value accepted from elsewhere (a package, a merge).
MAX_SEEN = 2**53
#: The highest counter value a database can store (SQLite's INTEGER).
MAX_CLOCK = 2**63 - 1


class CounterExhausted(OfficerDeskError):
    """The change counter cannot advance (it was pushed near its limit)."""


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


def clock(conn: sqlite3.Connection) -> int:
    """The counter's current value (0 in a new database)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
    try:
        return int(row[0]) if row else 0
    except (TypeError, ValueError):
        raise CounterExhausted(say("counter.not_number", value=str(row[0])[:40])) from None


def tick(conn: sqlite3.Connection, count: int = 1) -> int:
    """Advance the database's Lamport counter by ``count``; returns the first new value.

    Must run inside a transaction so the counter and the stamped change commit together.
    Refuses (``CounterExhausted``) rather than go past what SQLite can store.
    """
    current = clock(conn)
    if current + count > MAX_CLOCK or current < 0:
        raise CounterExhausted(say("counter.too_high", current=current, count=count))
    put(conn, "clock", str(current + count))
    return current + 1


def observe(conn: sqlite3.Connection, seen: int) -> None:
    """Move the counter past a version seen from elsewhere (the merge calls this).

    A value above ``MAX_SEEN`` is refused: nothing from elsewhere may push the counter
    to where it could not advance (the merge checks every value before this).
    """
    if seen > MAX_SEEN:
        raise CounterExhausted(say("counter.seen_too_high", seen=seen, limit=MAX_SEEN))
    if clock(conn) < seen:
        put(conn, "clock", str(seen))
