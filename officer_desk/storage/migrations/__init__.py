"""Numbered schema migrations, each applied in its own transaction and recorded.

The schema version is SQLite's ``user_version``. A database whose version is higher
than the last migration here was written by a newer program and is refused.

Each migration says which release of Officer Desk first has it (``since``); migrating
records that release in the database's ``meta`` (``NEEDED_KEY``), so that an older
program refusing the file can say which version the officer must install.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from officer_desk.storage import cipher, indexes
from officer_desk.storage.migrations import (
    m0001_initial,
    m0002_saved_views,
    m0003_sync,
    m0004_short_index,
    m0005_write_guard,
    m0006_company_identifiers,
    m0007_stamp_context,
    m0008_history_digests,
    m0009_age_recipients,
    m0010_external_text,
    m0011_smaller_file,
)

#: The ``meta`` key holding the oldest Officer Desk release that reads the file's schema.
NEEDED_KEY = "program_needed"

#: The ``meta`` key present while a migration's rewrite of the file (VACUUM) is still to
#: be done: it failed (a full disk), and is tried again at the next writing open.
COMPACT_KEY = "compact_pending"

#: Connections whose rewrite failed in ``migrate``, with SQLite's error (taken by
#: ``compaction_failure``; the connection itself is kept to tell it from a later one).
_FAILED: dict[int, tuple[sqlite3.Connection, str]] = {}


@dataclass(frozen=True)
class Migration:
    number: int
    description: str
    apply: Callable[[sqlite3.Connection], None]
    #: the first Officer Desk release with this migration
    since: str = "0.1.0"
    #: The migration frees much of the file (rows rewritten shorter): the file is
    #: rewritten (VACUUM) once the pending migrations are applied.
    compact: bool = False


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "record tables, record index, full-text search, history", m0001_initial.apply),
    Migration(2, "saved views", m0002_saved_views.apply),
    Migration(3, "signing keys, import and export logs, conflicts, company links",
              m0003_sync.apply),
    Migration(4, "an index for one- and two-character search terms",
              m0004_short_index.apply),
    Migration(5, "records change only with a stamp, and only through Officer Desk",
              m0005_write_guard.apply),
    Migration(6, "brands, former names, domain names and other registration numbers of "
              "companies", m0006_company_identifiers.apply),
    Migration(7, "stamps with their author's knowledge, superseded conflicts, "
                 "installations of each post", m0007_stamp_context.apply),
    Migration(8, "a creation's history row holds a digest of each value, not the values "
                 "again", m0008_history_digests.apply, compact=True),
    Migration(9, "the age recipient (encryption key) of each trusted signing key",
              m0009_age_recipients.apply),
    Migration(10, "the search index reads the text from the records instead of keeping "
                  "a copy", m0010_external_text.apply, compact=True),
    Migration(11, "a creation's history row names each field with one character",
              m0011_smaller_file.apply, compact=True),
)

LATEST = MIGRATIONS[-1].number


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: sqlite3.Connection, target: int = LATEST) -> list[Migration]:
    current = schema_version(conn)
    return [m for m in MIGRATIONS if current < m.number <= target]


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> list[int]:
    """Apply the pending migrations up to ``target``; returns the numbers applied.

    Each migration and the new ``user_version`` commit together or not at all. The
    connection must be in autocommit mode (isolation_level None). The indexes made
    outside migrations go first, with the first one (``storage.indexes``): a migration
    meets only the schema the migrations made. When a migration applied frees much of
    the file (``compact``), the file is then rewritten (VACUUM; with nothing to apply,
    when an earlier rewrite failed, ``compact_if_pending``): rows rewritten shorter
    leave room inside their pages that an append-only table never fills again.
    """
    applied = []
    compact = False
    for m in pending(conn, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if not applied:
                indexes.drop(conn)
            m.apply(conn)
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                         "DO UPDATE SET value = excluded.value", (NEEDED_KEY, m.since))
            conn.execute(f"PRAGMA user_version = {int(m.number)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(m.number)
        compact = compact or m.compact
    if compact:
        compact_file(conn)
    else:
        compact_if_pending(conn)
    return applied


def compact_if_pending(conn: sqlite3.Connection) -> None:
    """Rewrite the file if a migration's rewrite failed before (``COMPACT_KEY``), not
    again on a connection where it has just failed."""
    if id(conn) in _FAILED:
        return
    if conn.execute("SELECT 1 FROM meta WHERE key = ?", (COMPACT_KEY,)).fetchone():
        compact_file(conn)


def compact_file(conn: sqlite3.Connection) -> bool:
    """Rewrite the file (VACUUM) after a migration that freed much of it.

    Refused (a full disk, another connection): the migrated file is whole and right,
    only not yet smaller. That is not kept silent: ``COMPACT_KEY`` stays in ``meta``,
    so the next writing open tries again, and ``compaction_failure`` gives the error
    for the person to be told. Returns whether the file was rewritten.
    """
    try:
        conn.execute("INSERT INTO meta (key, value) VALUES (?, '1') "
                     "ON CONFLICT (key) DO NOTHING", (COMPACT_KEY,))
        _vacuum(conn)
        conn.execute("DELETE FROM meta WHERE key = ?", (COMPACT_KEY,))
    except cipher.ERRORS as e:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        _FAILED[id(conn)] = (conn, str(e))
        return False
    return True


def _vacuum(conn: sqlite3.Connection) -> None:
    conn.execute("VACUUM")


def compaction_failure(conn: sqlite3.Connection) -> str | None:
    """SQLite's error if ``migrate`` could not rewrite the file of ``conn`` (once)."""
    found = _FAILED.pop(id(conn), None)
    return found[1] if found and found[0] is conn else None
