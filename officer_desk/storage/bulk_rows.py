"""Many rows into one table with few statements: ``INSERT … VALUES (…), (…), …``.

Why not ``executemany`` with one row per statement: every statement that can fail part
way (a trigger, a constraint that aborts) runs in a statement savepoint of its own, and
when it ends SQLite gives back what it wrote to the statement journal. Inside a
nested ``transaction`` (a ``SAVEPOINT``: ``records.create_many`` within an import, the
batch of ``Repository.insert_many`` within it) that journal holds every page the outer
savepoint changed, and SQLCipher keeps it in memory (it is built with
``SQLITE_TEMP_STORE=2``: no temporary file is written decrypted), where giving it back
walks the whole journal, 1 KiB at a time. One statement per row made a bulk insert's
cost grow with the square of its size on an encrypted log: 12,000 records took 1.5-1.8x
the CPU of a plain log, 30,000 2.8x (``sqlite3PagerSavepoint``/``memjrnlTruncate`` were
the time; issue 15, docs/encryption.md, "Speed"). With ``ROWS`` rows per statement the
journal is walked ``ROWS`` times less often. Plain SQLite (a journal that spills to a
file) does the same work either way.

The rows go in the order given, and the triggers fire for each row as before; a row
that fails aborts its statement, and the caller's transaction undoes the rest.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

#: rows per statement
ROWS = 200
#: bound parameters one statement may have at most (SQLite's default limit, 32,766; a
#: connection that tells its own, lower, limit gets fewer)
MAX_PARAMETERS = 32_766


def _parameter_limit(conn: Any) -> int:
    """The connection's limit of bound parameters (Python's ``sqlite3`` tells it;
    ``sqlcipher3`` does not, and has SQLite's default)."""
    getlimit = getattr(conn, "getlimit", None)
    if getlimit is None:
        return MAX_PARAMETERS
    try:
        return min(MAX_PARAMETERS, int(getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)))
    except (AttributeError, sqlite3.Error):
        return MAX_PARAMETERS


def insert_rows(conn: Any, head: str, width: int, rows: Iterable[Sequence[Any]]) -> None:
    """Run ``head`` (``INSERT INTO t (a, b, …)``) with ``VALUES`` for ``rows``, each of
    ``width`` values, ``ROWS`` rows (fewer for wide rows) to a statement."""
    per = max(1, min(ROWS, _parameter_limit(conn) // max(1, width)))
    one = "(" + ", ".join("?" * width) + ")"
    full = f"{head} VALUES {', '.join([one] * per)}"
    batch: list[Any] = []
    count = 0
    for row in rows:
        if len(row) != width:
            raise ValueError(f"a row of {len(row)} values for {width} columns")
        batch.extend(row)
        count += 1
        if count == per:
            conn.execute(full, batch)
            batch, count = [], 0
    if count:
        conn.execute(f"{head} VALUES {', '.join([one] * count)}", batch)
