"""Indexes that only make reads faster: made when a file is opened for writing, not
by a migration.

Such an index holds no data of its own (SQLite derives it from its table and keeps it
in step), so a file with it and one without hold the same case log, and a program
that does not know it reads and writes the file as before. It therefore does not
change the schema version, which sync packages compare between programs (a package's
content has every index removed: ``sync.schema.prune``), and an older program of the
same schema version opens the file unchanged.

``ensure`` makes the missing ones on a connection open for writing (``open_database``,
after the migrations, so on ``init`` too); a read-only connection does without them
(every query reads the same rows either way, only slower) and a reader asks
``present`` before naming one. ``drop`` removes them before migrations run, so that a
migration that rebuilds a table or drops a column never meets an index it did not
make; the next open makes them again. An index is known by its name: one whose
definition changes takes a new name (and the old one goes in ``drop``). A definition
names plain columns and SQL's own operators only, never a function Officer Desk
registers: every program that writes the table keeps the index up to date, an older
one included.
"""

from __future__ import annotations

import sqlite3

from officer_desk.domain.kinds import KINDS, USER_KINDS
from officer_desk.storage import cipher

#: The dashboard's grouped dispute count (``services.dashboard.dispute_rows``) read
#: from the index alone, already in its grouping order: on the 100,000-record demo
#: 7–15 ms instead of 64–112 ms reading the table.
DISPUTE_FIGURES = "disputes_figures"

#: Its rows: the live disputes of the two statuses the figures count. The condition
#: also keeps the planner from taking the index for any other query: SQLite uses a
#: partial index only for a query whose WHERE has its condition's terms, and no other
#: query says ``status IN ('open', 'closed')`` (an index led by ``deleted`` was taken
#: for ``deleted = 0 AND opened_on >= ?`` and made that count 2 ms → 75 ms).
DISPUTE_FIGURES_ROWS = "deleted = 0 AND status IN ('open', 'closed')"

#: Each record table's deleted rows, by id: the deadlines' definition leaves out those
#: whose owner is deleted (``services.deadline_rows``), and finds the deleted records
#: once per query. Read from these, that is a few hundredths of a millisecond on the
#: 100,000-record demo instead of 6–17 ms scanning every table's ``(post, deleted)``
#: index (three times in each dashboard read). Only deleted rows are in them: an
#: insert or an edit of a live record does not touch them.
DELETED_ROWS = {kind.name: f"{kind.name}_deleted" for kind in KINDS}

#: Each record table's rows by when they were last changed (``updated_at``, then the
#: change counter): the dashboard's recently changed records
#: (``services.dashboard.recent_changes``) read 25 rows of each instead of sorting
#: every row (on the 100,000-record demo 77–178 ms of CPU for the nine tables without
#: them, under 1 ms with them).
RECENT_ROWS = {kind.name: f"{kind.name}_recent" for kind in USER_KINDS}

PERFORMANCE_INDEXES: dict[str, str] = {
    DISPUTE_FIGURES: (
        f"CREATE INDEX IF NOT EXISTS {DISPUTE_FIGURES} ON disputes "
        f"(status, post, ip_type, dispute_kind, technology_field) "
        f"WHERE {DISPUTE_FIGURES_ROWS}"
    ),
    **{name: f"CREATE INDEX IF NOT EXISTS {name} ON {table} (id) WHERE deleted = 1"
       for table, name in DELETED_ROWS.items()},
    **{name: f"CREATE INDEX IF NOT EXISTS {name} ON {table} (updated_at, changed)"
       for table, name in RECENT_ROWS.items()},
}


def _existing(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN "
        f"({', '.join('?' for _ in PERFORMANCE_INDEXES)})", tuple(PERFORMANCE_INDEXES))}


def present(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the file has the index ``name`` (one of ``PERFORMANCE_INDEXES``)."""
    return name in _existing(conn)


def deleted_rows_indexed(conn: sqlite3.Connection) -> bool:
    """Whether the file has every table's ``DELETED_ROWS`` index."""
    return set(DELETED_ROWS.values()) <= _existing(conn)


def ensure(conn: sqlite3.Connection) -> list[str]:
    """Make the indexes the file lacks (an autocommit connection open for writing, the
    schema migrated); returns the names made.

    A file that cannot take one now (a full disk, a read-only folder) is only slower:
    the index is left for a later open, and SQLite rolls its statement back whole.
    """
    made = []
    for name in PERFORMANCE_INDEXES.keys() - _existing(conn):
        try:
            conn.execute(PERFORMANCE_INDEXES[name])
        except cipher.OPERATIONAL_ERRORS:
            continue
        made.append(name)
    return made


def drop(conn: sqlite3.Connection) -> None:
    """Remove them (inside a migration's transaction: ``migrations.migrate``)."""
    for name in PERFORMANCE_INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {name}")
