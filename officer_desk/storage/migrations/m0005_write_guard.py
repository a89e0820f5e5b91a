"""Migration 5: a record changes only with a stamp, and only through Officer Desk.

A change made with another program (``sqlite3 us.sqlite "UPDATE disputes SET
stage = 'closed' ..."``) would carry no version stamp: it would never reach HQ, and
nothing would tell. Two triggers on every record table refuse such writes.

- Every write of a record table fires a trigger that calls ``GUARD_FUNCTION``, an SQL
  function that only Officer Desk's connections register
  (``storage.write_guard.register``). Another program's statement therefore fails when
  SQLite prepares it, before anything is written, with "no such function: <name>" —
  and the name is the message, saying which command to use. (The triggers are created
  after the search-index triggers, whose function is missing there too: SQLite reports
  the error of the trigger it reads last, this one.)
- Inside Officer Desk the triggers check the stamp: a new row must carry the counter
  value it was written at (``changed`` of at least 1), and a changed value (or a
  delete or restore) must move ``changed`` on. An update that only adds knowledge
  (stamps and ``seen`` of equal values, as the merge writes) changes no value and
  passes. A write that breaks this is a bug of ours; it is refused with ``UNSTAMPED``.

The columns compared are those of each table when this migration runs (read from the
table itself): a later migration that adds a column to a record table creates these
triggers again.
"""

from __future__ import annotations

import sqlite3

#: The SQL function the guard triggers call; only Officer Desk registers it, so another
#: program sees this name in its error message.
GUARD_FUNCTION = (
    "Officer Desk records change only through officer-desk, which stamps each change "
    "for sync: use officer-desk update DB ID --json FILE (or add, delete, import) - "
    "기록은 officer-desk로만 바꿀 수 있습니다"
)

#: The error an unstamped write from an Officer Desk connection gets (a bug of ours).
UNSTAMPED = (
    "unstamped write: a record changed without a new change counter (every change goes "
    "through the repository or the merge, which stamp it)"
)

#: Record tables as of this migration (frozen).
RECORD_TABLES = (
    "posts", "vocab_terms", "companies", "disputes", "engagements", "trend_notes",
    "conferences", "agenda_items", "action_items", "follow_ups", "attachments",
)

#: Columns that are the stamp itself, or are fixed for a record's life.
NOT_VALUES = frozenset({
    "id", "post", "version", "origin", "field_versions", "seen", "created_at",
    "updated_at", "changed",
})


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _refuse() -> str:
    escaped = UNSTAMPED.replace("'", "''")
    return f"SELECT RAISE(ABORT, '{escaped}') WHERE {_quoted(GUARD_FUNCTION)}(); "


def value_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")
            if row[1] not in NOT_VALUES]


def triggers(conn: sqlite3.Connection, table: str) -> list[str]:
    changed = " OR ".join(f"new.{c} IS NOT old.{c}" for c in value_columns(conn, table))
    return [
        f"CREATE TRIGGER {table}_stamped_insert AFTER INSERT ON {table} "
        f"WHEN new.changed < 1 BEGIN {_refuse()}END",
        f"CREATE TRIGGER {table}_stamped_update AFTER UPDATE ON {table} "
        f"WHEN new.changed <= old.changed AND ({changed}) BEGIN {_refuse()}END",
    ]


def apply(conn: sqlite3.Connection) -> None:
    for table in RECORD_TABLES:
        for sql in triggers(conn, table):
            conn.execute(sql)
