"""The schema of a package's content database, shared by writing and checking.

A package's ``content.sqlite`` is a snapshot of a case log with everything but the
record tables removed: no triggers, views or indexes (except the ones SQLite makes
for PRIMARY KEY and UNIQUE constraints), no meta, history, search index, saved views,
keys, logs, conflicts or company links. Building a package prunes the snapshot with
``prune``; reading one compares its ``sqlite_master`` with ``expected_schema()``: an
empty database made by the current migrations and pruned the same way.
"""

from __future__ import annotations

import functools
import sqlite3

from officer_desk.domain.kinds import KINDS
from officer_desk.storage.migrations import LATEST, migrate

#: The tables a package carries: one per record kind.
RECORD_TABLES: tuple[str, ...] = tuple(k.name for k in KINDS)
#: The oldest schema whose packages may still be read (when nothing that travels has
#: changed since, ``readable_older``): 7, the last before packages were encrypted.
OLDEST_READABLE = 7

SchemaRow = tuple[str, str, str, str | None]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _objects(conn: sqlite3.Connection, kind: str) -> list[tuple[str, str | None]]:
    return conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = ? ORDER BY name", (kind,)
    ).fetchall()


def prune(conn: sqlite3.Connection) -> None:
    """Drop every trigger, view, index and non-record table (autocommit connection)."""
    for name, _ in _objects(conn, "trigger"):
        conn.execute(f"DROP TRIGGER {_quote(name)}")
    for name, _ in _objects(conn, "view"):
        conn.execute(f"DROP VIEW {_quote(name)}")
    # Virtual tables first: dropping one drops its shadow tables with it.
    for name, sql in _objects(conn, "table"):
        if (sql or "").upper().startswith("CREATE VIRTUAL TABLE"):
            conn.execute(f"DROP TABLE {_quote(name)}")
    for name, _ in _objects(conn, "table"):
        if name in RECORD_TABLES or name == "sqlite_sequence":
            continue
        conn.execute(f"DROP TABLE {_quote(name)}")  # includes sqlite_stat1/4 if any
    for name, sql in _objects(conn, "index"):
        if sql is not None:  # constraint indexes (sql NULL) cannot and need not go
            conn.execute(f"DROP INDEX {_quote(name)}")


def schema_rows(conn: sqlite3.Connection) -> set[SchemaRow]:
    return {
        (str(t), str(n), str(tb), s)
        for t, n, tb, s in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    }


@functools.cache
def expected_schema() -> frozenset[SchemaRow]:
    """``sqlite_master`` (type, name, tbl_name, sql) of a valid package's content."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn)
        prune(conn)
        return frozenset(schema_rows(conn))
    finally:
        conn.close()


@functools.cache
def readable_older(version: int) -> bool:
    """Whether a package of the older schema ``version`` holds exactly what a package of
    this program's would: it is at least ``OLDEST_READABLE`` and the migrations since
    then changed nothing that travels (migration 9 only adds a column to the trust
    store, 10 changes only the search index, 11 only history rows), so packages written
    before an upgrade still merge after it."""
    if not OLDEST_READABLE <= version < LATEST:
        return False
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, target=version)
        prune(conn)
        return frozenset(schema_rows(conn)) == expected_schema()
    finally:
        conn.close()
